// The case list's map: the cases matching the list's filters counted by the quartier administratif of their sale
// (GET /sales/quartiers/cases), shaded on the map of Paris, with the 80 quartiers in a sortable data table as its
// text alternative and the cases that could not be placed.
import { useEffect, useMemo, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { plural } from "../../../../domain/i18n";
import { failureText } from "../../api/client";
import { AreaMap } from "../../components/AreaMap";
import { DataTable, type Column } from "../../components/DataTable";
import type { QuartierCases } from "../../../../domain/contracts/sales";
import { casesByQuartier, type CaseQuery } from "./api";
import { useArrondissementName } from "./arrondissement-name";
import { salesTranslations } from "./translations";

type Row = QuartierCases["quartiers"][number];

export function QuartierCasesMap({ query, refresh }: { query: CaseQuery; refresh: number }) {
  const { t, lang } = useTranslations(salesTranslations);
  const name = useArrondissementName();
  const [state, setState] = useState<{ counts?: QuartierCases; error?: string }>({});
  useEffect(() => {
    let current = true;
    casesByQuartier(query)
      .then((counts) => current && setState({ counts }))
      .catch((e: Error) => current && setState({ error: failureText(e) }));
    return () => {
      current = false;
    };
  }, [query.status, query.arrondissement, query.from, query.to, query.minScore, query.rule, refresh]);
  const counts = state.counts;
  const shading = useMemo(() => counts && { values: new Map(counts.quartiers.map((q) => [q.quartier.code, q.cases])), format: String }, [counts]);
  const columns = useMemo(
    (): Column<Row>[] => [
      { key: "quartier", label: t("colQuartier"), value: (r) => r.quartier.name },
      { key: "arrondissement", label: t("colArrondissement"), value: (r) => r.quartier.arrondissement, render: (r) => name(r.quartier.arrondissement) },
      { key: "cases", label: t("colQuartierCases"), value: (r) => r.cases, numeric: true },
    ],
    [lang],
  );
  return (
    <section aria-labelledby="quartier-map-title">
      <h3 id="quartier-map-title">{t("quartierMapTitle")}</h3>
      <p>{t("quartierMapIntro")}</p>
      {state.error && <p class="notice notice-error" role="alert">{t("loadError", { message: state.error })}</p>}
      {!counts && !state.error && <p class="loading" role="status">{t("quartierMapLoading")}</p>}
      {counts && shading && (
        <>
          {counts.unplaced > 0 && <p data-unplaced={counts.unplaced}>{t(plural("quartierMapUnplaced", counts.unplaced, lang), { n: counts.unplaced })}</p>}
          <AreaMap title={t("quartierMapTitle")} shading={shading} labels="arrondissements" credits={[t("salesCredit")]}>
            <DataTable caption={t("quartierMapCaption")} columns={columns} rows={counts.quartiers} rowKey={(r) => String(r.quartier.code)} initialSort={{ key: "cases", descending: true }} pageSize={20} />
          </AreaMap>
        </>
      )}
    </section>
  );
}
