// Short words for the items that most raise a household's likelihood of not claiming (mainFactors, TreeSHAP),
// computed once per household and shown in the list and its export.
import type { GbdtModel } from "../../../../models/lib/gbdt-model";
import { mainFactors, type Factor } from "../../../../models/non-take-up/explain";
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { mainRight } from "../../../../domain/rights/outreach/ranking";
import { plural, type Language, type Translate } from "../../../../domain/i18n";
import type { AgentRightsKey } from "./translations";

export function factorText(f: Factor, h: OutreachHousehold, t: Translate<AgentRightsKey>, lang: Language): string {
  if (f.feature.startsWith("benefit")) return t("factor_benefit", { right: t(`right_${mainRight(h.rights)!}`) });
  if (f.feature === "monthlyStake") return t("factor_monthlyStake");
  if (f.feature === "children") return t(plural("factor_children", f.value, lang), { n: f.value });
  if (f.feature === "oldestAdultAge") return t("factor_oldestAdultAge", { n: f.value });
  return t(`factor_${f.feature}_${f.value ? "on" : "off"}` as AgentRightsKey);
}

/** The main factors of each household, computed on first use and kept. */
export function factorCache(trees: GbdtModel, date: string): (h: OutreachHousehold) => Factor[] {
  const cache = new Map<string, Factor[]>();
  return (h) => {
    let factors = cache.get(h.id);
    if (!factors) {
      factors = mainFactors(h, trees, date);
      cache.set(h.id, factors);
    }
    return factors;
  };
}
