// The outreach list as a CSV file made in the browser (never on a server): one line per household with its
// rank, rights, amounts, probabilities, priority and main factors, in the order shown.
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { csvCell } from "../../../../domain/csv/cell";

const HEADER = ["rank", "id", "arrondissement", "household_type", "age_band", "rights", "monthly_stakes", "non_take_up", "priority", "main_factors", "to_check"];

const fixed = (x: number, digits: number) => x.toFixed(digits);

/** `factors` gives each household's main factors (model feature names). */
export function outreachCsv(rows: readonly OutreachHousehold[], factors: (h: OutreachHousehold) => string[]): string {
  const lines = rows.map((h) =>
    [
      h.rank === null ? "" : String(h.rank),
      csvCell(h.id),
      h.arrondissement === null ? "" : String(h.arrondissement),
      h.type,
      h.ageBand,
      h.rights.map((r) => r.benefit).join(" "),
      h.rights.map((r) => fixed(r.monthlyStake, 2)).join(" "),
      h.rights.map((r) => fixed(r.nonTakeUp, 3)).join(" "),
      fixed(h.priority, 2),
      factors(h).join(" "),
      h.toCheck.join(" "),
    ].join(","),
  );
  return `${[HEADER.join(","), ...lines].join("\n")}\n`;
}
