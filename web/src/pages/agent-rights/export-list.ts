// The outreach list as a CSV file made in the browser (never on a server), in the console's language: one line per
// household in rank order with its rank and why, labels (household type, rights, factors, benefits to check)
// rather than internal keys, and two labelled code columns (rights, to check) for the machines reading it. Built
// in the ranking Web Worker (rank.worker.ts) with progress, so the page does not freeze on 10,000 lines.
import { translator, type Language } from "../../../../domain/i18n";
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { csvCell } from "../../../../domain/csv/cell";
import type { ModelBenefit } from "../../../../domain/rights/outreach/stakes";
import { rightsCodeTranslations } from "../../../../domain/rights/translations";
import type { Factor } from "../../../../models/non-take-up/explain";
import { factorText } from "./factors";
import { rankReason } from "./rank-reason";
import { agentRightsTranslations } from "./translations";

export interface ListFilters {
  /** An arrondissement as the filter writes it ("none": outside Paris), or "" for all. */
  arrondissement: string;
  right: "" | ModelBenefit;
}

/** The ranked households the filters keep, in rank order (the list as shown before any column sort). */
export function filteredRanked(households: readonly OutreachHousehold[], { arrondissement, right }: ListFilters): OutreachHousehold[] {
  return households
    .filter((h) => h.rank !== null)
    .filter((h) => (arrondissement === "" || String(h.arrondissement ?? "none") === arrondissement) && (right === "" || h.rights.some((r) => r.benefit === right)))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

const HEADER_KEYS = [
  "colRank",
  "colId",
  "colArrondissement",
  "csvHouseholdType",
  "csvAgeBand",
  "colRights",
  "csvStakes",
  "csvNonTakeUp",
  "colPriority",
  "colRankReason",
  "colFactors",
  "colToCheck",
  "csvRightCodes",
  "csvToCheckCodes",
] as const;

const PROGRESS_EVERY = 500;

/** The CSV text; `factors` gives each household's main factors, `onProgress` is called every 500 lines. */
export function outreachCsv(
  rows: readonly OutreachHousehold[],
  lang: Language,
  factors: (h: OutreachHousehold) => Factor[],
  onProgress: (done: number, total: number) => void = () => {},
): string {
  const t = translator(agentRightsTranslations, lang, "digits");
  const benefitName = translator(rightsCodeTranslations, lang);
  const percent = (x: number) => x.toFixed(3);
  const lines = [HEADER_KEYS.map((k) => csvCell(t(k))).join(",")];
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i];
    lines.push(
      [
        h.rank === null ? "" : String(h.rank),
        csvCell(h.id),
        h.arrondissement === null ? "" : String(h.arrondissement),
        csvCell(t(`type_${h.type}`)),
        h.ageBand,
        csvCell(h.rights.map((r) => t(`right_${r.benefit}`)).join(" ; ")),
        h.rights.map((r) => r.monthlyStake.toFixed(2)).join(" "),
        h.rights.map((r) => percent(r.nonTakeUp)).join(" "),
        h.priority.toFixed(2),
        csvCell(rankReason(h, t, lang)),
        csvCell(factors(h).map((f) => factorText(f, h, t, lang)).join(" ; ")),
        csvCell(h.toCheck.map((b) => benefitName(`benefit.${b}`)).join(" ; ")),
        h.rights.map((r) => r.benefit).join(" "),
        h.toCheck.join(" "),
      ].join(","),
    );
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, rows.length);
  }
  onProgress(rows.length, rows.length);
  return `${lines.join("\n")}\n`;
}
