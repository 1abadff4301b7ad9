// Entry point of the rights engine: eligibility, estimated amount, reasons, arithmetic and how to claim for
// each benefit, with the parameters in force on the simulation date. Pure TypeScript, shared by all callers.
import { Household, type HouseholdInput } from "./household.ts";
import type { MessageCode } from "./translations.ts";
import { MissingParameter, paramsAt, type ParameterGroup, type ParamsAt } from "./params/index.ts";
import { aahRule } from "./rules/aah.ts";
import { aspaRule } from "./rules/aspa.ts";
import { Trace } from "./rules/common.ts";
import { cssRule } from "./rules/css.ts";
import { householdFacts, type HouseholdFacts } from "./rules/facts.ts";
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
import { primeActiviteRule } from "./rules/prime-activite.ts";
import { rsaRule } from "./rules/rsa.ts";
import type { BenefitId, BenefitResult, RuleOutcome, SimulationResult } from "./rules/types.ts";

export type { BenefitId, BenefitResult, Eligibility, Reason, SimulationResult, Step } from "./rules/types.ts";

interface BenefitSpec {
  groups: ParameterGroup[];
  howToClaim: { code: MessageCode; url: string };
}

const CAF_URL = "https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations";
const PARIS_SOLIDARITE_URL = "https://www.paris.fr/pages/minimas-sociaux-garanties-de-ressources-3846";
const PARIS_HOUSING_URL = "https://www.paris.fr/pages/aides-au-logement-3827";

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
  allocationsFamiliales: { groups: ["familyBenefits"], howToClaim: { code: "claim.caf", url: CAF_URL } },
  supportAllowance: { groups: ["familyBenefits"], howToClaim: { code: "claim.supportAllowance", url: CAF_URL } },
  familyComplement: { groups: ["familyBenefits"], howToClaim: { code: "claim.caf", url: CAF_URL } },
  schoolAllowance: { groups: ["familyBenefits"], howToClaim: { code: "claim.schoolAllowance", url: CAF_URL } },
  babyAllowance: { groups: ["familyBenefits"], howToClaim: { code: "claim.caf", url: CAF_URL } },
  aah: {
    groups: ["aah", "smic"],
    howToClaim: { code: "claim.aah", url: "https://www.service-public.fr/particuliers/vosdroits/F12242" },
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

function rulesFor(h: Household, f: HouseholdFacts, p: ParamsAt): BenefitResult[] {
  const aspa = evaluate("aspa", p, (t) => aspaRule(h, f, p, t));
  const aspaMonthly = certainAmount(aspa);
  const rsa = evaluate("rsa", p, (t) => rsaRule(h, f, p, aspaMonthly, t));
  const rsaEligible = rsa.eligible === true;
  return [
    rsa,
    evaluate("primeActivite", p, (t) => primeActiviteRule(h, f, p, aspaMonthly, t)),
    aspa,
    evaluate("css", p, (t) => cssRule(h, f, p, { rsaEligible, aspaMonthly }, t)),
    evaluate("parisSolidarite", p, (t) => parisSolidariteRule(h, f, p, aspa, t)),
    evaluate("parisLogement", p, (t) => parisLogementRule(h, f, p, aspaMonthly, t)),
    evaluate("parisLogementFamilles", p, (t) => parisLogementFamillesRule(h, f, p, aspaMonthly, t)),
    evaluate("parisLogementFamillesMonoparentales", p, (t) => parisLogementFamillesMonoparentalesRule(h, f, p, t)),
    evaluate("allocationsFamiliales", p, (t) => allocationsFamilialesRule(h, f, p, t)),
    evaluate("supportAllowance", p, (t) => supportAllowanceRule(h, f, p, t)),
    evaluate("familyComplement", p, (t) => familyComplementRule(h, f, p, t)),
    evaluate("schoolAllowance", p, (t) => schoolAllowanceRule(h, f, p, t)),
    evaluate("babyAllowance", p, (t) => babyAllowanceRule(h, f, p, t)),
    evaluate("aah", p, (t) => aahRule(h, f, p, t)),
  ];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Simulates every benefit for a validated household on an ISO date (YYYY-MM-DD). */
export function simulate(household: Household, options: { date: string }): SimulationResult {
  if (!ISO_DATE.test(options.date)) throw new RangeError(`date must be YYYY-MM-DD, got ${options.date}`);
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
