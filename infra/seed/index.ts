// Demo data for the local stack, from the real public data extracts in infra/seed/data. Two kinds:
// SQL seeds, applied to the local D1 before the Worker starts (fixed ids, INSERT OR IGNORE), and API seeds,
// run against the started Worker through its public API (for data that goes through a pipeline, e.g. an
// import that is parsed, scored and triaged). Both are idempotent: seeding twice duplicates nothing.
import type { Role } from "../../domain/contracts/roles";
import { heatDemoForecastSeed, heatRegisterSealSeed, heatRegisterSeed } from "./heat";
import { requestsSeed } from "./requests";
import { salesSeed } from "./sales";

export interface Seed {
  name: string;
  /** SQL statements, each ending with `;`. */
  statements(): string[];
}

export interface ApiSeed {
  name: string;
  /** Runs once the local Worker answers; `token(role)` signs a local agent token. */
  run(baseUrl: string, token: (role: Role) => Promise<string>): Promise<string>;
}

export const seeds: Seed[] = [heatRegisterSeed];

export const apiSeeds: ApiSeed[] = [heatRegisterSealSeed, heatDemoForecastSeed, salesSeed, requestsSeed];
