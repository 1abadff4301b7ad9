// Property-based fuzzing of the JSON operations without a body: shard 1 of the files fuzz-parameters-*.test.ts (./fuzz-suites.ts).
import { fuzzParameters } from "./fuzz-suites";

await fuzzParameters(1);
