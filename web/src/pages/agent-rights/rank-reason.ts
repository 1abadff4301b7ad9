// Why a household has its rank: the amount it likely goes without (Σ probability of not claiming × amount at
// stake) and how far the list has gone through its pacing group (household type × age band × main right) when it
// comes, as domain/rights/outreach/ranking.ts orders the list. Shown in the list and written in the export.
import { numberFormat, type Language, type Translate } from "../../../../domain/i18n";
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { mainRight } from "../../../../domain/rights/outreach/ranking";
import type { AgentRightsKey } from "./translations";

export function rankReason(h: OutreachHousehold, t: Translate<AgentRightsKey>, lang: Language): string {
  const euros = numberFormat(lang, { style: "currency", currency: "EUR" });
  const main = mainRight(h.rights);
  return t("rankReason", {
    priority: euros.format(h.priority),
    group: `${t(`type_${h.type}`)}, ${h.ageBand}${main ? `, ${t(`right_${main}`)}` : ""}`,
    progress: Math.round(h.groupProgress * 100),
  });
}
