// zod compiles fast parsers with `new Function` and probes for it first; the app's Content-Security-Policy
// forbids eval, and Chromium reports even the probe as a violation. zod reads this setting when a schema is
// built, so it is set first: by the app's entry (before any page module) and by the outreach Web Worker's.
import { config } from "zod/v4/core";

config({ jitless: true });
