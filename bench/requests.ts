// Requests benchmark (`npm run bench`, or `npx tsx bench/requests.ts`), on a local stack of its own:
// 1. the two request models in onnxruntime-web inside workerd vs onnxruntime-node native (one thread each),
//    at batch 1 and 1,024, on real feature rows (routing features of messages, tagger rows of their tokens);
// 2. pseudonymisation + routing of one request at the edge (POST /requests/analyse) vs a bare JSON route
//    (GET /ping) in the same Worker, warm p50 and p99 (goal: p50 within 2x);
// 3. N e-mails (10,000 by default, REQUESTS_BENCH_EMAILS to change) handed to the email() handler
//    (wrangler dev's local email endpoint), each parsed, pseudonymised, routed, given its fiches and audited
//    by the queue consumer: requests per second from the first e-mail to the last routed;
// 4. OCR of a one-page A4 letter at 300 dpi (2,480 x 3,508 px, drawn in the page) in Chromium, through the
//    console's letter entry: seconds cold (engine and French data loaded) and warm.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { startLocalStack } from "../infra/scripts/lib/local-stack";
import type { Manifest, ModelEntry } from "../models/manifest";
import { routingFeatures } from "../models/request-routing/features";
import { taggerFeatures, TAGGER_SLOTS, type TaggerContext } from "../models/pii-tagger/features";
import { signAgentToken } from "../workers/src/platform/auth";
import { chromiumArgs, chromiumPath } from "../infra/scripts/lib/chromium";
import { letterImage } from "../tests/browser/letter-image";
import { sendEmail } from "../infra/scripts/send-email";
import { fmt, percentile, timeEach } from "./stats";
import { edgePredict, edgeRowsPerSecond, nativeRowsPerSecond } from "./throughput";

const artifacts = new URL("../models/artifacts/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
const entry = (id: string) => manifest.models.find((m) => m.id === id && m.current)!;
const EMAILS = Number(process.env.REQUESTS_BENCH_EMAILS ?? 10_000);
const RAW = readFileSync(new URL("../infra/seed/data/requests/apl-caf.eml", import.meta.url));

const MESSAGES = [
  "Bonjour, je m'appelle Fatoumata Diallo et j'habite au 12 rue de la Roquette, 75011 Paris. Ma CAF a arrêté de verser mon APL depuis mars. Mon numéro d'allocataire est le 1234567. Merci, 06 12 34 56 78",
  "Madame, Monsieur, mon titre de séjour expire le 30 avril et je n'arrive pas à prendre rendez-vous à la préfecture. Karim Benali",
  "bonjour mon proprietaire ne m'a pas rendu le depot de garantie de 1200 euros, a qui m'adresser ? Odile Marchetti",
  "Je voudrais inscrire ma fille Lina à la crèche du quartier, comment faire ? Jean-Marc Ravel, jm.ravel@example.net",
];

/** `count` rows cycling over the messages' feature rows (routing: one per message; tagger: one per token). */
function rows(model: ModelEntry, count: number): number[][] {
  const source =
    model.id === "request-routing"
      ? MESSAGES.map((m) => Array.from(routingFeatures(m)))
      : MESSAGES.flatMap((m) => {
          const context = JSON.parse(readFileSync(new URL(model.context!, artifacts), "utf8")) as TaggerContext;
          const encoded = taggerFeatures(m, context).rows;
          return Array.from({ length: encoded.length / TAGGER_SLOTS }, (_, i) => Array.from(encoded.subarray(i * TAGGER_SLOTS, (i + 1) * TAGGER_SLOTS)));
        });
  return Array.from({ length: count }, (_, i) => source[i % source.length]);
}

async function modelRatios(predict: ReturnType<typeof edgePredict>) {
  console.log("\n## Request models: onnxruntime-web in workerd vs onnxruntime-node native (one thread each)\n");
  console.log("| model | batch | workerd rows/s | native rows/s | ratio workerd/native | target |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const model of [entry("request-routing"), entry("pii-tagger")]) {
    for (const batch of [1, 1024]) {
      const input = rows(model, batch);
      // 100 runs per request: the JSON of 1,024 rows (half a million ids for routing) is parsed once for them.
      const repeat = 100;
      const workerd = await edgeRowsPerSecond(predict, model, input, repeat, batch === 1 ? 30 : 6);
      const native = await nativeRowsPerSecond(model, input);
      console.log(`| ${model.id}@${model.version} | ${batch} | ${fmt(workerd, 0)} | ${fmt(native, 0)} | ${fmt(workerd / native, 3)} | ≥ ${batch === 1 ? "0.3" : "0.5"} |`);
    }
  }
}

async function edgeLatency(baseUrl: string, token: string) {
  console.log("\n## Pseudonymisation + routing of one request at the edge vs a bare JSON route (warm)\n");
  const ping = () => fetch(`${baseUrl}/api/v1/ping`).then((r) => r.json());
  let i = 0;
  const analyse = () =>
    fetch(`${baseUrl}/api/v1/requests/analyse`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ text: MESSAGES[i++ % MESSAGES.length] }),
    }).then((r) => r.json());
  await timeEach(30, ping);
  await timeEach(30, analyse);
  const pings = await timeEach(300, ping);
  const analyses = await timeEach(300, analyse);
  console.log("| route | p50 ms | p99 ms |\n|---|---:|---:|");
  console.log(`| GET /api/v1/ping (bare JSON) | ${fmt(percentile(pings, 50))} | ${fmt(percentile(pings, 99))} |`);
  console.log(`| POST /api/v1/requests/analyse (pseudonymise + route, audited) | ${fmt(percentile(analyses, 50))} | ${fmt(percentile(analyses, 99))} |`);
  console.log(`| ratio | ${fmt(percentile(analyses, 50) / percentile(pings, 50))} (goal ≤ 2) | ${fmt(percentile(analyses, 99) / percentile(pings, 99))} |`);
}

