// Entry point of the rights engine: eligibility, estimated amount, reasons, arithmetic and how to claim for
// each benefit, with the parameters in force on the simulation date. Pure TypeScript, shared by all callers.
import { isIsoDay } from "../time/days.ts";
import { Household, type HouseholdInput } from "./household.ts";
import type { MessageCode } from "./translations.ts";
import { MissingParameter, paramsAt, type ParameterGroup, type ParamsAt } from "./params/index.ts";
import { aahRule } from "./rules/aah.ts";
import { aspaRule } from "./rules/aspa.ts";
import { Trace } from "./rules/common.ts";
import { cssRule } from "./rules/css.ts";
import { energyChequeRule } from "./rules/energy-cheque.ts";
import { householdFacts, withEstimatedHousingAid, type HouseholdFacts } from "./rules/facts.ts";
import {
  allocationsFamilialesRule,
  babyAllowanceRule,
  familyComplementRule,
  schoolAllowanceRule,
  supportAllowanceRule,
} from "./rules/family-rights.ts";
import {
  parisLogementFamillesMonoparentalesRule,
  parisLogementFamillesRule,
  parisLogementRule,
  parisSolidariteRule,
} from "./rules/paris.ts";
import { housingAidRule, type HousingAidEstimate } from "./rules/housing-aid.ts";
import { navigoRule } from "./rules/navigo.ts";
import { complementSanteParisRule, parisEnergieFamillesRule, parisForfaitFamillesRule } from "./rules/paris-other-aids.ts";
import { primeActiviteRule } from "./rules/prime-activite.ts";
import { rsaRule } from "./rules/rsa.ts";
import type { BenefitId, BenefitResult, RuleOutcome, SimulationResult } from "./rules/types.ts";

export type { BenefitId, BenefitResult, Eligibility, Reason, SimulationResult } from "./rules/types.ts";

interface BenefitSpec {
  groups: ParameterGroup[];
  howToClaim: { code: MessageCode; url: string };
}

const CAF_URL = "https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations";
const PARIS_SOLIDARITE_URL = "https://www.paris.fr/pages/minimas-sociaux-garanties-de-ressources-3846";
const PARIS_HOUSING_URL = "https://www.paris.fr/pages/aides-au-logement-3827";
const PARIS_AIDS_URL = "https://www.paris.fr/aides";

