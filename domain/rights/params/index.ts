// Reads the parameters in force on a simulation date from the dated JSON files of this folder.
// A parameter with no value yet on that date, or whose value of that date is not known (null), raises
// MissingParameter: the benefit then answers "maybe".
import aah from "./aah.json" with { type: "json" };
import aspa from "./aspa.json" with { type: "json" };
import css from "./css.json" with { type: "json" };
import energyCheque from "./energy-cheque.json" with { type: "json" };
import familyBenefits from "./family-benefits.json" with { type: "json" };
import housingAid from "./housing-aid.json" with { type: "json" };
import incomeTax from "./income-tax.json" with { type: "json" };
import navigo from "./navigo.json" with { type: "json" };
import paris from "./paris.json" with { type: "json" };
import primeActivite from "./prime-activite.json" with { type: "json" };
import rsa from "./rsa.json" with { type: "json" };
import smic from "./smic.json" with { type: "json" };
import type { DatedValue, ParameterFile } from "./schema.ts";

export const parameterFiles = { rsa, primeActivite, aspa, css, paris, smic, familyBenefits, aah, housingAid, incomeTax, energyCheque, navigo } satisfies Record<
  string,
  ParameterFile
>;

export type ParameterGroup = keyof typeof parameterFiles;
type NamesOf<G extends ParameterGroup> = keyof (typeof parameterFiles)[G]["parameters"] & string;

export class MissingParameter extends Error {
  constructor(
    readonly parameter: string,
    readonly date: string,
  ) {
    super(`no value of ${parameter} in force on ${date}`);
  }
}

/** The value in force on `date` (ISO), i.e. the last one whose start date is not after it. */
export function valueInForce(values: readonly DatedValue[], date: string): DatedValue | undefined {
  let found: DatedValue | undefined;
  for (const v of values) if (v.from <= date) found = v;
  return found;
}

export interface ParamsAt {
  readonly date: string;
  num<G extends ParameterGroup>(group: G, name: NamesOf<G>): number;
  list<G extends ParameterGroup>(group: G, name: NamesOf<G>): readonly number[];
  /** True when the date is past the last date the group's values were checked against the sources. */
  mayBeOutdated(group: ParameterGroup): boolean;
  reviewedThrough(group: ParameterGroup): string;
}

function lookup(group: ParameterGroup, name: string, date: string): number | readonly number[] {
  const file: ParameterFile = parameterFiles[group];
  const parameter = file.parameters[name];
  const found = parameter ? valueInForce(parameter.values, date) : undefined;
  if (!found || found.value === null) throw new MissingParameter(`${group}.${name}`, date);
  return found.value;
}

function readerFor(date: string): ParamsAt {
  const cache = new Map<string, number | readonly number[]>();
  const get = (group: ParameterGroup, name: string) => {
    const key = `${group}.${name}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = lookup(group, name, date);
      cache.set(key, value);
    }
    return value;
  };
  return {
    date,
    num(group, name) {
      const value = get(group, name);
      if (typeof value !== "number") throw new TypeError(`${group}.${name} is a list, not a number`);
      return value;
    },
    list(group, name) {
      const value = get(group, name);
      if (typeof value === "number") throw new TypeError(`${group}.${name} is a number, not a list`);
      return value;
    },
    mayBeOutdated: (group) => date > parameterFiles[group].reviewedThrough,
    reviewedThrough: (group) => parameterFiles[group].reviewedThrough,
  };
}

const readers = new Map<string, ParamsAt>();

/** Parameters in force on an ISO date (YYYY-MM-DD); readers are cached per date. */
export function paramsAt(date: string): ParamsAt {
  let reader = readers.get(date);
  if (!reader) {
    reader = readerFor(date);
    readers.set(date, reader);
  }
  return reader;
}
