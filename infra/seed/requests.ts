// The requests demo seed: hands the demo e-mails of infra/seed/data/requests/ to the local Worker's
// email() handler (as `npm run requests:send-email` does), so the requests console has pseudonymised,
// routed requests out of the box. Idempotent: nothing is sent when the inbox already holds requests.
import { readFileSync } from "node:fs";
import { demoEmailFiles, fromHeader, sendEmail } from "../scripts/send-email";
import type { ApiSeed } from "./index";

export const requestsSeed: ApiSeed = {
  name: "requests",
  async run(baseUrl, token) {
    const inbox = await fetch(`${baseUrl}/api/v1/requests?limit=1`, { headers: { Authorization: `Bearer ${await token("requests-agent")}` } });
    const { total } = (await inbox.json()) as { total: number };
    if (total > 0) return `inbox already holds ${total} requests`;
    const files = demoEmailFiles();
    for (const file of files) {
      const raw = new Uint8Array(readFileSync(file));
      await sendEmail(baseUrl, raw, fromHeader(raw), "demandes@paris.example");
    }
    return `${files.length} demo e-mails sent to the email() handler (routed by the queue in a few seconds)`;
  },
};