export const benefits: Record<BenefitId, BenefitSpec> = {
  aspa: {
    groups: ["aspa", "smic"],
    howToClaim: { code: "claim.aspa", url: "https://www.service-public.fr/particuliers/vosdroits/F16871" },
  },
  rsa: {
    groups: ["rsa", "familyBenefits"],
    howToClaim: { code: "claim.rsa", url: "https://www.service-public.fr/particuliers/vosdroits/F19775" },
  },
  primeActivite: {
    groups: ["primeActivite", "rsa", "smic", "familyBenefits"],
    howToClaim: { code: "claim.primeActivite", url: "https://www.service-public.fr/particuliers/vosdroits/F2882" },
  },
  css: {
    groups: ["css", "rsa", "familyBenefits"],
    howToClaim: { code: "claim.css", url: "https://www.service-public.fr/particuliers/vosdroits/F10027" },
  },
  parisSolidarite: { groups: ["paris"], howToClaim: { code: "claim.parisSolidarite", url: PARIS_SOLIDARITE_URL } },
  parisLogement: { groups: ["paris"], howToClaim: { code: "claim.parisLogement", url: PARIS_HOUSING_URL } },
  parisLogementFamilles: {
    groups: ["paris"],
    howToClaim: { code: "claim.parisLogementFamilles", url: PARIS_HOUSING_URL },
  },
  parisLogementFamillesMonoparentales: {
    groups: ["paris"],
    howToClaim: { code: "claim.parisLogementFamillesMonoparentales", url: PARIS_HOUSING_URL },
  },
  parisEnergieFamilles: { groups: ["paris"], howToClaim: { code: "claim.parisEps", url: PARIS_AIDS_URL } },
  parisForfaitFamilles: { groups: ["paris"], howToClaim: { code: "claim.parisEps", url: PARIS_AIDS_URL } },
  complementSanteParis: { groups: ["paris"], howToClaim: { code: "claim.parisEps", url: PARIS_AIDS_URL } },
  allocationsFamiliales: { groups: ["familyBenefits"], howToClaim: { code: "claim.caf", url: CAF_URL } },
  supportAllowance: { groups: ["familyBenefits"], howToClaim: { code: "claim.supportAllowance", url: CAF_URL } },
  familyComplement: { groups: ["familyBenefits"], howToClaim: { code: "claim.caf", url: CAF_URL } },
  schoolAllowance: { groups: ["familyBenefits"], howToClaim: { code: "claim.schoolAllowance", url: CAF_URL } },
  babyAllowance: { groups: ["familyBenefits"], howToClaim: { code: "claim.caf", url: CAF_URL } },
  aah: {
    groups: ["aah", "smic"],
    howToClaim: { code: "claim.aah", url: "https://www.service-public.fr/particuliers/vosdroits/F12242" },
  },
  housingAid: {
    groups: ["housingAid", "incomeTax", "familyBenefits"],
    howToClaim: { code: "claim.housingAid", url: "https://www.service-public.fr/particuliers/vosdroits/F12006" },
  },
  energyCheque: {
    groups: ["energyCheque", "incomeTax"],
    howToClaim: { code: "claim.energyCheque", url: "https://chequeenergie.gouv.fr" },
  },
  navigo: {
    groups: ["navigo"],
    howToClaim: {
      code: "claim.navigo",
      url: "https://www.iledefrance-mobilites.fr/aide-et-contacts/reductions-et-gratuite/quest-ce-que-la-tarification-solidarite-transport",
    },
  },
};

function evaluate(benefit: BenefitId, p: ParamsAt, rule: (t: Trace) => RuleOutcome): BenefitResult {
  const t = new Trace();
  let outcome: RuleOutcome;
  try {
    outcome = rule(t);
  } catch (error) {
    if (!(error instanceof MissingParameter)) throw error;
    t.because("common.parameterMissing", { parameter: error.parameter, date: error.date });
    outcome = { eligible: "maybe", monthlyAmount: null };
  }
  const spec = benefits[benefit];
  const usedRates = outcome.eligible !== false || t.steps.length > 0;
  const outdated = new Set(spec.groups.filter((g) => p.mayBeOutdated(g)).map((g) => p.reviewedThrough(g)));
  if (usedRates) for (const reviewedThrough of outdated) t.because("common.parametersMayBeOutdated", { reviewedThrough });
  return { benefit, ...outcome, reasons: t.reasons, steps: t.steps, howToClaim: spec.howToClaim };
}

/** A paid amount that other rules must count as a resource: only when the engine is sure of it. */
const certainAmount = (r: BenefitResult) => (r.eligible === true ? (r.monthlyAmount ?? 0) : 0);

function allMaybe(error: MissingParameter, p: ParamsAt): BenefitResult[] {
  return (Object.keys(benefits) as BenefitId[]).map((benefit) =>
    evaluate(benefit, p, () => {
      throw error;
    }),
  );
}

/** The housing aid rule, and its estimate for the other rules (none when a parameter is missing). */
function housingAidFor(h: Household, f: HouseholdFacts, p: ParamsAt, rsaRecipient: boolean) {
  let estimate: HousingAidEstimate | undefined;
  const result = evaluate("housingAid", p, (t) => {
    estimate = housingAidRule(h, f, p, rsaRecipient, t);
    return estimate.outcome;
  });
  const facts = withEstimatedHousingAid(f, estimate?.estimate ?? null, result.eligible === true);
  return { result, facts, countsEarnings: estimate?.countsEarnings ?? false };
}

