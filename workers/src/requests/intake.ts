// How requests arrive. E-mail: the Worker's email() handler keeps the raw message in R2 (for its short
// retention) and publishes `requests.received`; the consumer parses and pseudonymises it. Contact form:
// pseudonymised at once, stored, then routed by the consumer; the sender gets an id and a secret to see,
// export or erase it. Letter: read and pseudonymised in the agent's browser (the scan never leaves it);
// the text arrives already pseudonymised, with its mapping.
import { makeEvent } from "../events/envelope";
import { publish } from "../events/publish";
import { withAudit } from "../platform/audit";
import { ApiError } from "../platform/errors";
import { randomToken, sha256Hex } from "../platform/hash";
import type { Agent } from "../platform/auth";
import { foldText } from "../../../domain/requests/text";
import { pseudonymiseRequest, type KnownValue } from "./pseudonymisation";
import type { MappingEntry } from "../../../domain/requests/pseudonymise";
import { insertRequest, newRequestId, type Attachment } from "./records";
import type { Channel } from "../../../domain/requests/statuses";
import type { RequestsEvent } from "./events";

/** Raw e-mails over this size are refused at the door (a request is a text, not its attachments). */
export const MAX_EMAIL_BYTES = 10 * 1024 * 1024;

export const receivedEvent = (payload: { requestId: string; channel: Channel; rawKey?: string; receivedAt: string }): RequestsEvent =>
  makeEvent("requests.received", payload, { id: `requests.received:${payload.requestId}` });

export const rawKeyOf = (receivedAt: string, id: string) => `requests/raw/${receivedAt.slice(0, 10)}/${id}.eml`;

/** The email() handler: raw message to R2, then the event (parsing and pseudonymisation happen in the consumer). */
export async function receiveEmail(message: ForwardableEmailMessage, env: Env): Promise<void> {
  if (message.rawSize > MAX_EMAIL_BYTES) {
    message.setReject(`Message over ${MAX_EMAIL_BYTES} bytes`);
    return;
  }
  const id = newRequestId();
  const receivedAt = new Date().toISOString();
  const rawKey = rawKeyOf(receivedAt, id);
  await env.UPLOADS.put(rawKey, await new Response(message.raw).arrayBuffer(), { httpMetadata: { contentType: "message/rfc822" } });
  await publish(env.EVENTS, receivedEvent({ requestId: id, channel: "email", rawKey, receivedAt }));
}

/** Attachment names with the request's personal values (and each word of a name) replaced by their placeholders. */
export function pseudonymiseNames(attachments: Attachment[], mapping: MappingEntry[]): Attachment[] {
  const values = mapping.flatMap((m) => [m.value, ...(m.label === "PER" ? m.value.split(/[\s-]+/) : [])].filter((v) => v.length >= 3).map((value) => ({ value, placeholder: m.placeholder })));
  return attachments.map((a) => {
    let name = a.name;
    for (const { value, placeholder } of values) {
      for (let at = foldText(name).indexOf(foldText(value)); at >= 0; at = foldText(name).indexOf(foldText(value), at + placeholder.length)) {
        name = name.slice(0, at) + placeholder + name.slice(at + value.length);
      }
    }
    return { ...a, name };
  });
}

export interface ContactForm {
  subject: string;
  message: string;
  name?: string;
  email?: string;
  phone?: string;
}

export async function acceptContactForm(env: Env, form: ContactForm): Promise<{ id: string; secret: string }> {
  const id = newRequestId();
  const receivedAt = new Date().toISOString();
  const known: KnownValue[] = [
    ...(form.name ? [{ label: "PER" as const, value: form.name }] : []),
    ...(form.email ? [{ label: "EMAIL" as const, value: form.email }] : []),
    ...(form.phone ? [{ label: "PHONE" as const, value: form.phone }] : []),
  ];
  const result = await pseudonymiseRequest(id, form.subject, form.message, known);
  const secret = randomToken(24);
  await withAudit(env.DB, [result.audit], [
    insertRequest(env.DB, {
      id, channel: "form", receivedAt, subject: result.subject, body: result.body, attachments: [], mapping: result.mapping,
      replyTo: form.email ?? null, secretHash: await sha256Hex(secret), rawKey: null,
    }),
  ]);
  // The request is stored: its secret must reach the sender even if the queue is down (the nightly sweep
  // of received requests routes it then).
  await publish(env.EVENTS, receivedEvent({ requestId: id, channel: "form", receivedAt })).catch((error) => console.error(`request ${id}: not published`, error));
  return { id, secret };
}

export interface Letter {
  subject: string;
  text: string;
  mapping: MappingEntry[];
  attachments: Attachment[];
}

/** A letter pseudonymised in the agent's browser: its placeholders must be in the text, its values must not. */
export async function acceptLetter(env: Env, agent: Agent & { role: string }, letter: Letter): Promise<{ id: string }> {
  const text = `${letter.subject}\n${letter.text}`;
  const folded = foldText(text);
  letter.mapping.forEach((m, i) => {
    if (!text.includes(m.placeholder)) {
      throw new ApiError("validation_failed", "A placeholder of the mapping is not in the text.", [{ field: `mapping.${i}.placeholder`, message: `${m.placeholder} is not in the text` }]);
    }
    if (m.value.trim().length >= 2 && folded.includes(foldText(m.value.trim()))) {
      throw new ApiError("validation_failed", "The text still holds a value it should hide.", [{ field: `mapping.${i}.value`, message: "still present in the text: pseudonymise it" }]);
    }
  });
  const id = newRequestId();
  const receivedAt = new Date().toISOString();
  await withAudit(
    env.DB,
    [{ actor: agent.id, role: agent.role, action: "requests.letter-uploaded", subjectKind: "request", subjectId: id, inputHash: await sha256Hex(text), output: { placeholders: letter.mapping.length } }],
    [
      insertRequest(env.DB, {
        id, channel: "letter", receivedAt, subject: letter.subject, body: letter.text, attachments: letter.attachments, mapping: letter.mapping,
        replyTo: null, secretHash: null, rawKey: null,
      }),
    ],
  );
  await publish(env.EVENTS, receivedEvent({ requestId: id, channel: "letter", receivedAt }));
  return { id };
}
