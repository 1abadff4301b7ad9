// `npm run requests:send-email -- FILE.eml [--port 8787] [--from a@b.fr] [--to demandes@paris.example]`:
// hands a raw e-mail to the local Worker's email() handler, as Email Routing does in production, through
// wrangler dev's local email endpoint (/cdn-cgi/handler/email). Without FILE, sends the demo messages of
// infra/seed/data/requests/. The request then appears, pseudonymised and routed, in the requests console.
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

export const DEMO_EMAILS = new URL("../seed/data/requests/", import.meta.url);

/** Sends one raw message to a running `wrangler dev`; throws when the Worker refuses it. */
export async function sendEmail(origin: string, raw: Uint8Array<ArrayBuffer>, from: string, to: string): Promise<void> {
  const url = new URL("/cdn-cgi/handler/email", origin);
  url.searchParams.set("from", from);
  url.searchParams.set("to", to);
  const res = await fetch(url, { method: "POST", body: raw });
  if (!res.ok) throw new Error(`the Worker refused the message: HTTP ${res.status} ${await res.text()}`);
}

export const demoEmailFiles = () => readdirSync(DEMO_EMAILS).filter((f) => f.endsWith(".eml")).map((f) => new URL(f, DEMO_EMAILS));

/** The sender's address of a raw message (its From header), for the envelope. */
export const fromHeader = (raw: Uint8Array) => /^From:.*<([^>]+)>/im.exec(new TextDecoder("latin1").decode(raw))?.[1] ?? "sender@example.org";

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string", default: process.env.PORT ?? "8787" }, from: { type: "string" }, to: { type: "string", default: "demandes@paris.example" } },
  });
  const files = positionals.length ? positionals.map((p) => new URL(p, `file://${process.cwd()}/`)) : demoEmailFiles();
  for (const file of files) {
    const raw = new Uint8Array(readFileSync(file));
    await sendEmail(`http://127.0.0.1:${values.port}`, raw, values.from ?? fromHeader(raw), values.to!);
    console.log(`sent ${file.pathname}`);
  }
}
