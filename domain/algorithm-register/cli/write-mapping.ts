// Writes the register's field mapping table into docs/trust.md, between its markers.
import { readFileSync, writeFileSync } from "node:fs";
import { MAPPING_END, MAPPING_START, mappingTable } from "../mapping-table.ts";

const file = new URL("../../../docs/trust.md", import.meta.url);
const doc = readFileSync(file, "utf8");
const start = doc.indexOf(MAPPING_START);
const end = doc.indexOf(MAPPING_END);
if (start < 0 || end < start) throw new Error("docs/trust.md has no register-mapping markers");
writeFileSync(file, `${doc.slice(0, start + MAPPING_START.length)}\n${mappingTable()}\n${doc.slice(end)}`);
