// The household file reader: good lines become validated households, every bad line is reported with its
// number, column and reason while the good ones are kept; the shipped example file is what its seeded
// generator writes and reads without a bad line.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../../domain/csv/reader.ts";
import { CSV_COLUMNS, CSV_HEADER, householdCsvLine, readHouseholdCsv } from "../../../domain/rights/outreach/household-csv.ts";
import { EXAMPLE, EXAMPLE_CSV, exampleCsv } from "../../../models/non-take-up/training/example-csv.ts";
import { generatePopulation } from "../../../models/non-take-up/training/population.ts";

const header = "id,arrondissement,adult1_age,adult1_earned,adult2_age,adult2_earned,children_ages,housing_status,rent,housing_aid,lawful_residence,receives";

describe("readHouseholdCsv", () => {
  test("reports each bad line with its number, column and reason, and keeps the good lines", () => {
    const file = readHouseholdCsv(
      [
        header,
        "A1,18,34,0,,0,,tenantPrivate,700,1,1,",
        "A2,18,34,abc,,,3 5,tenantSocial,500,oui,1,rsa",
        "A3,18,200,0,,,,tenantPrivate,700,1,1,",
        "A4,18,30,0,,,25,tenantPrivate,700,1,1,",
        "A5,18,30,0,,500,,castle,700,1,1,foo",
        "A6,18,30",
        "A7,18,40,0,38,1200.5,2|4,owner,0,0,1,css rsa",
        "A1,18,34,0,,0,,hostedFree,0,1,1,",
        "A8,21,40,0,,,,tenantPrivate,700,1,1,",
        "A9,18,40,0,,,,hostedFree,300,0,1,",
        "A10,18,30,0,,,20,tenantPrivate,700,maybe,1,",
      ].join("\n"),
    );
    expect(file.households.map((h) => [h.line, h.id])).toEqual([[2, "A1"], [8, "A7"]]);
    expect(file.households[1].household.adults[1]).toMatchObject({ age: 38, earnedIncomeMonthly: 1200.5 });
    expect(file.households[1].household.children).toEqual([{ age: 2 }, { age: 4 }]);
    expect(file.households[1].received).toEqual(["css", "rsa"]);
    const reasons = file.badLines.map((b) => [b.line, b.problems.map((p) => `${p.column}:${p.code}`).join(" ")]);
    expect(reasons).toEqual([
      [3, "adult1_earned:notANumber"],
      [4, "adult1_age:tooBig"],
      [5, "children_ages:tooBig"],
      [6, "adult2_earned:secondAdultWithoutAge housing_status:unknownHousingStatus receives:unknownBenefit"],
      [7, "adult1_earned:missingCell"],
      [9, "id:duplicateId"],
      [10, "arrondissement:notAnArrondissement"],
      [11, "rent:rentWithoutPaying"],
      [12, "housing_aid:notABoolean"],
    ]);
    expect(file.badLines[1].problems[0].params).toEqual({ max: 120 });
  });

  test("a child older than the adults minus 12 years is impossible", () => {
    const file = readHouseholdCsv(`${header}\nB1,18,30,0,,,20,tenantPrivate,700,1,1,\n`);
    expect(file.badLines[0].problems).toEqual([{ column: "children_ages", code: "childOlderThanParents", params: { max: 18 } }]);
  });

  test("refuses the whole file when required columns are missing, and names them", () => {
    const file = readHouseholdCsv("id,adult1_age,rent\n1,40,500\n");
    expect(file.missingColumns).toEqual(["housing_status", "housing_aid", "lawful_residence"]);
    expect(file.households).toEqual([]);
  });

  test("reads `;` files with decimal commas, a BOM, quoted cells and CRLF, numbering lines as a text editor does", () => {
    const text = '\uFEFFid;adult1_age;adult1_earned;housing_status;housing_aid;lawful_residence;note\r\n"X;1";40;"1 234,50";owner;0;1;"two\nlines"\r\nX2;40;12,5;owner;0;1;\r\nX3;abc;0;owner;0;1;\r\n';
    const file = readHouseholdCsv(text);
    expect(file.unknownColumns).toEqual(["note"]);
    expect(file.households.map((h) => [h.line, h.id, h.household.adults[0].earnedIncomeMonthly])).toEqual([[2, "X;1", 1234.5], [4, "X2", 12.5]]);
    expect(file.badLines.map((b) => b.line)).toEqual([5]);
  });

  test("quoted cells may hold commas, quotes and line breaks; an unclosed quote costs its line only", () => {
    const file = readHouseholdCsv(
      [
        `${header},note`,
        '"Q,1",18,34,0,,0,,tenantPrivate,700,1,1,,"a ""note"", on\ntwo lines"',
        "Q2,18,34,0,,0,,tenantPrivate,700,1,1,,",
        'Q3,18,34,0,,0,,"tenantPrivate,700,1,1,,',
        "Q4,18,34,0,,0,,tenantPrivate,700,1,1,,",
      ].join("\n"),
    );
    expect(file.households.map((h) => [h.line, h.id])).toEqual([[2, "Q,1"], [4, "Q2"], [6, "Q4"]]);
    expect(file.badLines).toEqual([{ line: 5, id: null, problems: [{ column: "housing_status", code: "unclosedQuote" }] }]);
  });

  test("the CSV reader keeps empty cells and skips blank lines", () => {
    expect(parseCsv("a,b\n\n1,\n", { delimiter: "," })).toEqual([{ line: 1, cells: ["a", "b"] }, { line: 3, cells: ["1", ""] }]);
  });

  test("householdCsvLine writes what readHouseholdCsv reads back", () => {
    const households = generatePopulation({ seed: 3, n: 300 });
    const text = [CSV_HEADER, ...households.map((s, i) => householdCsvLine(`H${i}`, s.household, i % 7 === 0 ? ["rsa", "css"] : []))].join("\n");
    const file = readHouseholdCsv(text);
    expect(file.badLines).toEqual([]);
    expect(file.households.map((h) => h.household)).toEqual(households.map((s) => s.household));
    expect(file.households[0].received).toEqual(["rsa", "css"]);
    expect(CSV_HEADER.split(",")).toEqual(CSV_COLUMNS.map((c) => c.name));
  });
});

test("the shipped example is the seeded generator's output and reads without a bad line", () => {
  const committed = readFileSync(EXAMPLE_CSV, "utf8");
  expect(committed).toBe(exampleCsv());
  const file = readHouseholdCsv(committed);
  expect(file.households).toHaveLength(EXAMPLE.households);
  expect(file.badLines).toEqual([]);
  expect(file.households.filter((h) => h.received.length).length).toBeGreaterThan(500);
}, 60_000);