async function queueThroughput(baseUrl: string, token: string) {
  console.log(`\n## ${EMAILS.toLocaleString("en-GB")} e-mails through the email() handler and the queue\n`);
  const routedCount = async () => {
    const inbox = (await (await fetch(`${baseUrl}/api/v1/requests?limit=1`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { total: number };
    return inbox.total;
  };
  const before = await routedCount();
  const raw = new Uint8Array(RAW);
  const start = performance.now();
  const CONCURRENCY = 8;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < EMAILS) {
        next++;
        await sendEmail(baseUrl, raw, "fatoumata.diallo@example.org", "demandes@paris.example");
      }
    }),
  );
  const handed = (performance.now() - start) / 1000;
  let routed = 0;
  while ((routed = (await routedCount()) - before) < EMAILS) {
    if (performance.now() - start > 3_600_000) throw new Error(`only ${routed} of ${EMAILS} routed after an hour`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  const seconds = (performance.now() - start) / 1000;
  console.log("| step | seconds | requests per second |\n|---|---:|---:|");
  console.log(`| handed to the email() handler (raw message to R2, event published) | ${fmt(handed, 1)} | ${fmt(EMAILS / handed, 1)} |`);
  console.log(`| all routed (parsed, pseudonymised, routed, fiches, audited) | ${fmt(seconds, 1)} | ${fmt(EMAILS / seconds, 1)} |`);
}

async function ocr(baseUrl: string, jwtSecret: string) {
  console.log("\n## OCR of a one-page A4 letter at 300 dpi in Chromium (the console's letter entry)\n");
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, locale: "fr-FR" });
    await context.addInitScript((t) => sessionStorage.setItem("recoque.agentToken", t), await signAgentToken({ id: "bench", roles: ["requests-agent"] }, jwtSecret));
    const page = await context.newPage();
    await page.goto("/agent/demandes");
    await page.getByRole("button", { name: "Saisir un courrier" }).click();
    const letter =
      "Madame, Monsieur, je vous écris au sujet de ma mère, Madame Odette Girard, qui vit seule au 12 rue de la Roquette et aurait besoin du portage des repas à domicile depuis sa sortie de l'hôpital.";
    const png = await letterImage(page, { width: 2480, height: 3508, fontPx: 50, paragraphs: [Array.from({ length: 12 }, () => letter).join(" ")] });
    const read = async (name: string) => {
      await page.fill("#letter-text", "");
      const start = performance.now();
      await page.setInputFiles("#letter-file", { name, mimeType: "image/png", buffer: png });
      await page.waitForFunction(() => (document.querySelector("#letter-text") as HTMLTextAreaElement).value.length > 500, null, { timeout: 600_000 });
      return (performance.now() - start) / 1000;
    };
    const cold = await read("page-1.png");
    const warm = await read("page-2.png");
    const chars = (await page.inputValue("#letter-text")).length;
    console.log("| run | seconds |\n|---|---:|");
    console.log(`| cold (engine, wasm and French data loaded) | ${fmt(cold, 1)} |`);
    console.log(`| warm (same engine) | ${fmt(warm, 1)} |`);
    console.log(`\n${chars.toLocaleString("en-GB")} characters read from the page.`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const stack = await startLocalStack();
  try {
    const ops = await signAgentToken({ id: "bench", roles: ["ops"] }, stack.jwtSecret);
    const agent = await signAgentToken({ id: "bench", roles: ["requests-agent"] }, stack.jwtSecret);
    await modelRatios(edgePredict(stack.baseUrl, ops));
    await edgeLatency(stack.baseUrl, agent);
    await ocr(stack.baseUrl, stack.jwtSecret);
    await queueThroughput(stack.baseUrl, agent);
  } finally {
    await stack.stop();
  }
}

await main();
