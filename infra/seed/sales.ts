// The sales demo seed: imports the real 14th-arrondissement file of the first half of 2020
// (infra/seed/data/sales, see SOURCES.md there) through the API as a tax agent would, and waits until the
// queue has parsed, priced and triaged it, so the sales console has cases out of the box. Sending the same
// file again is the same import: seeding twice adds nothing.
import { readFileSync } from "node:fs";
import type { ApiSeed } from "./index";

const FILE = new URL("./data/sales/geodvf_75114_2020H1.csv", import.meta.url);
const WAIT_MS = 120_000;

interface ImportView {
  id: string;
  status: string;
  salesImported: number;
  casesOpened: number;
  linesRejected: number;
}

export const salesSeed: ApiSeed = {
  name: "sales",
  async run(baseUrl, token) {
    const authorization = `Bearer ${await token("tax-agent")}`;
    const res = await fetch(`${baseUrl}/api/v1/sales/imports?fileName=geodvf_75114_2020H1.csv`, {
      method: "POST",
      headers: { Authorization: authorization, "Content-Type": "text/csv" },
      body: readFileSync(FILE),
    });
    if (res.status !== 200 && res.status !== 202) throw new Error(`import refused: ${res.status} ${await res.text()}`);
    let view = (await res.json()) as ImportView;
    for (const started = Date.now(); view.status !== "completed"; ) {
      if (Date.now() - started > WAIT_MS) throw new Error(`import ${view.id} still ${view.status} after ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      view = (await (await fetch(`${baseUrl}/api/v1/sales/imports/${view.id}?limit=1`, { headers: { Authorization: authorization } })).json()) as ImportView;
    }
    const again = res.status === 200 ? " (already imported)" : "";
    return `import ${view.id}${again}: ${view.salesImported} sales, ${view.casesOpened} cases, ${view.linesRejected} lines rejected`;
  },
};
