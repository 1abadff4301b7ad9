// Realistic personal data for the synthetic letters: names from names/ (see names/SOURCES.md), Paris
// streets from the DVF list, invented streets elsewhere, and phone, e-mail, NIR (valid key), IBAN (valid
// mod 97), birth date and file-number values in the forms people write them. Every value is made up.
// Node only.
import { readdirSync, readFileSync } from "node:fs";
import type { Rng } from "../../lib/rng.ts";
import streets from "../../../domain/requests/data/paris-streets.json" with { type: "json" };

const NAMES = new URL("names/", import.meta.url);
const lines = (file: URL) => readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);

export const FIRST_NAMES = lines(new URL("first-names.txt", NAMES));
/** Surnames by group of origin (names/surnames/<group>.txt), for letters and the recall check by group. */
export const SURNAME_GROUPS: Record<string, string[]> = Object.fromEntries(
  readdirSync(new URL("surnames/", NAMES))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [f.replace(/\.txt$/, ""), lines(new URL(`surnames/${f}`, NAMES))]),
);

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)];
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(10))).join("");
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function mod97(number: string): number {
  let r = 0;
  for (const d of number) r = (r * 10 + Number(d)) % 97;
  return r;
}

export interface NamePools {
  firstNames: readonly string[];
  surnames: Record<string, readonly string[]>;
}

/** A surname: its group drawn first (every group weighs the same), then a name of the group. */
export function surname(rng: Rng, pools: NamePools): { name: string; group: string } {
  const group = pick(rng, Object.keys(pools.surnames));
  return { name: pick(rng, pools.surnames[group]), group };
}

const upperSurname = (s: string) => s.toLocaleUpperCase("fr");

/**
 * A person's name as letters write it; `title` is the civility word before it, kept out of the span, and
 * `group` the group of its surname.
 */
export function personName(rng: Rng, pools: NamePools): { title: string; name: string; group: string } {
  const first = pick(rng, pools.firstNames);
  const { name: last, group } = surname(rng, pools);
  const titles = ["M. ", "Mme ", "Monsieur ", "Madame ", "Mlle ", "Dr ", ""];
  const form = rng.int(7);
  const title = form < 3 ? pick(rng, titles) : "";
  const name = [
    last,
    upperSurname(last),
    `${first} ${last}`,
    `${first} ${upperSurname(last)}`,
    `${upperSurname(last)} ${first}`,
    `${first} ${last}-${surname(rng, pools).name}`,
    `${first} ${last}`,
  ][form];
  return { title, name, group };
}

const CANONICAL_TO_WRITTEN: Record<string, string> = {
  st: "Saint", ste: "Sainte", gal: "Général", fbg: "Faubourg", mal: "Maréchal", pdt: "Président",
  cdt: "Commandant", dr: "Docteur", pte: "Porte", cr: "Croix",
};
const SMALL_WORDS = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "aux", "au", "et", "a", "en"]);
const ABBREVIATED_TYPES: Record<string, string[]> = { avenue: ["av.", "Av."], boulevard: ["bd", "Bd", "boulevard"], rue: ["rue", "Rue", "r."] };

