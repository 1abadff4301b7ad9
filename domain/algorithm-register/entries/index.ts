// The register's entries, one per use case, in the order the page shows them.
import type { RegisterEntry } from "../schema.ts";
import { heatEntry } from "./heat.ts";
import { rightsEntry } from "./rights.ts";
import { salesEntry } from "./sales.ts";
import { requestsEntry } from "./requests.ts";

export const registerEntries: RegisterEntry[] = [heatEntry, rightsEntry, salesEntry, requestsEntry];
