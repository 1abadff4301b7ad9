// Navigo Solidarité (tarification Solidarité Transport of Île-de-France Mobilités): free travel for households on
// the RSA under ceilings the authority sets, 75 % off the Navigo Mois and Semaine passes with a free complémentaire
// santé solidaire, 50 % with the AME. It follows from the rights the engine finds; the ceilings of the free fare
// are not published, so an RSA household is told "75 % at least, free under those ceilings".
import { both } from "./common.ts";
import type { BenefitResult, Eligibility, RuleOutcome, RuleAfter } from "./types.ts";

export const navigoRule: RuleAfter<{ rsa: BenefitResult; css: BenefitResult }> = (h, f, p, prior, t) => {
  if (!h.lawfulResidence) {
    t.because("navigo.ameReduction", { reduction: Math.round(p.num("navigo", "ameReduction") * 100) });
    return { eligible: "maybe", monthlyAmount: null, fareReduction: p.num("navigo", "ameReduction") };
  }
  const cssFree: Eligibility = prior.css.variant === "free" ? prior.css.eligible : false;
  if (prior.rsa.eligible === false && cssFree === false) {
    t.because("navigo.conditions");
    return { eligible: false, monthlyAmount: 0 };
  }
  let eligible: Eligibility = prior.rsa.eligible === true || cssFree === true ? true : "maybe";
  if (!f.livesInParis) {
    t.because("navigo.ileDeFranceOnly");
    eligible = both(eligible, "maybe");
  }
  const reduction = p.num("navigo", "cssFreeReduction");
  if (prior.rsa.eligible !== false) t.because("navigo.freeUnderCeilings", { reduction: Math.round(reduction * 100) });
  else t.because("navigo.cssFreeReduction", { reduction: Math.round(reduction * 100) });
  return { eligible, monthlyAmount: 0, fareReduction: reduction };
};
