import { expect, test } from "vitest";
test("node test project runs", () => { expect(1 + 1).toBe(2); });
