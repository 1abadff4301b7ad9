// The import boundaries of docs/architecture.md, checked by `npm test` (tests/run.ts runs `depcruise`): a
// violation fails the run. Type-only imports count too (a type from the Worker is still a dependency on it).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-runs-everywhere",
      comment: "domain/ runs in workerd, the browser and Node: it must not depend on the Worker, the PWA, infra or tests.",
      severity: "error",
      from: { path: "^domain/" },
      to: { path: "^(workers|web|infra|tests)/" },
    },
    {
      name: "domain-no-node-builtins",
      comment: "domain/ imports no node: builtin, except in its Node-only cli/ and evaluation/ folders.",
      severity: "error",
      from: { path: "^domain/", pathNot: "/(cli|evaluation)/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "domain-no-model-training",
      comment: "models/**/training/ is Node-only data access and training; domain/ must not reach it.",
      severity: "error",
      from: { path: "^domain/" },
      to: { path: "^models/.*/training/" },
    },
    {
      name: "web-not-to-workers",
      comment: "The PWA talks to the Worker over HTTP through domain/contracts, never by importing its code.",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^workers/" },
    },
    {
      name: "workers-not-to-web",
      comment: "The Worker does not import the PWA's code.",
      severity: "error",
      from: { path: "^workers/" },
      to: { path: "^web/" },
    },
    {
      name: "infra-not-to-tests",
      comment: "Scripts, seeds and helpers in infra/ are used by the tests, never the other way round.",
      severity: "error",
      from: { path: "^infra/" },
      to: { path: "^tests/" },
    },
    {
      name: "no-circular",
      comment: "No module depends on itself through others when loaded (type-only imports are erased).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves (a typo or a removed module is caught here as well as by tsc).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true, pathNot: "^(cloudflare|virtual):|[?]url$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|\\.wrangler)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.node.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
    skipAnalysisNotInRules: true,
  },
};
