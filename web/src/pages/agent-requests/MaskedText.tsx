// A pseudonymised text with its placeholders highlighted ([NOM 1] shown as a marked span with its kind),
// and the list of masked spans: their kind, their value for the agent allowed to see it, and a button to give
// back a value masked by mistake; plus a field to mask text still readable. Used for a request at the edge
// and for a letter masked on this computer.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { PII_LABELS, type PiiLabel } from "../../../../domain/requests/labels";
import type { SpanCorrection } from "../../../../domain/requests/pseudonymise";
import { requestsTranslations } from "./translations";

const PLACEHOLDER = /(\[[A-ZÉÈ\- ]+ \d+\])/;

export interface Placeholder {
  placeholder: string;
  label: PiiLabel;
  value: string | null;
}

export function MaskedText({ text, placeholders }: { text: string; placeholders: Placeholder[] }) {
  const { t } = useTranslations(requestsTranslations);
  const byName = new Map(placeholders.map((p) => [p.placeholder, p]));
  return (
    <div class="masked-text" data-masked-text>
      {text.split(PLACEHOLDER).map((part, i) => {
        const p = byName.get(part);
        return p ? (
          <mark key={i} class={`pii pii-${p.label}`} title={p.value ?? t("valueHidden")}>
            {part}
          </mark>
        ) : (
          part
        );
      })}
    </div>
  );
}

export function SpanCorrections({ placeholders, onCorrect, busy }: { placeholders: Placeholder[]; onCorrect(correction: SpanCorrection): void; busy: boolean }) {
  const { t } = useTranslations(requestsTranslations);
  const [text, setText] = useState("");
  const [label, setLabel] = useState<PiiLabel>("PER");
  return (
    <section aria-labelledby="spans-title" class="spans">
      <h3 id="spans-title">{t("spansTitle")}</h3>
      <p class="hint">{t("spansIntro")}</p>
      {placeholders.length === 0 ? (
        <p>{t("spansNone")}</p>
      ) : (
        <ul class="span-list">
          {placeholders.map((p) => (
            <li key={p.placeholder}>
              <mark class={`pii pii-${p.label}`}>{p.placeholder}</mark> {t(`label_${p.label}`)} {p.value !== null && <q>{p.value}</q>}{" "}
              {p.value !== null && (
                <button type="button" class="button-secondary" disabled={busy} onClick={() => onCorrect({ mask: [], unmask: [p.placeholder] })}>
                  {t("unmask")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        class="mask-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim().length >= 2) onCorrect({ mask: [{ text: text.trim(), label }], unmask: [] });
          setText("");
        }}
      >
        <div class="field">
          <label for="mask-text">{t("maskText")}</label>
          <input id="mask-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="mask-label">{t("maskLabel")}</label>
          <select id="mask-label" value={label} onChange={(e) => setLabel(e.currentTarget.value as PiiLabel)}>
            {PII_LABELS.map((l) => <option key={l} value={l}>{t(`label_${l}`)}</option>)}
          </select>
        </div>
        <button type="submit" disabled={busy}>{t("mask")}</button>
      </form>
    </section>
  );
}
