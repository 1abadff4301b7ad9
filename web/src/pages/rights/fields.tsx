// Form fields of the rights questionnaire: a labelled text input and a group of radio buttons, each with its
// hint and its error right next to it, tied together with aria-describedby and aria-invalid.
import type { ComponentChildren } from "preact";
import { useTranslations } from "../../app/i18n";
import type { FieldError } from "./answers";
import { rightsTranslations, type RightsKey } from "./translations";

export function ErrorText({ id, error }: { id: string; error?: FieldError }) {
  const { t } = useTranslations(rightsTranslations);
  if (!error) return null;
  return <p class="field-error" id={`${id}-error`}>{t(`err_${error.code}` as RightsKey, error.params)}</p>;
}

const describedBy = (id: string, hint: boolean, error: boolean) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: FieldError;
  mode: "numeric" | "decimal";
  onValue(value: string): void;
}

export function TextField({ id, label, hint, value, error, mode, onValue }: TextFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <input
        id={id}
        name={id}
        type="text"
        inputMode={mode}
        autocomplete="off"
        value={value}
        size={10}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
      />
      <ErrorText id={id} error={error} />
    </div>
  );
}

interface RadioGroupProps<T extends string> {
  /** Id prefix: each radio is `${name}-${value}`, the first one receives the focus on error. */
  name: string;
  legend: string;
  options: { value: T; label: string }[];
  value: T | "";
  error?: FieldError;
  onValue(value: T): void;
}

export function RadioGroup<T extends string>({ name, legend, options, value, error, onValue }: RadioGroupProps<T>) {
  const first = `${name}-${options[0].value}`;
  return (
    <fieldset class="radio-group" aria-describedby={error ? `${first}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label class="choice" key={o.value}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            aria-invalid={Boolean(error)}
            onChange={() => onValue(o.value)}
          />{" "}
          {o.label}
        </label>
      ))}
      <ErrorText id={first} error={error} />
    </fieldset>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  error?: FieldError;
  options: { value: string; label: string }[];
  onValue(value: string): void;
}

export function SelectField({ id, label, value, error, options, onValue }: SelectFieldProps) {
  const { t } = useTranslations(rightsTranslations);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} aria-invalid={Boolean(error)} aria-describedby={describedBy(id, false, Boolean(error))} onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t("choose")}</option>
        {options.map((o) => <option value={o.value} key={o.value}>{o.label}</option>)}
      </select>
      <ErrorText id={id} error={error} />
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="form-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
