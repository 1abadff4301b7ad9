// A letter received on paper, entered by the agent: pasted text, or a PDF or a photo read on this computer
// (read-letter.ts: the file never leaves it), then masked on this computer with the same model as the
// Worker; the agent checks the masked spans (gives back or masks more) and sends only the masked text
// and its mapping.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { failureText } from "../../api/client";
import { correctSpans, type MappingEntry, type SpanCorrection } from "../../../../domain/requests/pseudonymise";
import { uploadLetter } from "./api";
import { MaskedText, SpanCorrections } from "./MaskedText";
import { pseudonymiseOnDevice } from "./pseudonymise-on-device";
import { readLetterFile } from "./read-letter";
import { requestsTranslations } from "./translations";

export function LetterEntry() {
  const { t } = useTranslations(requestsTranslations);
  const [subject, setSubject] = useState("");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [masked, setMasked] = useState<{ text: string; mapping: MappingEntry[] } | null>(null);
  const [state, setState] = useState<"idle" | "reading" | "masking" | "sending" | "sent">("idle");
  const [error, setError] = useState<string | null>(null);

  const read = (chosen: File) => {
    setFile(chosen);
    setState("reading");
    setError(null);
    readLetterFile(chosen)
      .then((read) => (setText(read), setMasked(null)))
      .catch((e: unknown) => setError(t("readFailed", { message: failureText(e) })))
      .finally(() => setState("idle"));
  };
  const mask = () => {
    if (!text.trim()) return setError(t("needText"));
    setState("masking");
    setError(null);
    pseudonymiseOnDevice(`${subject.replace(/\s+/g, " ").trim()}\n${text}`)
      .then(setMasked)
      .catch((e: unknown) => setError(t("actionError", { message: failureText(e) })))
      .finally(() => setState("idle"));
  };
  const correct = (correction: SpanCorrection) => {
    try {
      setMasked(correctSpans(masked!.text, masked!.mapping, correction));
    } catch (e) {
      setError(t("actionError", { message: failureText(e) }));
    }
  };
  const send = () => {
    const newline = masked!.text.indexOf("\n");
    setState("sending");
    setError(null);
    uploadLetter({
      subject: masked!.text.slice(0, newline),
      text: masked!.text.slice(newline + 1),
      mapping: masked!.mapping,
      attachments: file ? [{ name: "", type: file.type || "application/octet-stream", bytes: file.size }] : [],
    })
      .then(() => (setState("sent"), setMasked(null), setText(""), setSubject(""), setFile(null)))
      .catch((e: unknown) => (setError(t("actionError", { message: failureText(e) })), setState("idle")));
  };

  return (
    <section aria-labelledby="letter-title" data-letter>
      <h2 id="letter-title">{t("letterTitle")}</h2>
      <p>{t("letterIntro")}</p>
      {error && <p class="notice notice-error" role="alert">{error}</p>}
      {state === "sent" && <p class="notice" role="status">{t("sent")}</p>}
      <div class="field">
        <label for="letter-subject">{t("letterSubject")}</label>
        <input id="letter-subject" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="letter-file">{t("letterFile")}</label>
        <p class="hint" id="letter-file-hint">{t("letterFileHint")}</p>
        <input id="letter-file" type="file" accept="application/pdf,image/*" aria-describedby="letter-file-hint" onChange={(e) => e.currentTarget.files?.[0] && read(e.currentTarget.files[0])} />
      </div>
      {state === "reading" && <p role="status">{t("reading")}</p>}
      <div class="field">
        <label for="letter-text">{t("letterText")}</label>
        <textarea id="letter-text" rows={12} value={text} onInput={(e) => (setText(e.currentTarget.value), setMasked(null))} />
      </div>
      <button type="button" disabled={state !== "idle" && state !== "sent"} onClick={mask}>{t("pseudonymise")}</button>
      {state === "masking" && <p role="status">{t("pseudonymising")}</p>}
      {masked && (
        <section aria-labelledby="letter-review-title">
          <h3 id="letter-review-title">{t("reviewTitle")}</h3>
          <MaskedText text={masked.text} placeholders={masked.mapping} />
          <SpanCorrections placeholders={masked.mapping} busy={state !== "idle"} onCorrect={correct} />
          <button type="button" disabled={state !== "idle"} onClick={send}>{t("send")}</button>
        </section>
      )}
    </section>
  );
}
