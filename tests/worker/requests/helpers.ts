// Helpers of the requests Worker tests: a real .eml handed to the Worker's email() handler as Email
// Routing hands it (a ForwardableEmailMessage with the raw stream), and waiting for the queue consumer.
import { env } from "cloudflare:workers";
import worker from "../../../workers/src/index";
import type { RequestRow } from "../../../workers/src/requests/records";

export interface SentEmail {
  rejected: string | null;
}

export async function deliverEmail(raw: string, { from = "sender@example.org", to = "demandes@paris.example" } = {}): Promise<SentEmail> {
  const bytes = new TextEncoder().encode(raw);
  const sent: SentEmail = { rejected: null };
  const message = {
    from,
    to,
    headers: new Headers(),
    raw: new Blob([bytes]).stream(),
    rawSize: bytes.byteLength,
    setReject(reason: string) {
      sent.rejected = reason;
    },
    forward: async () => ({ messageId: "" }),
    reply: async () => ({ messageId: "" }),
  } as unknown as ForwardableEmailMessage;
  await worker.email(message, env);
  return sent;
}

export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 45_000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    const value = await probe();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The request once the consumer has routed it (status past "received"). */
export const routed = (id: string) =>
  until(`request ${id} routed`, () => env.DB.prepare("SELECT * FROM requests WHERE id = ?1 AND status <> 'received'").bind(id).first<RequestRow>());
