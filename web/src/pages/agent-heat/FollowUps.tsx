// The follow-up lists of the episode: home visits needed (three unanswered calls within 48 hours, or a wrong
// number), people passed on to emergency doctors (health) and to social workers (social).
import { useMemo } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat } from "../../../../domain/i18n";
import { DataTable, type Column } from "../../components/DataTable";
import type { FollowUp } from "../../../../domain/contracts/heat";
import { agentHeatTranslations, type AgentHeatKey } from "./translations";
import { frenchPhone, PhoneLink } from "./PhoneLink";

const LISTS = [
  { kind: "visit", title: "visitsTitle" },
  { kind: "health", title: "healthTitle" },
  { kind: "social", title: "socialTitle" },
] as const;

/** Why the person is on the list, in the page's language: the unanswered calls of the visit rule, or the call's outcome. */
function reasonText(f: FollowUp, t: (key: AgentHeatKey, params?: Record<string, string | number>) => string): string {
  return f.unanswered ? t("reasonUnanswered", { calls: f.unanswered.calls, hours: f.unanswered.withinHours }) : t(`outcome_${f.reason}`);
}

export function FollowUps({ items }: { items: FollowUp[] }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  const columns = useMemo<Column<FollowUp>[]>(() => {
    const when = dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" });
    return [
      { key: "name", label: t("colName"), value: (f) => f.person.name },
      { key: "phone", label: t("colPhone"), value: (f) => (f.person.phone ? frenchPhone(f.person.phone) : null), sortable: false, render: (f) => <PhoneLink phone={f.person.phone} /> },
      { key: "address", label: t("colAddress"), value: (f) => [f.person.address, t("arrondissement", { n: f.person.arrondissement })].filter(Boolean).join(", ") },
      { key: "reason", label: t("colReason"), value: (f) => reasonText(f, t) },
      { key: "since", label: t("colSince"), value: (f) => f.createdAt, render: (f) => when.format(new Date(f.createdAt)) },
    ];
  }, [lang]);
  const lists = useMemo(() => LISTS.map((list) => ({ ...list, rows: items.filter((f) => f.kind === list.kind) })), [items]);
  return (
    <section aria-labelledby="followups-title">
      <h2 id="followups-title">{t("followupsTitle")}</h2>
      {lists.map((list) => (
        <div key={list.kind} data-followups={list.kind}>
          <h3>{t(list.title)}</h3>
          <DataTable caption={t(list.title)} columns={columns} rows={list.rows} rowKey={(f) => `${f.kind}-${f.registrationId}`}
            filterable={false} pageSize={25} emptyText={t("followupsEmpty")} />
        </div>
      ))}
    </section>
  );
}
