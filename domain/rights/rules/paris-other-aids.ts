// The other aids of the City of Paris's published list (Espaces parisiens des solidarités): Paris Énergie Familles,
// Paris Forfait Familles and Complément Santé Paris. Their current amounts and resource ceilings could not be
// verified on paris.fr: the engine checks the conditions it knows (living in Paris, children, age, the free CSS)
// and answers "maybe" without amount, saying why.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import type { Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import { parisConditions } from "./paris.ts";
import type { BenefitResult, RuleOutcome } from "./types.ts";

const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };
const unverified: RuleOutcome = { eligible: "maybe", monthlyAmount: null };
const paysHousing = (h: Household) => h.housing.status !== "hostedFree" && h.housing.status !== "homeless";

/** A family aid of the city: Paris conditions, at least a number of children, housing costs paid; amount not verified. */
function familyAid(
  h: Household,
  f: HouseholdFacts,
  p: ParamsAt,
  t: Trace,
  aid: { minChildren: "energieFamillesMinChildren" | "forfaitFamillesMinChildren"; conditions: "parisEnergieFamilles.conditions" | "parisForfaitFamilles.conditions" },
): RuleOutcome {
  if (parisConditions(h, f, p, t) === false) return notEligible;
  const minimum = p.num("paris", aid.minChildren);
  if (f.children < minimum || !paysHousing(h)) {
    t.because(aid.conditions, { children: minimum });
    return notEligible;
  }
  t.because("paris.amountUnverified");
  return unverified;
}

export const parisEnergieFamillesRule = (h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace) =>
  familyAid(h, f, p, t, { minChildren: "energieFamillesMinChildren", conditions: "parisEnergieFamilles.conditions" });

export const parisForfaitFamillesRule = (h: Household, f: HouseholdFacts, p: ParamsAt, t: Trace) =>
  familyAid(h, f, p, t, { minChildren: "forfaitFamillesMinChildren", conditions: "parisForfaitFamilles.conditions" });

/** Complément Santé Paris helps older and disabled Parisians pay a health cover when the free CSS does not apply. */
export function complementSanteParisRule(h: Household, f: HouseholdFacts, p: ParamsAt, css: BenefitResult, t: Trace): RuleOutcome {
  if (parisConditions(h, f, p, t) === false) return notEligible;
  const age = p.num("paris", "solidariteMinAge");
  if (!h.adults.some((a) => a.age >= age || a.disabilityRecognised)) {
    t.because("complementSanteParis.ageOrDisability", { age });
    return notEligible;
  }
  if (css.eligible === true && css.variant === "free") {
    t.because("complementSanteParis.freeCssCovers");
    return notEligible;
  }
  t.because("paris.amountUnverified");
  return unverified;
}
