// Property-based fuzzing of the operations that take a JSON or CSV body: shard 2 of the files fuzz-bodies-*.test.ts (./fuzz-suites.ts).
import { fuzzBodies } from "./fuzz-suites";

await fuzzBodies(2);
