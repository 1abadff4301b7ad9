// One model in the register (anchor #modele-<id>): what it is for, where it runs, its overall measures, its
// fairness checks by group, its proxy checks and what cannot be measured, its limits, and links to its card
// and to the models page (a full navigation: the client router does not follow fragments).
import { useTranslations } from "../../app/i18n";
import { inLanguage, numberFormat } from "../../../../domain/i18n";
import type { PublishedModel } from "../../../../domain/algorithm-register/published";
import { registerTranslations } from "./translations";

export function ModelSection({ model }: { model: PublishedModel }) {
  const { t, lang } = useTranslations(registerTranslations);
  const fmt = numberFormat(lang, { maximumFractionDigits: 3 });
  const id = `modele-${model.id}`;
  return (
    <section id={id} aria-labelledby={`${id}-title`} class="card register-model">
      <h4 id={`${id}-title`}>{inLanguage(model.name, lang)}</h4>
      <p>
        {t("modelVersion", { version: model.version, sha: model.sha256.slice(0, 12) })} —{" "}
        {model.runsOn.map((place) => t(place === "edge" ? "runsOnEdge" : "runsOnDevice")).join(", ")}
      </p>
      <p>{inLanguage(model.description, lang)}</p>
      <p>{inLanguage(model.modelType, lang)}</p>
      <h5>{t("intendedUse")}</h5>
      <ul>{model.intendedUse.purposes.map((p, i) => <li key={i}>{inLanguage(p, lang)}</li>)}</ul>
      <h5>{t("outOfScope")}</h5>
      <ul>{model.intendedUse.outOfScope.map((p, i) => <li key={i}>{inLanguage(p, lang)}</li>)}</ul>

      <h5>{t("overall")}</h5>
      <p>{t("evaluation", { description: inLanguage(model.data.evaluation.description, lang) })}</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{t("overall")}</caption>
          <thead><tr><th scope="col">{t("colMetric")}</th><th scope="col" class="number">{t("colValue")}</th></tr></thead>
          <tbody>
            {Object.entries(model.metrics.overall).map(([name, value]) => (
              <tr key={name}><th scope="row"><code>{name}</code></th><td class="number">{fmt.format(value)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>

      <h5>{t("fairness")}</h5>
      <p>{t("fairnessIntro")}</p>
      <div class="table-scroll">
        <table data-fairness={model.id}>
          <caption class="visually-hidden">{t("fairness")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colAttribute")}</th><th scope="col">{t("colMetric")}</th><th scope="col" class="number">{t("colGroups")}</th>
              <th scope="col">{t("colWorst")}</th><th scope="col" class="number">{t("colAllowed")}</th><th scope="col">{t("colPassed")}</th>
            </tr>
          </thead>
          <tbody>
            {model.fairness.checks.map((c) => (
              <tr key={`${c.attribute}|${c.metric}`}>
                <th scope="row">{c.attribute}</th><td><code>{c.metric}</code></td><td class="number">{c.groups}</td>
                <td>{fmt.format(c.worstGap)} ({c.worstGroup})</td><td class="number">{fmt.format(c.maxGap)}</td><td>{t(c.passed ? "yes" : "no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {model.fairness.notGated.length > 0 && (
        <>
          <p>{t("notGated")}</p>
          <ul>{model.fairness.notGated.map((g) => <li key={`${g.attribute}|${g.metric}`}><strong>{g.attribute}</strong>, <code>{g.metric}</code> — {inLanguage(g.reason, lang)}</li>)}</ul>
        </>
      )}
      <ul>{model.fairness.notes.map((n, i) => <li key={i}>{inLanguage(n, lang)}</li>)}</ul>

      <h5>{t("proxies")}</h5>
      {model.fairness.proxies.length > 0 ? (
        <>
          <p>{t("proxiesIntro")}</p>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t("proxies")}</caption>
              <thead><tr><th scope="col">{t("colAttribute")}</th><th scope="col" class="number">{t("colAuc")}</th><th scope="col">{t("colNote")}</th></tr></thead>
              <tbody>
                {model.fairness.proxies.map((p) => (
                  <tr key={p.attribute}><th scope="row">{p.attribute}</th><td class="number">{fmt.format(p.auc)}</td><td>{inLanguage(p.note, lang)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>{t("none")}</p>
      )}
      {model.fairness.unmeasured.length > 0 && (
        <>
          <h5>{t("unmeasured")}</h5>
          <ul>{model.fairness.unmeasured.map((u) => <li key={u.attribute}><strong>{u.attribute}</strong> — {inLanguage(u.reason, lang)}</li>)}</ul>
        </>
      )}

      <h5>{t("limits")}</h5>
      <ul>{model.limits.map((l, i) => <li key={i}>{inLanguage(l, lang)}</li>)}</ul>
      <h5>{t("ethics")}</h5>
      <ul>{model.ethicalConsiderations.map((e, i) => <li key={i}>{inLanguage(e, lang)}</li>)}</ul>
      <p>
        <a href={model.cardUrl}>{t("cardLink")}</a> — <a href={model.page}>{t("modelPageLink")}</a>
      </p>
    </section>
  );
}
