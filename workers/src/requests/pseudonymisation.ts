// Pseudonymisation of what arrives (a form, an e-mail), at the edge, before anything is stored: the
// subject and the text are pseudonymised together (one numbering of placeholders), the values the sender
// typed in the form's own fields (name, e-mail, phone) are hidden wherever they appear and kept in the
// mapping even when the text does not repeat them, and each run is audited (model, hash of the input,
// counts per label: never the values).
import { PLACEHOLDER_WORDS, type PiiLabel } from "../../../domain/requests/labels";
import type { Span } from "../../../domain/requests/rules/patterns";
import { foldText } from "../../../domain/requests/text";
import { SYSTEM_ACTOR, type AuditEntry } from "../platform/audit";
import { sha256Hex } from "../platform/hash";
import { pseudonymiseAtEdge } from "./models";
import { mappingOf, type MappingEntry } from "../../../domain/requests/pseudonymise";

export interface KnownValue {
  label: PiiLabel;
  value: string;
}

export interface PseudonymisedRequest {
  subject: string;
  body: string;
  mapping: MappingEntry[];
  audit: AuditEntry;
}

function occurrences(text: string, known: KnownValue[]): Span[] {
  const folded = foldText(text);
  const spans: Span[] = [];
  for (const { label, value } of known) {
    const needle = foldText(value.trim());
    if (needle.length < 2) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      spans.push({ start: at, end: at + needle.length, label });
    }
  }
  return spans;
}

/** Subject (one line) and body pseudonymised, with the mapping of every placeholder. */
export async function pseudonymiseRequest(requestId: string, subject: string, body: string, known: KnownValue[] = []): Promise<PseudonymisedRequest> {
  const text = `${subject.replace(/\s+/g, " ").trim()}\n${body}`;
  const result = await pseudonymiseAtEdge(text, occurrences(text, known));
  const newline = result.text.indexOf("\n");
  const mapping = new Map(mappingOf(result.replacements).map((m): [string, MappingEntry] => [m.placeholder, m]));
  for (const { label, value } of known) {
    if ([...mapping.values()].some((m) => m.label === label && foldText(m.value) === foldText(value.trim()))) continue;
    const n = [...mapping.values()].filter((m) => m.label === label).length + 1;
    const placeholder = `[${PLACEHOLDER_WORDS[label]} ${n}]`;
    mapping.set(placeholder, { placeholder, label, value: value.trim() });
  }
  const counts: Record<string, number> = {};
  for (const r of result.replacements) counts[r.label] = (counts[r.label] ?? 0) + 1;
  return {
    subject: result.text.slice(0, newline),
    body: result.text.slice(newline + 1),
    mapping: [...mapping.values()],
    audit: {
      ...SYSTEM_ACTOR,
      action: "requests.pseudonymised",
      subjectKind: "request",
      subjectId: requestId,
      modelId: result.model.id,
      modelVersion: result.model.version,
      inputHash: await sha256Hex(text),
      output: { spans: counts },
    },
  };
}
