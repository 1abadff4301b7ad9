// The case list: filters (status, arrondissement, reason, sale period, minimum score), server-side sort by
// score, date, price or arrondissement, and pages of 50 — only one page is ever in the DOM, so 20,000 cases
// stay fast — with a link to each case and the CSV export of referred cases.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat, plural } from "../../../../domain/i18n";
import { Link } from "../../app/navigation";
import { failureText } from "../../api/client";
import { downloadText } from "../../app/download";
import { Pagination, SortableHeader } from "../../components/TableControls";
import { CASE_STATUS_FILTERS, type CaseSort, type CaseSummary } from "../../../../domain/contracts/sales";
import { CASE_RULES } from "../../../../domain/sales/triage";
import { listCases, PAGE_SIZE, referredCasesCsv, type CaseQuery } from "./api";
import { QuartierCasesMap } from "./QuartierCasesMap";
import { salesTranslations } from "./translations";
import { useArrondissementName } from "./arrondissement-name";

const INITIAL: CaseQuery = { status: "open", arrondissement: "", from: "", to: "", minScore: "", rule: "", sort: "score", order: "desc", offset: 0 };
const ARRONDISSEMENTS = Array.from({ length: 20 }, (_, i) => i + 1);

export const caseHref = (id: string) => `/agent/ventes?cas=${encodeURIComponent(id)}`;

function Filters({ query, onApply }: { query: CaseQuery; onApply(query: CaseQuery): void }) {
  const { t } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const [draft, setDraft] = useState(query);
  const set = (key: keyof CaseQuery) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form
      class="sales-filters"
      aria-label={t("filtersTitle")}
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...draft, offset: 0 });
      }}
    >
      <div class="field">
        <label for="f-status">{t("filterStatus")}</label>
        <select id="f-status" value={draft.status} onChange={set("status")}>
          {CASE_STATUS_FILTERS.map((s) => <option key={s} value={s}>{t(`caseStatus_${s}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="f-arrondissement">{t("filterArrondissement")}</label>
        <select id="f-arrondissement" value={draft.arrondissement} onChange={set("arrondissement")}>
          <option value="">{t("allArrondissements")}</option>
          {ARRONDISSEMENTS.map((n) => <option key={n} value={String(n)}>{name(n)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="f-rule">{t("filterRule")}</label>
        <select id="f-rule" value={draft.rule} onChange={set("rule")}>
          <option value="">{t("allRules")}</option>
          {CASE_RULES.map((r) => <option key={r} value={r}>{t(`rule_${r}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="f-from">{t("filterFrom")}</label>
        <input id="f-from" type="date" value={draft.from} onChange={set("from")} />
      </div>
      <div class="field">
        <label for="f-to">{t("filterTo")}</label>
        <input id="f-to" type="date" value={draft.to} onChange={set("to")} />
      </div>
      <div class="field">
        <label for="f-score">{t("filterMinScore")}</label>
        <p class="hint" id="f-score-hint">{t("filterMinScoreHint")}</p>
        <input
          id="f-score"
          type="number"
          min={0}
          max={100}
          step={5}
          aria-describedby="f-score-hint"
          value={draft.minScore === "" ? "" : String(Math.round(Number(draft.minScore) * 100))}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            setDraft({ ...draft, minScore: value === "" ? "" : String(Math.min(100, Math.max(0, Number(value))) / 100) });
          }}
        />
      </div>
      <div class="field">
        <button type="submit">{t("applyFilters")}</button>
      </div>
    </form>
  );
}

export function CaseList({ refresh }: { refresh: number }) {
  const { t, lang } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const [query, setQuery] = useState<CaseQuery>(INITIAL);
  const [state, setState] = useState<{ items?: CaseSummary[]; total?: number; error?: string }>({});
  const [exported, setExported] = useState<string | null>(null);
  useEffect(() => {
    let current = true; // a slower answer to an earlier query must not replace this one's
    setState((s) => ({ ...s, error: undefined }));
    listCases(query)
      .then((page) => current && setState(page))
      .catch((e: Error) => current && setState({ error: failureText(e) }));
    return () => {
      current = false;
    };
  }, [query, refresh]);

  const euros = numberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const percent = numberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  const day = dateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const sort = (column: CaseSort) => setQuery({ ...query, sort: column, order: query.sort === column && query.order === "desc" ? "asc" : "desc", offset: 0 });
  const header = (column: CaseSort, label: string) => (
    <SortableHeader
      label={label}
      numeric={column !== "arrondissement"}
      sorted={query.sort === column ? (query.order === "asc" ? "ascending" : "descending") : undefined}
      onSort={() => sort(column)}
    />
  );
  const pages = Math.max(1, Math.ceil((state.total ?? 0) / PAGE_SIZE));
  const page = Math.floor(query.offset / PAGE_SIZE);
  const exportCsv = () =>
    referredCasesCsv()
      .then((csv) => {
        downloadText("dossiers-transmis.csv", csv, "text/csv");
        const count = Math.max(0, csv.trimEnd().split("\r\n").length - 1);
        setExported(t(plural("exported", count, lang), { count }));
      })
      .catch((e: Error) => setExported(t("loadError", { message: failureText(e) })));

  return (
    <section aria-labelledby="cases-title">
      <h2 id="cases-title">{t("casesTitle")}</h2>
      <Filters query={query} onApply={setQuery} />
      <p>
        <button type="button" class="button-secondary" onClick={exportCsv}>{t("exportCsv")}</button>
      </p>
      <div role="status" aria-live="polite">
        {exported && <p data-exported>{exported}</p>}
        {state.total !== undefined && <p data-cases-total={state.total}>{t(plural("casesCount", state.total, lang), { total: state.total })}</p>}
        {!state.items && !state.error && <p class="loading">{t("casesLoading")}</p>}
      </div>
      {state.error && <p class="notice notice-error" role="alert">{t("loadError", { message: state.error })}</p>}
      {state.items && (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t("casesCaption")}</caption>
            <thead>
              <tr>
                {header("score", t("colScore"))}
                <th scope="col">{t("colRule")}</th>
                {header("date", t("colDate"))}
                {header("arrondissement", t("colArrondissement"))}
                <th scope="col">{t("colAddress")}</th>
                {header("price", t("colPrice"))}
                <th scope="col" class="number">{t("colExpected")}</th>
                <th scope="col">{t("colCaseStatus")}</th>
                <th scope="col">{t("colOpen")}</th>
              </tr>
            </thead>
            <tbody>
              {state.items.map((c) => (
                <tr key={c.id} data-case={c.id}>
                  <td class="number">{percent.format(c.score)}</td>
                  <td>{t(`rule_${c.rule}`)}</td>
                  <td>{day.format(new Date(`${c.sale.date}T00:00:00Z`))}</td>
                  <td>{name(c.sale.arrondissement)}</td>
                  <td>{c.sale.address}</td>
                  <td class="number">{euros.format(c.sale.price)}</td>
                  <td class="number">{c.sale.expectedPrice === null ? "—" : euros.format(c.sale.expectedPrice)}</td>
                  <td>{t(`caseStatus_${c.status}`)}</td>
                  <td><Link href={caseHref(c.id)} aria-label={t("openCase", { id: c.id })}>{c.id}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.items && !state.items.length && <p>{t("casesEmpty")}</p>}
      <Pagination caption={t("casesCaption")} page={page} pages={pages} onPage={(p) => setQuery({ ...query, offset: p * PAGE_SIZE })} />
      <QuartierCasesMap query={query} refresh={refresh} />
    </section>
  );
}