/** A Paris street as a person writes it, from its canonical DVF form ("rue de la cr des noues"). */
export function writtenStreet(rng: Rng, canonical: string): string {
  const [type, ...words] = canonical.split(" ");
  const name = words
    .map((w) => CANONICAL_TO_WRITTEN[w] ?? (SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ")
    .replace(/\b([ld]) (?=[A-Z])/gi, (m, l: string) => `${l}'`);
  const writtenType = rng.next() < 0.25 && ABBREVIATED_TYPES[type] ? pick(rng, ABBREVIATED_TYPES[type]) : type;
  return `${writtenType} ${name}`;
}

export const PARIS_STREETS = streets as string[];
const OTHER_STREETS = [
  "rue des Lilas", "avenue Jean Jaurès", "rue Victor Hugo", "allée des Tilleuls", "rue de la République",
  "boulevard Gambetta", "rue Pasteur", "chemin des Vignes", "impasse des Roses", "rue du Moulin",
  "avenue de la Gare", "rue Jules Ferry", "place de l'Église", "rue Paul Vaillant-Couturier", "rue Émile Zola",
];
const OTHER_TOWNS = [
  ["93100", "Montreuil"], ["92100", "Boulogne-Billancourt"], ["94200", "Ivry-sur-Seine"], ["93200", "Saint-Denis"],
  ["92130", "Issy-les-Moulineaux"], ["69003", "Lyon"], ["13001", "Marseille"], ["59000", "Lille"],
];

/** A postal address; `streetPool` chooses which Paris streets may appear. */
export function address(rng: Rng, streetPool: readonly string[]): string {
  const number = `${1 + rng.int(180)}${rng.next() < 0.1 ? pick(rng, [" bis", "bis", " ter"]) : ""}`;
  if (rng.next() < 0.75) {
    const street = writtenStreet(rng, pick(rng, streetPool));
    const district = 1 + rng.int(20);
    const tail = rng.next() < 0.5 ? `, 750${pad(district)} Paris` : rng.next() < 0.5 ? ` 750${pad(district)} PARIS` : "";
    return `${number}${rng.next() < 0.2 ? "," : ""} ${street}${tail}`;
  }
  const [postcode, town] = pick(rng, OTHER_TOWNS);
  return `${number} ${pick(rng, OTHER_STREETS)}, ${postcode} ${town}`;
}

export function phone(rng: Rng): string {
  const body = [`0${pick(rng, ["1", "6", "7", "9"])}`, ...Array.from({ length: 4 }, () => digits(rng, 2))];
  switch (rng.int(5)) {
    case 0: return body.join(" ");
    case 1: return body.join(".");
    case 2: return body.join("");
    case 3: return `+33 ${body[0].slice(1)} ${body.slice(1).join(" ")}`;
    default: return body.join("-");
  }
}

export function email(rng: Rng, pools: NamePools): string {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  const first = fold(pick(rng, pools.firstNames));
  const last = fold(surname(rng, pools).name);
  const local = pick(rng, [`${first}.${last}`, `${first}${last}`, `${first[0]}${last}`, `${last}.${first}${rng.int(99)}`, `${first}_${last}${1950 + rng.int(60)}`]);
  return `${local}@${pick(rng, ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "outlook.fr", "sfr.fr"])}`;
}

/** A NIR with a valid key, spaced as on the carte Vitale or written in one block. */
export function nir(rng: Rng): string {
  const department = pick(rng, ["75", "93", "92", "94", "13", "69", "2A", "99", "59"]);
  const number = `${1 + rng.int(2)}${pad(30 + rng.int(70))}${pad(1 + rng.int(12))}${department}${digits(rng, 3)}${digits(rng, 3)}`;
  const key = pad(97 - mod97(number.replace("2A", "19")));
  const parts = [number[0], number.slice(1, 3), number.slice(3, 5), number.slice(5, 7), number.slice(7, 10), number.slice(10, 13), key];
  return rng.next() < 0.6 ? parts.join(" ") : parts.join("");
}

/** A French IBAN with valid check digits, in groups of four or in one block. */
export function iban(rng: Rng): string {
  const bban = `${digits(rng, 5)}${digits(rng, 5)}${digits(rng, 11)}${digits(rng, 2)}`;
  const check = pad(98 - mod97(`${bban}152700`));
  const compact = `FR${check}${bban}`;
  return rng.next() < 0.7 ? compact.replace(/(.{4})/g, "$1 ").trim() : compact;
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** A date; `numeric` chooses 12/03/1985 over 12 mars 1985. */
export function date(rng: Rng, fromYear: number, toYear: number): string {
  const day = 1 + rng.int(28);
  const month = 1 + rng.int(12);
  const year = fromYear + rng.int(toYear - fromYear + 1);
  if (rng.next() < 0.5) return `${pad(day)}${pick(rng, ["/", "/", "."])}${pad(month)}${pick(rng, ["/", "/", "."])}${year}`;
  return `${day === 1 ? "1er" : day} ${MONTHS[month - 1]} ${year}`;
}

/** A file number (CAF allocataire, tax, file, client…) with the words that introduce it. */
export function fileNumber(rng: Rng): { intro: string; value: string } {
  switch (rng.int(6)) {
    case 0: return { intro: "mon numéro d'allocataire CAF est le ", value: digits(rng, 7) };
    case 1: return { intro: "numéro fiscal : ", value: `${rng.int(4)}${digits(rng, 12)}` };
    case 2: return { intro: "dossier n° ", value: `${2020 + rng.int(6)}-${digits(rng, 3)}-${digits(rng, 5)}` };
    case 3: return { intro: "référence client ", value: `${pick(rng, ["AB", "CL", "PX", "R"])}${digits(rng, 6)}` };
    case 4: return { intro: "n° de dossier : ", value: digits(rng, 8) };
    default: return { intro: "identifiant France Travail ", value: `${digits(rng, 7)}${pick(rng, ["A", "B", "K", "X"])}` };
  }
}
