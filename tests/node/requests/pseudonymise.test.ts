// Placeholders are typed, numbered per label, stable for one value within a request, and the mapping
// gives back every original value at its offsets; overlapping spans resolve to the exact rule.
import { describe, expect, test } from "vitest";
import { detectPii, replaceSpans, resolveSpans } from "../../../domain/requests/pseudonymise";

describe("pseudonymise", () => {
  test("the same value gets the same placeholder, another value the next number", () => {
    const text = "M. Martin, 06 12 34 56 78. Rappelez M. Martin au 06.12.34.56.78 ou Mme Durand au 01 23 45 67 89.";
    const spans = detectPii(text, []);
    const { text: out, replacements } = replaceSpans(text, spans);
    expect(out).toBe("M. [NOM 1], [TÉLÉPHONE 1]. Rappelez M. [NOM 1] au [TÉLÉPHONE 1] ou Mme [NOM 2] au [TÉLÉPHONE 2].");
    for (const r of replacements) expect(text.slice(r.start, r.end)).toBe(r.value);
  });

  test("a name found once is hidden everywhere, in any case", () => {
    const text = "Mme Benali a écrit. BENALI attend une réponse.";
    expect(replaceSpans(text, detectPii(text, [])).text).toBe("Mme [NOM 1] a écrit. [NOM 1] attend une réponse.");
  });

  test("an exact rule wins an overlap, spans of one label merge", () => {
    expect(
      resolveSpans([
        { start: 0, end: 10, label: "PER" },
        { start: 5, end: 20, label: "NIR" },
        { start: 25, end: 30, label: "ADDRESS" },
        { start: 28, end: 35, label: "ADDRESS" },
      ]),
    ).toEqual([
      { start: 5, end: 20, label: "NIR" },
      { start: 25, end: 35, label: "ADDRESS" },
    ]);
  });

  test("a street and its postcode are one address", () => {
    const text = "au 12 rue de la Roquette, 75011 Paris depuis";
    expect(replaceSpans(text, detectPii(text, [])).text).toBe("au [ADRESSE 1] depuis");
  });
});
