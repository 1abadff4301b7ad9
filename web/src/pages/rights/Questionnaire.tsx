// The rights questionnaire: household, income, home, situation and Paris, in plain French, with each error
// next to its field and a summary at the top that links to them.
import { useTranslations } from "../../app/i18n";
import { plural } from "../../../../domain/i18n";
import type { AdultAnswers, Answers, Errors } from "./answers";
import { RadioGroup, Section, SelectField, TextField } from "./fields";
import { rightsTranslations } from "./translations";

const HOUSING_STATUSES = ["tenantPrivate", "tenantSocial", "owner", "hostedFree", "homeless"] as const;
const MAX_CHILDREN = 8;

interface Props {
  answers: Answers;
  errors: Errors;
  onChange(answers: Answers): void;
}

export function Questionnaire({ answers: a, errors, onChange }: Props) {
  const { t, lang } = useTranslations(rightsTranslations);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => onChange({ ...a, [key]: value });
  const setAdult = (i: 0 | 1, patch: Partial<AdultAnswers>) => {
    const adults = [...a.adults] as Answers["adults"];
    adults[i] = { ...adults[i], ...patch };
    set("adults", adults);
  };
  const yesNo = [
    { value: "yes" as const, label: t("yes") },
    { value: "no" as const, label: t("no") },
  ];
  const adultCount = a.couple === "yes" ? 2 : 1;

  return (
    <>
      <Section id="household-title" title={t("householdTitle")}>
        <RadioGroup name="couple" legend={t("coupleQuestion")} options={yesNo} value={a.couple} error={errors["couple-yes"]} onValue={(v) => set("couple", v)} />
        <TextField id="adult0-age" label={t("yourAge")} mode="numeric" value={a.adults[0].age} error={errors["adult0-age"]} onValue={(v) => setAdult(0, { age: v })} />
        {a.couple === "yes" && (
          <TextField id="adult1-age" label={t("partnerAge")} mode="numeric" value={a.adults[1].age} error={errors["adult1-age"]} onValue={(v) => setAdult(1, { age: v })} />
        )}
        <div class="field">
          <label for="children-count">{t("childrenCount")}</label>
          <p class="hint" id="children-count-hint">{t("childrenHint")}</p>
          <select
            id="children-count"
            aria-describedby="children-count-hint"
            value={String(a.childrenAges.length)}
            onChange={(e) => {
              const n = Number((e.currentTarget as HTMLSelectElement).value);
              set("childrenAges", Array.from({ length: n }, (_, i) => a.childrenAges[i] ?? ""));
            }}
          >
            {Array.from({ length: MAX_CHILDREN + 1 }, (_, n) => <option value={n} key={n}>{n}</option>)}
          </select>
        </div>
        {a.childrenAges.map((age, i) => (
          <TextField
            key={i}
            id={`child${i}-age`}
            label={t("childAge", { n: i + 1 })}
            mode="numeric"
            value={age}
            error={errors[`child${i}-age`]}
            onValue={(v) => set("childrenAges", a.childrenAges.map((x, j) => (j === i ? v : x)))}
          />
        ))}
      </Section>

      <Section id="income-title" title={t("incomeTitle")}>
        <p class="hint">{t("incomeHint")}</p>
        {([0, 1] as const).slice(0, adultCount).map((i) => (
          <fieldset key={i}>
            <legend>{i === 0 ? t("you") : t("partner")}</legend>
            <TextField id={`adult${i}-earned`} label={t("earned")} mode="decimal" value={a.adults[i].earned} error={errors[`adult${i}-earned`]} onValue={(v) => setAdult(i, { earned: v })} />
            <TextField id={`adult${i}-pensions`} label={t("pensions")} mode="decimal" value={a.adults[i].pensions} error={errors[`adult${i}-pensions`]} onValue={(v) => setAdult(i, { pensions: v })} />
            <TextField id={`adult${i}-other`} label={t("other")} mode="decimal" value={a.adults[i].other} error={errors[`adult${i}-other`]} onValue={(v) => setAdult(i, { other: v })} />
            <TextField id={`adult${i}-aah`} label={t("aahReceived")} mode="decimal" value={a.adults[i].aah} error={errors[`adult${i}-aah`]} onValue={(v) => setAdult(i, { aah: v })} />
            <label class="choice">
              <input type="checkbox" id={`adult${i}-disability`} checked={a.adults[i].disability} onChange={(e) => setAdult(i, { disability: (e.currentTarget as HTMLInputElement).checked })} /> {t("disability")}
            </label>
            <label class="choice">
              <input type="checkbox" id={`adult${i}-student`} checked={a.adults[i].student} onChange={(e) => setAdult(i, { student: (e.currentTarget as HTMLInputElement).checked })} /> {t("student")}
            </label>
          </fieldset>
        ))}
        <TextField id="savings" label={t("savings")} mode="decimal" value={a.savings} error={errors.savings} onValue={(v) => set("savings", v)} />
        <TextField id="family-benefits" label={t("familyBenefits")} hint={t("familyBenefitsHint")} mode="decimal" value={a.familyBenefits} error={errors["family-benefits"]} onValue={(v) => set("familyBenefits", v)} />
        {a.couple === "no" && a.childrenAges.length > 0 && (
          <>
            <RadioGroup name="child-maintenance" legend={t("childMaintenance")} options={yesNo} value={a.childMaintenance} onValue={(v) => set("childMaintenance", v)} />
            <TextField id="support-allowance" label={t("supportAllowance")} hint={t("supportAllowanceHint")} mode="decimal" value={a.supportAllowance} error={errors["support-allowance"]} onValue={(v) => set("supportAllowance", v)} />
          </>
        )}
      </Section>

      <Section id="housing-title" title={t("housingTitle")}>
        <RadioGroup
          name="housing-status"
          legend={t("housingStatus")}
          options={HOUSING_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))}
          value={a.housingStatus}
          error={errors["housing-status"]}
          onValue={(v) => set("housingStatus", v)}
        />
        <TextField id="rent" label={t("rent")} mode="decimal" value={a.rent} error={errors.rent} onValue={(v) => set("rent", v)} />
        {(a.housingStatus === "tenantPrivate" || a.housingStatus === "tenantSocial") && (
          <TextField id="charges" label={t("charges")} hint={t("chargesHint")} mode="decimal" value={a.charges} error={errors.charges} onValue={(v) => set("charges", v)} />
        )}
        <RadioGroup name="housing-aid" legend={t("housingAid")} options={yesNo} value={a.housingAid} error={errors["housing-aid-yes"]} onValue={(v) => set("housingAid", v)} />
        {a.housingAid === "yes" && (
          <TextField id="housing-aid-amount" label={t("housingAidAmount")} hint={t("housingAidAmountHint")} mode="decimal" value={a.housingAidAmount} error={errors["housing-aid-amount"]} onValue={(v) => set("housingAidAmount", v)} />
        )}
      </Section>

      <Section id="situation-title" title={t("situationTitle")}>
        <RadioGroup
          name="nationality"
          legend={t("nationality")}
          options={(["french", "eu", "other"] as const).map((n) => ({ value: n, label: t(`nationality_${n}`) }))}
          value={a.nationality}
          error={errors["nationality-french"]}
          onValue={(v) => set("nationality", v)}
        />
        {a.nationality === "other" && (
          <RadioGroup name="valid-permit" legend={t("validPermit")} options={yesNo} value={a.validPermit} error={errors["valid-permit-yes"]} onValue={(v) => set("validPermit", v)} />
        )}
        {a.nationality === "other" && a.validPermit === "yes" && (
          <TextField id="permit-years" label={t("permitYears")} mode="decimal" value={a.permitYears} error={errors["permit-years"]} onValue={(v) => set("permitYears", v)} />
        )}
      </Section>

      <Section id="paris-title" title={t("parisTitle")}>
        <RadioGroup name="in-paris" legend={t("inParis")} options={yesNo} value={a.livesInParis} error={errors["in-paris-yes"]} onValue={(v) => set("livesInParis", v)} />
        {a.livesInParis === "yes" && (
          <>
            <SelectField id="arrondissement" label={t("arrondissement")} value={a.arrondissement} error={errors.arrondissement} onValue={(v) => set("arrondissement", v)}
              options={Array.from({ length: 20 }, (_, i) => ({ value: String(i + 1), label: i === 0 ? t("arrondissementFirst") : t("arrondissementOption", { n: i + 1 }) }))} />
            <SelectField id="paris-years" label={t("parisYears")} value={a.parisYears} error={errors["paris-years"]} onValue={(v) => set("parisYears", v)}
              options={Array.from({ length: 6 }, (_, n) => ({ value: String(n), label: t(plural("parisYears", n, lang), { n }) }))} />
          </>
        )}
      </Section>
    </>
  );
}

