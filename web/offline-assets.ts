// What the service worker precaches from the build's assets: the shell and the citizen pages with everything
// they import, statically or lazily (the offline promise covers them, and the on-device ORT runtime they load),
// but not the agent console's pages, its Web Worker or its explanation trees: they need the network and a
// token anyway, and every visitor would download them. The ORT wasm and the models are not precached either:
// the pages that infer cache them on first use (runtime caches in vite.config.ts).
// The audience of each page is read from web/src/app/routes.ts, its one source.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "vite";

const ROUTE = /audience: "(citizen|agent)", load: \(\) => import\("([^"]+)"\)/g;

/** Absolute paths (without extension) of the agent pages' modules, as routes.ts declares them. */
function agentPageModules(routesFile: string): Set<string> {
  const source = readFileSync(routesFile, "utf8");
  const routes = [...source.matchAll(ROUTE)].map(([, audience, path]) => ({ audience, module: resolve(dirname(routesFile), path) }));
  const declared = source.match(/\bpath: "/g)?.length ?? 0;
  if (routes.length !== declared || !routes.some((r) => r.audience === "agent") || !routes.some((r) => r.audience === "citizen")) {
    throw new Error(`offline-assets: read ${routes.length} of the ${declared} routes of ${routesFile}; update the pattern to the file's format`);
  }
  return new Set(routes.filter((r) => r.audience === "agent").map((r) => r.module));
}

const withoutExtension = (id: string) => id.replace(/\.[cm]?[jt]sx?$/, "");

export function offlineAssets(routesFile: string): { plugin: Plugin; precached(url: string): boolean } {
  const offline = new Set<string>();
  const plugin: Plugin = {
    name: "recoque-offline-assets",
    apply: "build",
    generateBundle(_, bundle) {
      const agentPages = agentPageModules(routesFile);
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [[file.fileName, file] as const] : [])));
      const queue = [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
      offline.clear();
      while (queue.length) {
        const chunk = chunks.get(queue.pop()!);
        if (!chunk || offline.has(chunk.fileName)) continue;
        if (chunk.facadeModuleId && agentPages.has(withoutExtension(chunk.facadeModuleId))) continue;
        offline.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) offline.add(css);
        queue.push(...chunk.imports, ...chunk.dynamicImports);
      }
    },
  };
  /** Files outside assets/ (index.html, icons, manifest) are kept; assets only when a citizen page needs them. */
  const precached = (url: string) => !url.startsWith("assets/") || offline.has(url);
  return { plugin, precached };
}
