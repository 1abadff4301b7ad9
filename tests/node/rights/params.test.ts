// Checks the dated parameter files: schema, sources, dates, and the choice of the value in force on a date.
import { describe, expect, test } from "vitest";
import { MissingParameter, paramsAt, parameterFiles, valueInForce } from "../../../domain/rights/params/index.ts";
import { ParameterFile } from "../../../domain/rights/params/schema.ts";
import { translator } from "../../../domain/i18n/index.ts";
import { rightsCodeTranslations } from "../../../domain/rights/translations.ts";
import { isIsoDay } from "../../../domain/time/days.ts";
import { parseHousehold, simulate } from "../../../domain/rights/simulate.ts";
import retired from "../../../domain/rights/examples/retired-70-pension-600.json" with { type: "json" };


describe("parameter files", () => {
  for (const [group, file] of Object.entries(parameterFiles)) {
    test(`${group} validates against the schema`, () => {
      expect(() => ParameterFile.parse(file)).not.toThrow();
      expect(file.benefit).toBe(group);
    });

    test(`${group} dates are real calendar dates; a value starting after the review date says it is still to be checked`, () => {
      expect(isIsoDay(file.reviewedThrough)).toBe(true);
      for (const parameter of Object.values(file.parameters) as { values: { from: string; note?: string }[] }[]) {
        for (const v of parameter.values) {
          expect(isIsoDay(v.from), v.from).toBe(true);
          if (v.from > file.reviewedThrough) expect(v.note ?? "", `${group} ${v.from}: after the review date`).toMatch(/to be checked/);
        }
      }
    });
  }

  test("the schema rejects a value without source and unsorted dates", () => {
    const parameter = { unit: "EUR", description: "a test value", values: [{ from: "2025-01-01", value: 1 }] };
    expect(() => ParameterFile.parse({ benefit: "x", title: "x", reviewedThrough: "2025-12-31", parameters: { a: parameter } })).toThrow();
    const source = { title: "Décret n° 2025-1 du 1er janvier 2025", href: "https://www.legifrance.gouv.fr/eli/decret/2025/1/1/2025-1/jo/texte" };
    const unsorted = {
      unit: "EUR",
      description: "a test value",
      values: [
        { from: "2025-01-01", value: 1, source },
        { from: "2024-01-01", value: 2, source },
      ],
    };
    expect(() => ParameterFile.parse({ benefit: "x", title: "x", reviewedThrough: "2025-12-31", parameters: { a: unsorted } })).toThrow();
  });
});

describe("value in force on a date", () => {
  test("picks the last value started on or before the date", () => {
    expect(paramsAt("2025-03-31").num("rsa", "baseAmount")).toBe(635.71);
    expect(paramsAt("2025-04-01").num("rsa", "baseAmount")).toBe(646.52);
    expect(paramsAt("2024-12-31").num("aspa", "ceilingSingle")).toBe(1012.02);
    expect(paramsAt("2025-01-01").num("aspa", "ceilingSingle")).toBe(1034.28);
    expect(paramsAt("2024-10-31").num("smic", "hourlyGross")).toBe(11.65);
    expect(paramsAt("2024-11-01").num("smic", "hourlyGross")).toBe(11.88);
    expect(paramsAt("2025-06-01").list("css", "ceilingsFree")[0]).toBe(10339);
  });

  test("has no value before the first start date", () => {
    const values = parameterFiles.rsa.parameters.baseAmount.values;
    expect(valueInForce(values, "2024-03-31")).toBeUndefined();
    expect(() => paramsAt("2024-03-31").num("rsa", "baseAmount")).toThrow(MissingParameter);
  });

  test("tells when a date is past the last review of a group", () => {
    expect(paramsAt("2026-03-31").mayBeOutdated("css")).toBe(false);
    expect(paramsAt("2026-04-01").mayBeOutdated("css")).toBe(true);
    expect(paramsAt("2027-03-31").mayBeOutdated("rsa")).toBe(false);
    expect(paramsAt("2027-04-01").mayBeOutdated("rsa")).toBe(true);
  });

  test("a file whose latest values are still to be checked is not reviewed past them", () => {
    for (const [group, file] of Object.entries(parameterFiles)) {
      for (const parameter of Object.values(file.parameters) as { values: { from: string; note?: string }[] }[]) {
        for (const v of parameter.values.filter((x) => /to be checked/.test(x.note ?? ""))) {
          expect(v.from > file.reviewedThrough, `${group} ${v.from} is still to be checked`).toBe(true);
        }
      }
    }
  });
});

