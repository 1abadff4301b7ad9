// The ranked outreach list: filters by arrondissement and right, the shared sortable table (one page of rows in
// the DOM) with each household's rights, amounts, probabilities and main factors, an "explain" button on each
// row, each rank's reason, and the export of the filtered list as a CSV made in the ranking worker.
import { useMemo, useRef, useState } from "preact/hooks";
import { DataTable, type Column } from "../../components/DataTable";
import { useTranslations } from "../../app/i18n";
import { numberFormat, translator } from "../../../../domain/i18n";
import { MODEL_BENEFITS, type ModelBenefit } from "../../../../domain/rights/outreach/stakes";
import type { Factor } from "../../../../models/non-take-up/explain";
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { downloadText } from "../../app/download";
import { rightsCodeTranslations } from "../../../../domain/rights/translations";
import { filteredRanked } from "./export-list";
import { factorText } from "./factors";
import { hasHouseholdSignal } from "../../../../models/non-take-up/signal";
import { rankReason } from "./rank-reason";
import { exportInWorker } from "./ranking";
import { agentRightsTranslations } from "./translations";

interface Props {
  households: OutreachHousehold[];
  date: string;
  /** Main factors of a household, once the model's trees are loaded. */
  factors: ((h: OutreachHousehold) => Factor[]) | null;
  onExplain(household: OutreachHousehold, trigger: HTMLElement): void;
}

export function OutreachList({ households, date, factors, onExplain }: Props) {
  const { t, lang } = useTranslations(agentRightsTranslations);
  const [arrondissement, setArrondissement] = useState("");
  const [right, setRight] = useState<"" | ModelBenefit>("");
  const explain = useRef(onExplain);
  explain.current = onExplain;
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const ranked = useMemo(() => households.filter((h) => h.rank !== null), [households]);
  const arrondissements = useMemo(() => [...new Set(ranked.map((h) => h.arrondissement))].sort((a, b) => (a ?? 99) - (b ?? 99)), [ranked]);
  const rows = useMemo(() => filteredRanked(ranked, { arrondissement, right }), [ranked, arrondissement, right]);
  const onExport = async () => {
    setExportFailure(null);
    setExporting({ done: 0, total: rows.length });
    try {
      const csv = await exportInWorker({ arrondissement, right }, lang, (done, total) => setExporting({ done, total }));
      downloadText(`aller-vers-${date}.csv`, csv, "text/csv");
    } catch (error) {
      setExportFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(null);
    }
  };
  const arrLabel = (n: number | null) => (n === null ? t("outsideParis") : n === 1 ? t("arrondissementFirstShort") : t("arrondissementShort", { n }));

  const columns = useMemo<Column<OutreachHousehold>[]>(() => {
    const euros = numberFormat(lang, { style: "currency", currency: "EUR" });
    const percent = numberFormat(lang, { style: "percent" });
    const benefitName = translator(rightsCodeTranslations, lang);
    return [
      { key: "rank", label: t("colRank"), value: (h) => h.rank, numeric: true },
      { key: "id", label: t("colId"), value: (h) => h.id },
      { key: "arrondissement", label: t("colArrondissement"), value: (h) => h.arrondissement, render: (h) => arrLabel(h.arrondissement) },
      { key: "household", label: t("colHousehold"), value: (h) => `${t(`type_${h.type}`)}, ${h.ageBand}` },
      {
        key: "rights",
        label: t("colRights"),
        sortable: false,
        value: (h) => h.rights.map((r) => t(`right_${r.benefit}`)).join(" "),
        render: (h) => (
          <ul class="plain">
            {h.rights.map((r) => (
              <li key={r.benefit}>
                {t(hasHouseholdSignal(r.benefit) ? "rightAmount" : "rightAmountNational", { right: t(`right_${r.benefit}`), amount: euros.format(r.monthlyStake), probability: percent.format(r.nonTakeUp) })}
              </li>
            ))}
          </ul>
        ),
      },
      {
        key: "factors",
        label: t("colFactors"),
        sortable: false,
        // A household's factors are computed (TreeSHAP) when its row is shown: not for every row at each filter.
        searchable: false,
        value: (h) => (factors ? factors(h).map((f) => factorText(f, h, t, lang)).join(", ") : null),
        render: (h) => (factors ? factors(h).map((f) => factorText(f, h, t, lang)).join(", ") : t("factorsPending")),
      },
      { key: "priority", label: t("colPriority"), value: (h) => Math.round(h.priority * 100) / 100, numeric: true, render: (h) => euros.format(h.priority) },
      { key: "rankReason", label: t("colRankReason"), sortable: false, value: (h) => rankReason(h, t, lang) },
      { key: "toCheck", label: t("colToCheck"), value: (h) => h.toCheck.map((b) => benefitName(`benefit.${b}`)).join(", ") },
      {
        key: "explain",
        label: t("colExplain"),
        sortable: false,
        value: () => null,
        render: (h) => (
          <button type="button" class="button-secondary" aria-label={t("explain", { id: h.id })} onClick={(e) => explain.current(h, e.currentTarget as HTMLElement)}>
            {t("explainShort")}
          </button>
        ),
      },
    ];
  }, [lang, factors]);

  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">{t("listTitle")}</h2>
      {ranked.length === 0 ? (
        <p>{t("noRanked")}</p>
      ) : (
        <>
          <div class="filters">
            <div class="field">
              <label for="filter-arrondissement">{t("filterArrondissement")}</label>
              <select id="filter-arrondissement" value={arrondissement} onChange={(e) => setArrondissement((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{t("all")}</option>
                {arrondissements.map((n) => <option key={String(n)} value={String(n ?? "none")}>{arrLabel(n)}</option>)}
              </select>
            </div>
            <div class="field">
              <label for="filter-right">{t("filterRight")}</label>
              <select id="filter-right" value={right} onChange={(e) => setRight((e.currentTarget as HTMLSelectElement).value as "" | ModelBenefit)}>
                <option value="">{t("all")}</option>
                {MODEL_BENEFITS.map((b) => <option key={b} value={b}>{t(`right_${b}`)}</option>)}
              </select>
            </div>
          </div>
          <p>
            <button type="button" id="export-list" aria-describedby="export-hint" disabled={exporting !== null} onClick={onExport}>
              {t("export")}
            </button>
          </p>
          <div role="status" aria-live="polite">
            {exporting && (
              <div class="progress" data-exporting>
                <label for="export-progress">{t("exporting", { done: exporting.done, total: exporting.total })}</label>
                <progress id="export-progress" max={exporting.total || undefined} value={exporting.done} />
              </div>
            )}
          </div>
          {exportFailure && <p class="notice notice-error" role="alert">{t("exportFailed", { message: exportFailure })}</p>}
          <p class="hint" id="export-hint">{t("exportHint")}</p>
          <DataTable caption={t("listCaption")} columns={columns} rows={rows} rowKey={(h) => h.id} initialSort={{ key: "rank", descending: false }} pageSize={25} />
        </>
      )}
    </section>
  );
}
