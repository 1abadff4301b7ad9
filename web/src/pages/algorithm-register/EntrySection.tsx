// One use case in the register (anchor #<entry id>): in short, algorithms, legal basis, human oversight, the
// person's rights, data and retention, risks, non-discrimination, the fundamental-rights assessment, the AI Act
// duties and where they are met, follow-up, responsibility, and its models.
import type { ComponentChildren } from "preact";
import { useTranslations } from "../../app/i18n";
import { inLanguage, plural, type Bilingual } from "../../../../domain/i18n";
import type { PublishedEntry } from "../../../../domain/algorithm-register/published";
import type { Role } from "../../../../domain/contracts/roles";
import { isWebLink, longDate, personalKey, riskKey, roleKey, seriousnessKey, statusKey, useKey } from "./labels";
import { registerTranslations } from "./translations";
import { ModelSection } from "./ModelSection";

function Block({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <>
      <h4>{title}</h4>
      {children}
    </>
  );
}

function Reference({ link }: { link: string }) {
  return isWebLink(link) ? <a href={link}>{link}</a> : <code>{link}</code>;
}

export function EntrySection({ entry }: { entry: PublishedEntry }) {
  const { t, lang } = useTranslations(registerTranslations);
  const l = (text: Bilingual) => inLanguage(text, lang);
  const roles = (list: readonly Role[]) => (list.length ? list.map((r) => t(roleKey[r])).join(", ") : t("nobody"));
  const retention = (days: number) =>
    days % 365 === 0 ? t(plural("years", days / 365, lang), { count: days / 365 }) : t(plural("days", days, lang), { count: days });
  const section = (suffix: string) => `${entry.id}-${suffix}`;
  return (
    <section id={entry.id} aria-labelledby={`${entry.id}-title`} class="register-entry">
      <h2 id={`${entry.id}-title`}>{l(entry.name)}</h2>
      <p class="lead">{l(entry.summary)}</p>
      <p><strong>{t("status", { status: t(statusKey[entry.status]) })}</strong> — {t("riskCategory", { level: t(riskKey[entry.riskCategory.level]) })}</p>

      <h3 id={section("en-bref")}>{t("inShort")}</h3>
      <p>{l(entry.description)}</p>
      <Block title={t("scope")}><p>{l(entry.scope)}</p></Block>
      <Block title={t("benefit")}><p>{l(entry.benefit)}</p></Block>
      <Block title={t("impact")}><p>{l(entry.impact)}</p></Block>

      <h3 id={section("algorithmes")}>{t("algorithms")}</h3>
      <ul>
        {entry.algorithms.map((a) => (
          <li key={a.id}>
            <strong>{l(a.name)}</strong> ({t(a.kind === "model" ? "algorithmKindModel" : "algorithmKindRule")}, <code>{a.id}</code>) — {l(a.role)}{" "}
            {t("algorithmSource")} <Reference link={a.source} />
          </li>
        ))}
      </ul>
      <Block title={t("modelType")}><p>{l(entry.modelType)}</p></Block>
      <Block title={t("legalBasis")}>
        <p>{l(entry.legalBasis.text)}</p>
        <ul>{entry.legalBasis.references.map((r) => <li key={r.url}>{r.label} — <Reference link={r.url} /></li>)}</ul>
      </Block>
      <Block title={t("decisionProcess")}><p>{l(entry.decisionMakingProcess)}</p></Block>
      <Block title={t("proportionality")}><p>{l(entry.proportionality)}</p></Block>
      <Block title={t("alternatives")}><p>{l(entry.alternativesConsidered)}</p></Block>

      <h3 id={section("controle-humain")}>{t("oversight")}</h3>
      <Block title={t("humanDecisions")}><p>{l(entry.humanDecisions)}</p></Block>
      <Block title={t("processIntegration")}><p>{l(entry.processIntegration)}</p></Block>
      <Block title={t("providedInformation")}><p>{l(entry.providedInformation)}</p></Block>
      <Block title={t("requiredTraining")}><p>{l(entry.requiredTraining)}</p></Block>

      <h3 id={section("vos-droits")}>{t("yourRights")}</h3>
      <Block title={t("mention")}><p class="callout">{l(entry.crpa.mention)}</p></Block>
      <Block title={t("explanation")}>
        <p>{l(entry.crpa.explanation)}</p>
        {entry.explanations.length > 0 && <p>{t("explanationRoutes", { kinds: entry.explanations.map((x) => x.kind).join(", ") })}</p>}
      </Block>
      <Block title={t("appeals")}><p>{l(entry.appealsAndReview)}</p></Block>
      <Block title={t("subjectRights")}>
        <ul>
          {entry.dataClasses.filter((d) => d.personal).map((d) => {
            const rights = entry.subjectRights[d.id];
            return (
              <li key={d.id}>
                <strong>{l(d.description)}</strong> —{" "}
                {!rights ? t("none") : "none" in rights ? t("noSelfService", { reason: l(rights.none) }) : `${t("exportAt", { route: rights.export })}. ${t("eraseAt", { route: rights.erasure })}. ${l(rights.how)}`}
              </li>
            );
          })}
        </ul>
      </Block>

      <h3 id={section("donnees")}>{t("data")}</h3>
      <div class="table-scroll">
        <table>
          <caption>{t("dataSources")}</caption>
          <thead>
            <tr><th scope="col">{t("colSource")}</th><th scope="col">{t("colDescription")}</th><th scope="col">{t("colPersonal")}</th><th scope="col">{t("colCollection")}</th><th scope="col">{t("colUse")}</th></tr>
          </thead>
          <tbody>
            {entry.data.sources.map((s, i) => (
              <tr key={i}>
                <th scope="row">{l(s.name)}<br /><Reference link={s.url} /></th>
                <td>{l(s.description)}</td><td>{t(personalKey[s.personalData])}</td><td>{l(s.collection)}</td>
                <td>{s.use.map((u) => t(useKey[u])).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Block title={t("trainingData")}><p>{l(entry.data.training)}</p></Block>
      <Block title={t("accessAndStorage")}>
        <p>{l(entry.data.accessAndStorage)}</p>
        <p>{t("readers", { roles: roles(entry.access.readers) })}</p>
        {entry.access.operators.length > 0 && <p>{t("operators", { roles: roles(entry.access.operators) })}</p>}
      </Block>
      <div class="table-scroll">
        <table>
          <caption>{t("retention")}</caption>
          <thead><tr><th scope="col">{t("colDataClass")}</th><th scope="col">{t("colPersonalData")}</th><th scope="col">{t("colRetention")}</th><th scope="col">{t("colJustification")}</th></tr></thead>
          <tbody>
            {entry.dataClasses.map((d) => (
              <tr key={d.id}><th scope="row">{l(d.description)}</th><td>{t(d.personal ? "yes" : "no")}</td><td>{retention(d.retentionDays)}</td><td>{l(d.justification)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <Block title={t("sharing")}><p>{l(entry.data.sharingAgreements)}</p></Block>
      <Block title={t("connectedSources")}><p>{l(entry.data.connectedSources)}</p></Block>
      <Block title={t("dataBias")}><p>{l(entry.data.bias)}</p></Block>

      <h3 id={section("risques")}>{t("risks")}</h3>
      <p>{l(entry.riskCategory.reason)}</p>
      <ul>
        {entry.risks.map((r, i) => (
          <li key={i}><strong>{l(r.name)}</strong> — {l(r.description)} <em>{t("mitigation")}</em> {l(r.mitigation)}</li>
        ))}
      </ul>
      <Block title={t("nonDiscrimination")}>
        <p>{l(entry.nonDiscrimination)}</p>
        <p>{t("protectedUsed")}</p>
        {entry.protectedAttributesUsed.length ? (
          <ul>{entry.protectedAttributesUsed.map((p) => <li key={p.attribute}><strong>{p.attribute}</strong> — {l(p.why)}</li>)}</ul>
        ) : (
          <p>{t("protectedNone")}</p>
        )}
      </Block>

      <h3 id={section("droits-fondamentaux")}>{t("fundamentalRights")}</h3>
      <ul>{entry.impactAssessments.map((a, i) => <li key={i}><strong>{l(a.name)}</strong> ({a.date}) — {l(a.description)}</li>)}</ul>
      <Block title={t("fraiaWhy")}><p>{l(entry.fundamentalRights.why)}</p></Block>
      <Block title={t("fraiaWhat")}><p>{l(entry.fundamentalRights.what)}</p></Block>
      <Block title={t("fraiaHow")}><p>{l(entry.fundamentalRights.how)}</p></Block>
      <div class="table-scroll">
        <table>
          <caption>{t("fundamentalRights")}</caption>
          <thead><tr><th scope="col">{t("colRight")}</th><th scope="col">{t("colSeriousness")}</th><th scope="col">{t("colAssessment")}</th></tr></thead>
          <tbody>
            {entry.fundamentalRights.rights.map((r, i) => (
              <tr key={i}><th scope="row">{l(r.right)}</th><td>{t(seriousnessKey[r.seriousness])}</td><td>{l(r.assessment)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <Block title={t("necessity")}><p>{l(entry.fundamentalRights.necessityAndSubsidiarity)}</p></Block>
      <Block title={t("balance")}><p>{l(entry.fundamentalRights.balance)}</p></Block>

      <h3 id={section("ai-act")}>{t("aiAct")}</h3>
      <Block title={t("aiActRole")}><p>{l(entry.aiAct.role)}</p></Block>
      <Block title={t("aiActLogs", { retention: retention(entry.aiAct.logs.retentionDays) })}><p>{l(entry.aiAct.logs.where)}</p></Block>
      <Block title={t("aiActInformed")}><p>{l(entry.aiAct.informed.how)}</p></Block>
      <Block title={t("aiActFria")}>
        {entry.aiAct.fria.due ? (
          <dl>
            <dt>{t("friaProcesses")}</dt><dd>{l(entry.aiAct.fria.processes)}</dd>
            <dt>{t("friaPeriod")}</dt><dd>{l(entry.aiAct.fria.periodAndFrequency)}</dd>
            <dt>{t("friaPersons")}</dt><dd>{l(entry.aiAct.fria.affectedPersons)}</dd>
            <dt>{t("friaRisks")}</dt><dd>{l(entry.aiAct.fria.risksOfHarm)}</dd>
            <dt>{t("friaOversight")}</dt><dd>{l(entry.aiAct.fria.humanOversight)}</dd>
            <dt>{t("friaMeasures")}</dt><dd>{l(entry.aiAct.fria.ifRisksMaterialise)}</dd>
            <dt>{t("friaNotification")}</dt><dd>{l(entry.aiAct.fria.notification)}</dd>
          </dl>
        ) : (
          <p>{t("friaNotDue", { why: l(entry.aiAct.fria.why) })}</p>
        )}
      </Block>
      <Block title={t("aiActTransparency", { applies: t(entry.aiAct.transparency.applies ? "yes" : "no") })}><p>{l(entry.aiAct.transparency.how)}</p></Block>
      <Block title={t("aiActExplanation")}>
        <p><strong>{t("aiActHowToAsk")}</strong> {l(entry.aiAct.explanation.howToAsk)}</p>
        <p><strong>{t("aiActAnswer")}</strong> {l(entry.aiAct.explanation.answer)}</p>
      </Block>

      <h3 id={section("suivi")}>{t("followUp")}</h3>
      <Block title={t("frequency")}><p>{l(entry.frequencyOfUse)}</p></Block>
      <Block title={t("monitoring")}><p>{l(entry.monitoring)}</p></Block>
      <Block title={t("maintenance")}><p>{l(entry.maintenance)}</p></Block>
      <Block title={t("rollback")}><p>{l(entry.rollback)}</p></Block>

      <h3 id={section("responsables")}>{t("responsibility")}</h3>
      <ul>
        <li>{t("organisation", { name: entry.organisation })}</li>
        <li>{t("team", { name: l(entry.team) })}</li>
        <li>{t("owner", { name: l(entry.seniorResponsibleOwner) })}</li>
        <li>{t("supplier", { name: entry.supplier.name })} — {l(entry.supplier.role)}</li>
        <li>{t("contact")} <a href={`mailto:${entry.contact.email}`}>{entry.contact.email}</a> ({l(entry.contact.name)})</li>
        {entry.contact.phone && <li>{t("contactPhone", { phone: entry.contact.phone })}</li>}
        <li>{t("architecture")} <Reference link={entry.systemArchitecture} /></li>
        <li>{t("codebase")} <Reference link={entry.codebase} /></li>
      </ul>
      <p>{t("dates", { published: longDate(entry.publicationDate, lang), changed: longDate(entry.lastChangeDate, lang), revision: longDate(entry.revisionDate, lang), note: l(entry.revisionNote) })}</p>

      <h3 id={section("modeles")}>{t("models")}</h3>
      {entry.models.length ? entry.models.map((m) => <ModelSection key={m.id} model={m} />) : <p>{t("none")}</p>}
    </section>
  );
}