describe("the may-be-outdated notice", () => {
  // ASPA values of 2026 come from a press report only: the file is reviewed through the end of 2025.
  const aspaOn = (date: string) => simulate(parseHousehold(retired), { date }).results.find((r) => r.benefit === "aspa")!;
  const notice = (date: string) => aspaOn(date).reasons.filter((r) => r.code === "common.parametersMayBeOutdated");

  test("is absent while the ASPA rates are reviewed", () => {
    expect(aspaOn("2025-12-31").eligible).toBe(true);
    expect(notice("2025-12-31")).toEqual([]);
  });

  test("shows, with the review date, from the day after", () => {
    expect(notice("2026-01-01")).toEqual([{ code: "common.parametersMayBeOutdated", params: { reviewedThrough: "2025-12-31" } }]);
    expect(translator(rightsCodeTranslations, "fr")("common.parametersMayBeOutdated", notice("2026-06-01")[0].params)).toBe(
      "Barèmes vérifiés jusqu'au 2025-12-31 : ils ont pu être revalorisés depuis.",
    );
  });
});

describe("parameter sources", () => {
  // The official publishers of the rules the engine applies: laws, décrets and arrêtés (Légifrance), the Cnav's
  // circulars, the ministry's Bulletin officiel (instructions), the City of Paris, Île-de-France Mobilités (the
  // transport authority that sets the solidarity fares).
  const OFFICIAL_HOSTS = new Set([
    "www.legifrance.gouv.fr",
    "legislation.lassuranceretraite.fr",
    "sante.gouv.fr",
    "www.paris.fr",
    "www.iledefrance-mobilites.fr",
  ]);
  const every = Object.entries(parameterFiles).flatMap(([group, file]) =>
    Object.entries(file.parameters as Record<string, { values: { from: string; source: unknown }[] }>).flatMap(([name, parameter]) =>
      parameter.values.map((v) => ({ where: `${group}.${name} from ${v.from}`, source: v.source })),
    ),
  );

  test("no source is left as a bare string: each is { title, href }", () => {
    expect(every.length).toBeGreaterThan(80);
    for (const { where, source } of every) {
      expect(typeof source, where).toBe("object");
      expect(Object.keys(source as object).sort(), where).toEqual(["href", "title"]);
    }
  });

  test("every href is a well-formed https URL of an official host", () => {
    for (const { where, source } of every) {
      const { href } = source as { href: string };
      const url = new URL(href);
      expect(url.protocol, where).toBe("https:");
      expect(OFFICIAL_HOSTS.has(url.host), `${where}: ${url.host}`).toBe(true);
      expect(url.href.replace(/\/$/, ""), where).toBe(href.replace(/\/$/, ""));
    }
  });

  test("the schema refuses a bare string, plain http and a source without title", () => {
    const file = (source: unknown) => ({
      benefit: "x",
      title: "x",
      reviewedThrough: "2025-12-31",
      parameters: { a: { unit: "EUR", description: "a test value", values: [{ from: "2025-01-01", value: 1, source }] } },
    });
    expect(() => ParameterFile.parse(file("Décret n° 2025-1 du 1er janvier 2025"))).toThrow();
    expect(() => ParameterFile.parse(file({ title: "Décret n° 2025-1", href: "http://www.legifrance.gouv.fr/x" }))).toThrow();
    expect(() => ParameterFile.parse(file({ href: "https://www.legifrance.gouv.fr/x" }))).toThrow();
    expect(() => ParameterFile.parse(file({ title: "Décret n° 2025-1", href: "https://www.legifrance.gouv.fr/x" }))).not.toThrow();
  });
});
