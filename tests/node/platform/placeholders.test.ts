// The placeholders of the data files (cards, register entries): values and formats, { fr, en } values by the
// language of the field, sections (conditions and lists), $value and $each nodes, and the errors that make a
// typo fail instead of publishing a wrong text.
import { expect, test } from "vitest";
import { fillPlaceholders } from "../../../domain/placeholders";

const scope = {
  facts: { count: 14, gap: 0.075, share: 0.2346, ratio: 1.5, households: 15000, offsets: { up: 4, down: -1, none: 0 }, from: "2024-09-01" },
  mention: { fr: "Texte", en: "Text" },
  rows: [
    { name: "a", weight: 1.234, published: true },
    { name: "b", weight: 0.5, published: false },
  ],
  names: ["ageBand", "sex"],
};

test("a value, through formats applied left to right", () => {
  expect(fillPlaceholders("{facts.count} variables", scope)).toBe("14 variables");
  expect(fillPlaceholders("{facts.share|percent:1}, {facts.share|percent:0}, {facts.share|fixed:2}", scope)).toBe("23.5 %, 23 %, 0.23");
  expect(fillPlaceholders("{facts.gap|x100|comma} points, {facts.ratio|comma} / {facts.ratio}", scope)).toBe("7,5 points, 1,5 / 1.5");
  expect(fillPlaceholders("{facts.households|thousands}", scope)).toBe("15,000");
  expect(fillPlaceholders("Sx{facts.offsets.up|offset:°C}, Sn{facts.offsets.down|offset:°C}, S{facts.offsets.none|offset:°C}", scope)).toBe("Sx + 4 °C, Sn − 1 °C, S");
  expect(fillPlaceholders("{facts.from|month}", scope)).toBe("2024-09");
});

test("a { fr, en } value gives the text of the field's language", () => {
  expect(fillPlaceholders({ fr: "« {mention} »", en: "“{mention}”" }, scope)).toEqual({ fr: "« Texte »", en: "“Text”" });
  expect(() => fillPlaceholders("{mention}", scope)).toThrow(/not a text/);
});

test("sections: a condition, its inverse, and a list joined by commas with the item in scope", () => {
  const each = "{#rows}{name}{#published} (published){/published}{^published} (not published){/published}{/rows}";
  expect(fillPlaceholders(each, scope)).toBe("a (published), b (not published)");
  expect(fillPlaceholders("except {#names}{.}{/names}", scope)).toBe("except ageBand, sex");
  expect(fillPlaceholders("{^names}none{/names}{#facts.offsets.none}never{/facts.offsets.none}", scope)).toBe("");
});

test("$value copies a value as it is; $each makes one list element per item", () => {
  const filled = fillPlaceholders({ text: { $value: "mention" }, list: ["first", { $each: "rows", item: { name: "{name}", w: { $value: "weight" }, fr: "{weight|fixed:1}" } }] }, scope);
  expect(filled).toEqual({ text: { fr: "Texte", en: "Text" }, list: ["first", { name: "a", w: 1.234, fr: "1.2" }, { name: "b", w: 0.5, fr: "0.5" }] });
});

test("an unknown path or format, a format on the wrong kind of value and an unclosed section throw", () => {
  expect(() => fillPlaceholders("{facts.cout}", scope)).toThrow(/unknown path "facts.cout"/);
  expect(() => fillPlaceholders("{fact.count}", scope)).toThrow(/unknown path/);
  expect(() => fillPlaceholders("{facts.count|percentage}", scope)).toThrow(/unknown format/);
  expect(() => fillPlaceholders("{facts.from|percent:1}", scope)).toThrow(/not a number/);
  expect(() => fillPlaceholders("{#rows}{name}", scope)).toThrow(/not closed/);
  expect(() => fillPlaceholders([{ $each: "facts.count", item: "x" }], scope)).toThrow(/not a list/);
});
