// Features of the non-take-up model: for one right a household could claim, the right, the amount at stake
// and what the rules already know of the household (housing, benefits received, composition, age), as the
// Float32 vector the ONNX model takes. Protected attributes (sex, nationality, disability, origin) and the
// arrondissement are never inputs. Training, the Worker and the browser encode through this file. Shared code.
import type { Household, HousingStatus } from "../../domain/rights/household.ts";
import { MODEL_BENEFITS, type ClaimableRight, type ModelBenefit } from "../../domain/rights/outreach/stakes.ts";
import { MissingParameter, paramsAt } from "../../domain/rights/params/index.ts";
import { householdFacts } from "../../domain/rights/rules/facts.ts";

export const NON_TAKE_UP_FEATURES = [
  "benefitRsa",
  "benefitPrimeActivite",
  "benefitAspa",
  "benefitCssFree",
  "benefitCssWithContribution",
  "monthlyStake",
  "tenantSocial",
  "tenantPrivate",
  "owner",
  "hostedFree",
  "housingAid",
  "familyBenefits",
  "couple",
  "children",
  "oldestAdultAge",
] as const;
export type NonTakeUpFeature = (typeof NON_TAKE_UP_FEATURES)[number];

/** What each feature means, in French and English (model card, explanations). */
export const NON_TAKE_UP_FEATURE_LABELS: Record<NonTakeUpFeature, { fr: string; en: string }> = {
  benefitRsa: { fr: "Le droit est le RSA", en: "The right is the RSA" },
  benefitPrimeActivite: { fr: "Le droit est la prime d'activité", en: "The right is the prime d'activité" },
  benefitAspa: { fr: "Le droit est l'ASPA (minimum vieillesse)", en: "The right is the ASPA (minimum old-age income)" },
  benefitCssFree: { fr: "Le droit est la complémentaire santé solidaire gratuite", en: "The right is the free complémentaire santé solidaire" },
  benefitCssWithContribution: { fr: "Le droit est la complémentaire santé solidaire avec participation", en: "The right is the complémentaire santé solidaire with a contribution" },
  monthlyStake: { fr: "Montant en jeu (€ par mois) calculé par les règles", en: "Amount at stake (€ a month) computed by the rules" },
  tenantSocial: { fr: "Locataire d'un logement social", en: "Social housing tenant" },
  tenantPrivate: { fr: "Locataire du parc privé", en: "Private tenant" },
  owner: { fr: "Propriétaire", en: "Owner" },
  hostedFree: { fr: "Hébergé gratuitement", en: "Hosted free of charge" },
  housingAid: { fr: "Perçoit une aide au logement", en: "Receives housing aid" },
  familyBenefits: { fr: "Perçoit des prestations familiales (déclarées ou estimées)", en: "Receives family benefits (declared or estimated)" },
  couple: { fr: "Vit en couple", en: "Lives as a couple" },
  children: { fr: "Nombre d'enfants", en: "Number of children" },
  oldestAdultAge: { fr: "Âge de l'adulte le plus âgé", en: "Age of the oldest adult" },
};

/** What the model knows of the household: data the rules need anyway, nothing else. */
export interface NonTakeUpHousehold {
  housingStatus: HousingStatus;
  receivesHousingAid: boolean;
  /** Family benefits declared, or estimated by the rules (allocations familiales). */
  receivesFamilyBenefits: boolean;
  adults: number;
  children: number;
  oldestAdultAge: number;
}

export interface NonTakeUpInput extends ClaimableRight {
  household: NonTakeUpHousehold;
}

export function nonTakeUpHousehold(h: Household, date: string): NonTakeUpHousehold {
  let familyBenefits = h.familyBenefitsMonthly ?? 0;
  try {
    familyBenefits = householdFacts(h, paramsAt(date)).family.total;
  } catch (error) {
    if (!(error instanceof MissingParameter)) throw error;
  }
  return {
    housingStatus: h.housing.status,
    receivesHousingAid: h.housing.receivesHousingAid,
    receivesFamilyBenefits: familyBenefits > 0,
    adults: h.adults.length,
    children: h.children.length,
    oldestAdultAge: Math.max(...h.adults.map((a) => a.age)),
  };
}

const HOUSING_COLUMNS: Partial<Record<HousingStatus, NonTakeUpFeature>> = {
  tenantSocial: "tenantSocial",
  tenantPrivate: "tenantPrivate",
  owner: "owner",
  hostedFree: "hostedFree",
};
const column = (name: NonTakeUpFeature) => NON_TAKE_UP_FEATURES.indexOf(name);
const BENEFIT_COLUMN: Record<ModelBenefit, number> = Object.fromEntries(MODEL_BENEFITS.map((b, i) => [b, i])) as Record<ModelBenefit, number>;

export const NON_TAKE_UP_WIDTH = NON_TAKE_UP_FEATURES.length;

/** Writes the features of `input` into `out` at row `row` (batch encoding without allocation). */
export function encodeNonTakeUp(input: NonTakeUpInput, out: Float32Array, row = 0): void {
  const base = row * NON_TAKE_UP_WIDTH;
  out.fill(0, base, base + NON_TAKE_UP_WIDTH);
  const h = input.household;
  out[base + BENEFIT_COLUMN[input.benefit]] = 1;
  out[base + column("monthlyStake")] = input.monthlyStake;
  const housing = HOUSING_COLUMNS[h.housingStatus];
  if (housing) out[base + column(housing)] = 1;
  out[base + column("housingAid")] = h.receivesHousingAid ? 1 : 0;
  out[base + column("familyBenefits")] = h.receivesFamilyBenefits ? 1 : 0;
  out[base + column("couple")] = h.adults === 2 ? 1 : 0;
  out[base + column("children")] = h.children;
  out[base + column("oldestAdultAge")] = h.oldestAdultAge;
}

export function nonTakeUpFeatures(input: NonTakeUpInput): Float32Array {
  const out = new Float32Array(NON_TAKE_UP_WIDTH);
  encodeNonTakeUp(input, out);
  return out;
}