/**
 * The RSA and the housing aid depend on each other: the RSA deducts the housing aid (forfait logement), and an RSA
 * recipient's housing aid leaves earnings out (CCH R822-17). The aid is computed first with the earnings, then
 * again without them when the RSA is due.
 */
function rsaAndHousingAid(h: Household, f: HouseholdFacts, p: ParamsAt, aspaMonthly: number) {
  let housing = housingAidFor(h, f, p, false);
  let rsa = evaluate("rsa", p, (t) => rsaRule(h, housing.facts, p, aspaMonthly, t));
  if (rsa.eligible === true && housing.countsEarnings) {
    housing = housingAidFor(h, f, p, true);
    rsa = evaluate("rsa", p, (t) => rsaRule(h, housing.facts, p, aspaMonthly, t));
  }
  return { rsa, housingAid: housing.result, facts: housing.facts };
}

function rulesFor(h: Household, declared: HouseholdFacts, p: ParamsAt): BenefitResult[] {
  const aspa = evaluate("aspa", p, (t) => aspaRule(h, declared, p, t));
  const aspaMonthly = certainAmount(aspa);
  const { rsa, housingAid, facts: f } = rsaAndHousingAid(h, declared, p, aspaMonthly);
  const rsaEligible = rsa.eligible === true;
  const css = evaluate("css", p, (t) => cssRule(h, f, p, { rsaEligible, aspaMonthly }, t));
  return [
    rsa,
    evaluate("primeActivite", p, (t) => primeActiviteRule(h, f, p, aspaMonthly, t)),
    aspa,
    css,
    housingAid,
    evaluate("energyCheque", p, (t) => energyChequeRule(h, f, p, t)),
    evaluate("navigo", p, (t) => navigoRule(h, f, p, { rsa, css }, t)),
    evaluate("parisSolidarite", p, (t) => parisSolidariteRule(h, f, p, aspa, t)),
    evaluate("parisLogement", p, (t) => parisLogementRule(h, f, p, aspaMonthly, t)),
    evaluate("parisLogementFamilles", p, (t) => parisLogementFamillesRule(h, f, p, aspaMonthly, t)),
    evaluate("parisLogementFamillesMonoparentales", p, (t) => parisLogementFamillesMonoparentalesRule(h, f, p, t)),
    evaluate("parisEnergieFamilles", p, (t) => parisEnergieFamillesRule(h, f, p, t)),
    evaluate("parisForfaitFamilles", p, (t) => parisForfaitFamillesRule(h, f, p, t)),
    evaluate("complementSanteParis", p, (t) => complementSanteParisRule(h, f, p, css, t)),
    evaluate("allocationsFamiliales", p, (t) => allocationsFamilialesRule(h, f, p, t)),
    evaluate("supportAllowance", p, (t) => supportAllowanceRule(h, f, p, t)),
    evaluate("familyComplement", p, (t) => familyComplementRule(h, f, p, t)),
    evaluate("schoolAllowance", p, (t) => schoolAllowanceRule(h, f, p, t)),
    evaluate("babyAllowance", p, (t) => babyAllowanceRule(h, f, p, t)),
    evaluate("aah", p, (t) => aahRule(h, f, p, t)),
  ];
}

/** Simulates every benefit for a validated household on an ISO date (YYYY-MM-DD). */
export function simulate(household: Household, options: { date: string }): SimulationResult {
  if (!isIsoDay(options.date)) throw new RangeError(`date must be a calendar day YYYY-MM-DD, got ${options.date}`);
  const p = paramsAt(options.date);
  let facts: HouseholdFacts;
  try {
    facts = householdFacts(household, p);
  } catch (error) {
    if (!(error instanceof MissingParameter)) throw error;
    return { date: options.date, results: allMaybe(error, p) };
  }
  return { date: options.date, results: rulesFor(household, facts, p) };
}

/** Validates raw input (a questionnaire, a JSON file) and fills the defaults; throws a ZodError if invalid. */
export function parseHousehold(input: HouseholdInput | unknown): Household {
  return Household.parse(input);
}
