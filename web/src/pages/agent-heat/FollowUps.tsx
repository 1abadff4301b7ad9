// The follow-up lists of the episode: home visits needed (three unanswered calls within 48 hours, or a wrong
// number), people passed on to emergency doctors (health) and to social workers (social).
import { dateTimeFormat, useMessages } from "../../app/i18n";
import { DataTable, type Column } from "../../components/DataTable";
import type { FollowUp } from "./api";
import { agentHeatMessages } from "./messages";

const LISTS = [
  { kind: "visit", title: "visitsTitle" },
  { kind: "health", title: "healthTitle" },
  { kind: "social", title: "socialTitle" },
] as const;

export function FollowUps({ items }: { items: FollowUp[] }) {
  const { t, lang } = useMessages(agentHeatMessages);
  const when = dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" });
  const columns: Column<FollowUp>[] = [
    { key: "name", label: t("colName"), value: (f) => f.person.name },
    { key: "phone", label: t("colPhone"), value: (f) => f.person.phone, sortable: false },
    { key: "address", label: t("colAddress"), value: (f) => [f.person.address, `${f.person.arrondissement}e`].filter(Boolean).join(", ") },
    { key: "reason", label: t("colReason"), value: (f) => f.reason },
    { key: "since", label: t("colSince"), value: (f) => f.createdAt, render: (f) => when.format(new Date(f.createdAt)) },
  ];
  return (
    <section aria-labelledby="followups-title">
      <h2 id="followups-title">{t("followupsTitle")}</h2>
      {LISTS.map((list) => (
        <div key={list.kind} data-followups={list.kind}>
          <h3>{t(list.title)}</h3>
          <DataTable caption={t(list.title)} columns={columns} rows={items.filter((f) => f.kind === list.kind)} rowKey={(f) => `${f.kind}-${f.registrationId}`}
            filterable={false} pageSize={25} emptyText={t("followupsEmpty")} />
        </div>
      ))}
    </section>
  );
}
