// A raw e-mail (RFC 5322, MIME) read with postal-mime, the parser made for Workers: its subject, its text
// (the plain part, or the HTML part's text when there is none), its sender, and its attachments' names,
// types and sizes (their content is not kept: a request is its text).
import PostalMime from "postal-mime";
import type { Attachment } from "./records";

export interface ParsedEmail {
  subject: string;
  text: string;
  from: string | null;
  fromName: string | null;
  attachments: Attachment[];
}

const htmlToText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]+/g, " ");

export async function parseEmail(raw: ArrayBuffer): Promise<ParsedEmail> {
  const email = await PostalMime.parse(raw);
  return {
    subject: email.subject ?? "",
    text: (email.text ?? (email.html ? htmlToText(email.html) : "")).trim(),
    from: email.from?.address ?? null,
    fromName: email.from?.name || null,
    attachments: email.attachments.map((a) => ({
      name: a.filename ?? "",
      type: a.mimeType,
      bytes: typeof a.content === "string" ? a.content.length : a.content.byteLength,
    })),
  };
}
