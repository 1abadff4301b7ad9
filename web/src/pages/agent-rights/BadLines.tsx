// The lines of the file that could not be processed: line number, household id, column and reason, one row
// per problem, in the shared sortable table.
import { DataTable, type Column } from "../../components/DataTable";
import { useTranslations } from "../../app/i18n";
import type { BadLine, CsvProblem } from "../../../../domain/rights/outreach/household-csv";
import { agentRightsTranslations, type AgentRightsKey } from "./translations";

interface ProblemRow {
  key: string;
  line: number;
  id: string;
  problem: CsvProblem;
}

export function BadLines({ badLines }: { badLines: BadLine[] }) {
  const { t } = useTranslations(agentRightsTranslations);
  const rows: ProblemRow[] = badLines.flatMap((b) => b.problems.map((problem, i) => ({ key: `${b.line}-${i}`, line: b.line, id: b.id ?? "", problem })));
  const reason = (p: CsvProblem) => t(`reason_${p.code}` as AgentRightsKey, p.params);
  const columns: Column<ProblemRow>[] = [
    { key: "line", label: t("colLine"), value: (r) => r.line, numeric: true },
    { key: "id", label: t("colId"), value: (r) => r.id },
    { key: "column", label: t("colColumn"), value: (r) => r.problem.column, render: (r) => <code>{r.problem.column}</code> },
    { key: "reason", label: t("colReason"), value: (r) => reason(r.problem) },
  ];
  return (
    <section aria-labelledby="bad-title" data-bad-lines={badLines.length}>
      <h2 id="bad-title">{t("badTitle")}</h2>
      {badLines.length === 0 ? (
        <p>{t("noBad")}</p>
      ) : (
        <>
          <p>{t("badIntro")}</p>
          <DataTable caption={t("badCaption")} columns={columns} rows={rows} rowKey={(r) => r.key} initialSort={{ key: "line", descending: false }} pageSize={20} />
        </>
      )}
    </section>
  );
}
