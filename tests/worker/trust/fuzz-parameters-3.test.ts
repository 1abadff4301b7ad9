// Property-based fuzzing of the JSON operations without a body: shard 3 of the files fuzz-parameters-*.test.ts (./fuzz-suites.ts).
import { fuzzParameters } from "./fuzz-suites";

await fuzzParameters(3);
