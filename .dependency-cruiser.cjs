// The import boundaries of docs/architecture.md, checked by `npm test` (tests/run.ts runs `depcruise`): a
// violation fails the run. Type-only imports count too (a type from the Worker is still a dependency on it).

/** A forbidden import: from the modules `from` matches to those `to` matches. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: "error", from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid(
      "domain-runs-everywhere",
      "domain/ runs in workerd, the browser and Node: it must not depend on the Worker, the PWA, infra or tests.",
      { path: "^domain/" },
      { path: "^(workers|web|infra|tests)/" },
    ),
    forbid(
      "domain-no-node-builtins",
      "domain/ imports no node: builtin, except in its Node-only cli/ and evaluation/ folders.",
      { path: "^domain/", pathNot: "/(cli|evaluation)/" },
      { dependencyTypes: ["core"] },
    ),
    forbid(
      "domain-no-model-training",
      "models/**/training/ is Node-only data access and training; domain/ must not reach it.",
      { path: "^domain/" },
      { path: "^models/.*/training/" },
    ),
    forbid("web-not-to-workers", "The PWA talks to the Worker over HTTP through domain/contracts, never by importing its code.", { path: "^web/" }, { path: "^workers/" }),
    forbid("workers-not-to-web", "The Worker does not import the PWA's code.", { path: "^workers/" }, { path: "^web/" }),
    forbid("infra-not-to-tests", "Scripts, seeds and helpers in infra/ are used by the tests, never the other way round.", { path: "^infra/" }, { path: "^tests/" }),
    forbid(
      "no-circular",
      "No module depends on itself through others when loaded (type-only imports are erased).",
      {},
      { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    ),
    forbid(
      "not-to-unresolvable",
      "Every import resolves (a typo or a removed module is caught here as well as by tsc); workerd's and Vite's virtual modules excepted.",
      {},
      { couldNotResolve: true, pathNot: "^(cloudflare|virtual):|[?]url$" },
    ),
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
