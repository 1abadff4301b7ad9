// The duplicate-key scanner of JSON bodies, on tricky inputs.
import { describe, expect, test } from "vitest";
import { duplicateKey } from "../../../workers/src/platform/duplicate-keys.ts";

describe("duplicateKey", () => {
  test.each([
    ['{"consent": false, "consent": true}', "consent"],
    ['{"ab": 1, "a\\u0062": 2}', "ab"],
    ['{"contact": {"name": "a", "phone": "b", "name": "c"}}', "contact.name"],
    ['{"rows": [{"id": 1}, {"id": 2, "id": 3}]}', "rows.1.id"],
    ['{"a": [[1, 2], {"x": 1, "x": 2}]}', "a.1.x"],
    ['{"q\\"": 1, "q\\"" : 2}', 'q"'],
    ['{ "k" :1 ,\n "k"\t: 2 }', "k"],
  ])("%s gives %s twice", (text, key) => {
    JSON.parse(text);
    expect(duplicateKey(text)).toBe(key);
  });

  test.each([
    '{"consent": true}',
    '{"name": "consent", "consent": true}',
    '{"a": {"x": 1}, "b": {"x": 1}}',
    '[{"id": 1}, {"id": 2}]',
    '{"note": "a \\" , \\"note\\": 1", "x": "{\\"y\\": 1, \\"y\\": 2}"}',
    '{"ab": 1, "a\\u0063": 2}',
    '{"a\\\\": 1, "a": 2}',
    '"text"',
    "[]",
  ])("%s has no duplicate", (text) => {
    JSON.parse(text);
    expect(duplicateKey(text)).toBeUndefined();
  });
});
