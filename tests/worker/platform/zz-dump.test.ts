import { test } from "vitest";
import { call } from "../helpers";
test("dump", async () => {
  const doc = await (await call("/api/openapi.json")).text();
  console.log("OPENAPI-DUMP-START" + doc + "OPENAPI-DUMP-END");
});
