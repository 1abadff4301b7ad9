// The exact pseudonymisation rules against references nobody here wrote: the NIR example of the French
// Wikipedia article on the social-security number (2 55 08 14 168 025 38), the French IBAN example of the
// ECBS/SWIFT IBAN registry (FR76 3000 6000 0112 3456 7890 189), and real Paris streets of the DVF file.
import { describe, expect, test } from "vitest";
import { isValidIban, isValidNir } from "../../../domain/requests/rules/checksums";
import { ruleSpans } from "../../../domain/requests/rules/patterns";
import { canonicalStreet, streetSpans } from "../../../domain/requests/rules/streets";

const found = (text: string) => [...ruleSpans(text), ...streetSpans(text)].map((s) => `${s.label}:${text.slice(s.start, s.end)}`);

describe("checksums", () => {
  test("the NIR key is 97 minus the number modulo 97, Corsica read as 19/18", () => {
    expect(isValidNir("255081416802538")).toBe(true);
    expect(isValidNir("255081416802539")).toBe(false);
    expect(isValidNir("269052A12345688")).toBe(true);
    expect(isValidNir("355131416802538")).toBe(false);
  });

  test("the IBAN checks modulo 97 after moving the country code to the end", () => {
    expect(isValidIban("FR7630006000011234567890189")).toBe(true);
    expect(isValidIban("FR7630006000011234567890188")).toBe(false);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
  });
});

describe("rule spans", () => {
  test("a NIR and an IBAN are found only when their key checks", () => {
    expect(found("NIR 2 55 08 14 168 025 38 et IBAN FR76 3000 6000 0112 3456 7890 189")).toEqual(
      expect.arrayContaining(["NIR:2 55 08 14 168 025 38", "IBAN:FR76 3000 6000 0112 3456 7890 189"]),
    );
    const wrongKeys = found("NIR 2 55 08 14 168 025 39, IBAN FR76 3000 6000 0112 3456 7890 188");
    expect(wrongKeys.filter((s) => s.startsWith("NIR") || s.startsWith("IBAN"))).toEqual([]);
  });

  test("phones in the forms people write them, e-mails, and only dates said to be birth dates", () => {
    const spans = found("Tél 06 12 34 56 78 ou +33 6 12 34 56 78 ou 01.23.45.67.89, a.b-c@free.fr. Née le 3 mars 1985, RDV le 12/03/2024.");
    expect(spans).toEqual(
      expect.arrayContaining(["PHONE:06 12 34 56 78", "PHONE:+33 6 12 34 56 78", "PHONE:01.23.45.67.89", "EMAIL:a.b-c@free.fr", "BIRTHDATE:3 mars 1985"]),
    );
    expect(spans.some((s) => s.includes("12/03/2024"))).toBe(false);
  });

  test("file numbers introduced as such, names after a civility but not 'Monsieur le Maire'", () => {
    const spans = found("Monsieur le Maire, mon numéro d'allocataire est le 1234567 ; dossier n° 2024-075-01234. Mme Dos Santos.");
    expect(spans).toEqual(expect.arrayContaining(["ID:1234567", "ID:2024-075-01234", "PER:Dos Santos"]));
    expect(spans.some((s) => s.includes("Maire"))).toBe(false);
  });

  test("Paris streets of the DVF list with their number, written with or without accents and abbreviations", () => {
    expect(canonicalStreet("AV DU PDT KENNEDY")).toBe("avenue du pdt kennedy");
    expect(found("J'habite 12 bis rue de la Roquette, au 3 av. du Président Kennedy et place de la République.")).toEqual(
      expect.arrayContaining(["ADDRESS:12 bis rue de la Roquette", "ADDRESS:3 av. du Président Kennedy", "ADDRESS:place de la République"]),
    );
    expect(streetSpans("la rue de nulle part").length).toBe(0);
  });
});
