// OpenFisca-France as an oracle: every parameter value and start date of domain/rights/params is compared with
// OpenFisca's where both exist; the values OpenFisca lacks are listed with our own source. Findings so far, and
// who was right (details in domain/rights/README.md, "Checked against OpenFisca"):
// - CSS forfait logement: the engine used the RSA's rates (16 %, 16.5 %) for owners and people hosted free;
//   OpenFisca and CSS R861-5 say 14 % for 2 and 3+ persons. OpenFisca was right; css.json now has its own rates.
// - ASF in the RSA and the prime: the engine counted it in full; OpenFisca counts at most 22.5 % of the BMAF per
//   child (CASF R262-10-1, CSS R844-4). OpenFisca was right; rsa.json and prime-activite.json carry the rate.
// - ASPA monthly ceilings: OpenFisca keeps the Cnav's yearly amounts; a twelfth rounded gives 1,034.29 where the
//   Cnav and service-public.fr publish 1,034.28: the monthly amount is the twelfth truncated. Both right.
// - Housing aid, taux famille TF for 6 dependants: 1.73 % in the arrêté du 27 septembre 2019, art. 14; OpenFisca
//   has 1.79 %. We are right (the arrêté's table); listed in KNOWN_DISAGREEMENTS. Every other housing aid value
//   (rent ceilings, charges, P0, TF, TL, R0, tapering, thresholds) agrees, including those of October 2025.
// - 2025-2026 values OpenFisca 174.2.39 does not have yet (CSS ceilings of April 2025, SMIC and ASPA of January
//   2026, RSA and prime of April 2026): listed below as lacking, with our source.
import { describe, expect, test } from "vitest";
import { compare, KNOWN_DISAGREEMENTS, MAPPINGS, openFiscaParameter, openFiscaVersion, ourValues } from "./openfisca-oracle.ts";

const values = ourValues();
const comparisons = values.map(compare);

describe(`parameters against OpenFisca-France ${openFiscaVersion}`, () => {
  test("every mapping names one of our values and an existing OpenFisca parameter", () => {
    const keys = new Set(values.map((v) => v.key));
    for (const [key, mapping] of Object.entries(MAPPINGS)) {
      expect(keys.has(key), key).toBe(true);
      expect(() => openFiscaParameter(mapping.path), mapping.path).not.toThrow();
    }
  });

  test("where both have a value, they agree on the value and on the date it starts, except where OpenFisca is shown wrong", () => {
    const differs = comparisons.filter((c) => c.kind === "differs");
    const unexplained = differs.filter((c) => !KNOWN_DISAGREEMENTS[`${c.ours.key} from ${c.ours.from}`]);
    expect(unexplained.map((c) => `${c.ours.key} from ${c.ours.from}: ours ${c.ours.value}, OpenFisca ${c.openFisca} on ${c.on}`)).toEqual([]);
    expect(differs.map((c) => `${c.ours.key} from ${c.ours.from}`).sort()).toEqual(Object.keys(KNOWN_DISAGREEMENTS).sort());
    expect(comparisons.filter((c) => c.kind === "agrees").length).toBeGreaterThan(90);
  });

  test("the values OpenFisca lacks are listed, each with our own source", () => {
    const lacking = comparisons.filter((c) => c.kind === "openFiscaLacks");
    for (const c of lacking) {
      expect(c.ours.source.title.length, c.ours.key).toBeGreaterThan(8);
      expect(c.ours.source.href, c.ours.key).toMatch(/^https:\/\//);
    }
    console.info(
      `OpenFisca-France ${openFiscaVersion} lacks ${lacking.length} of our ${values.length} dated values:\n` +
        lacking.map((c) => `  ${c.ours.key} from ${c.ours.from} = ${c.ours.value} (${c.why}); source: ${c.ours.source.title} <${c.ours.source.href}>`).join("\n"),
    );
    // The Paris aids are not in OpenFisca-France at all; the April 2026 RSA is not in this OpenFisca release.
    expect(lacking.some((c) => c.ours.key === "paris.solidariteCeilingSingle")).toBe(true);
    expect(lacking.some((c) => c.ours.key === "rsa.baseAmount" && c.ours.from === "2026-04-01")).toBe(true);
  });

  test("the comparison sees a wrong value and a wrong date", () => {
    const rsa = values.find((v) => v.key === "rsa.baseAmount" && v.from === "2025-04-01")!;
    expect(compare({ ...rsa, value: 646.53 }).kind).toBe("differs");
    expect(compare({ ...rsa, from: "2025-03-01" })).toMatchObject({ kind: "differs", on: "2025-03-01" });
    const housing = values.find((v) => v.key === "css.housingFlatRatesInKind[1]")!;
    expect(compare({ ...housing, value: 0.16 }).kind).toBe("differs");
  });
});
