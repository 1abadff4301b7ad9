// The call list of the current round, highest risk first, with each person's reasons, an outcome form per
// row and the explanation of a rank; loaded page by page with a progress bar (up to the whole register).
import { useEffect, useMemo, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import { failureText } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import type { Call, CallPage } from "../../../../domain/contracts/heat";
import type { CallStatus, FollowUpTeam } from "../../../../domain/heat/calls";
import { CALL_FILTERS, loadCalls, type CallFilter } from "./api";
import { ExplanationPanel } from "./ExplanationPanel";
import { agentHeatTranslations } from "./translations";
import { OutcomeForm } from "./OutcomeForm";
import { frenchPhone, PhoneLink } from "./PhoneLink";

export function CallList({ onPage, onRecorded }: { onPage(page: CallPage): void; onRecorded(): void }) {
  const { t, lang } = useTranslations(agentHeatTranslations);
  const [filter, setFilter] = useState<CallFilter>("open");
  const [state, setState] = useState<{ page?: CallPage; progress?: [number, number]; error?: string }>({});
  const [explained, setExplained] = useState<{ call: Call; trigger: HTMLElement } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    let current = true; // the list of an earlier filter, still loading, must not replace this one's
    setState({});
    loadCalls(filter, (loaded, total) => current && setState((s) => ({ ...s, progress: [loaded, total] })))
      .then((page) => {
        if (!current) return;
        setState({ page });
        onPage(page);
      })
      .catch((e: Error) => current && setState({ error: failureText(e) }));
    return () => {
      current = false;
    };
  }, [filter]);

  const recorded = (call: Call, status: CallStatus, team: FollowUpTeam | null) => {
    setState((s) => s.page ? { page: { ...s.page, items: s.page.items.map((c) => (c.callId === call.callId ? { ...c, status, attempts: c.attempts + 1 } : c)) } } : s);
    setNotice(`${t("outcomeSaved", { name: call.person.name, status: t(`status_${status}`) })}${team ? ` ${t("outcomeRouted", { team: t(`team_${team}`) })}` : ""}`);
    onRecorded();
  };

  const percent = numberFormat(lang, { style: "percent", maximumSignificantDigits: 2 });
  const columns = useMemo<Column<Call>[]>(
    () => [
      { key: "rank", label: t("colRank"), value: (c) => c.rank, numeric: true },
      {
        key: "name", label: t("colName"), value: (c) => c.person.name,
        render: (c) => (
          <>
            {c.person.name}
            {c.person.contact && <span class="hint"><br />{t("contact", { name: c.person.contact.name, phone: c.person.contact.phone ? frenchPhone(c.person.contact.phone) : "" })}</span>}
          </>
        ),
      },
      { key: "phone", label: t("colPhone"), value: (c) => (c.person.phone ? frenchPhone(c.person.phone) : null), sortable: false, render: (c) => <PhoneLink phone={c.person.phone} /> },
      { key: "arrondissement", label: t("colArrondissement"), value: (c) => c.person.arrondissement, numeric: true },
      { key: "risk", label: t("colRisk"), value: (c) => c.risk, numeric: true, render: (c) => percent.format(c.risk) },
      {
        key: "reasons", label: t("colReasons"), value: (c) => c.reasons.map((r) => r.labels[lang]).join(", "), sortable: false,
        render: (c) => (
          <>
            {c.reasons.length ? c.reasons.map((r) => r.labels[lang]).join(", ") : t("noReasons")}
            <br />
            <button type="button" class="link-button" onClick={(e) => setExplained({ call: c, trigger: e.currentTarget as HTMLElement })}>{t("explain")}</button>
          </>
        ),
      },
      { key: "status", label: t("colStatus"), value: (c) => t(`status_${c.status}`) },
      { key: "attempts", label: t("colAttempts"), value: (c) => c.attempts, numeric: true },
      { key: "action", label: t("colAction"), value: () => null, sortable: false, render: (c) => <OutcomeForm call={c} onRecorded={(status, team) => recorded(c, status, team)} /> },
    ],
    [lang, state.page],
  );

  return (
    <section aria-labelledby="calls-title">
      <h2 id="calls-title">{t("callsTitle")}</h2>
      <div class="field">
        <label for="calls-filter">{t("callsFilter")}</label>
        <select id="calls-filter" value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as CallFilter)}>
          {CALL_FILTERS.map((f) => <option key={f} value={f}>{t(`filter_${f}`)}</option>)}
        </select>
      </div>
      <div role="status" aria-live="polite">
        {notice && <p class="notice" data-outcome-notice>{notice}</p>}
        {!state.page && state.progress && (
          <>
            <p>{t("callsLoading", { loaded: state.progress[0], total: state.progress[1] })}</p>
            <progress value={state.progress[0]} max={state.progress[1]} aria-label={t("callsTitle")} />
          </>
        )}
      </div>
      {state.error && <p class="notice notice-error" role="alert">{t("loadError", { message: state.error })}</p>}
      {state.page && (
        <DataTable caption={t("callsTitle")} columns={columns} rows={state.page.items} rowKey={(c) => c.callId} pageSize={25} emptyText={t("callsEmpty")} />
      )}
      {explained && (
        <ExplanationPanel
          call={explained.call}
          onClose={() => {
            explained.trigger.focus();
            setExplained(null);
          }}
        />
      )}
    </section>
  );
}
