// Aides personnelles au logement for tenants in Paris (zone I): the APL in social housing, else the ALF with a
// dependant or the ALS. The formula of CCH D823-16 and D823-17 with the values of the arrêté du 27 septembre 2019:
// aid = L + C - Pp, with L the rent within its ceiling, C the flat charges and Pp = P0 + Tp x (R - R0) the
// household's participation; then tapering for high rents, minus 5 €, net of the CRDS rounded down to the euro,
// not paid under 10 € (allocations de logement). R is the yearly net taxable income rounded up to 100 €.
import type { Household } from "../household.ts";
import type { ParamsAt } from "../params/index.ts";
import { cents, type Trace } from "./common.ts";
import type { HouseholdFacts } from "./facts.ts";
import { yearlyTaxableIncome } from "./taxable-income.ts";
import type { Eligibility, RuleOutcome } from "./types.ts";

export interface HousingAidEstimate {
  outcome: RuleOutcome;
  /** Estimated aid paid (€/month) for the other rules, null when the engine cannot estimate it. */
  estimate: number | null;
  /** The estimate counts earned income and unemployment benefit, which an RSA recipient's aid leaves out. */
  countsEarnings: boolean;
}

const none = (outcome: RuleOutcome): HousingAidEstimate => ({ outcome, estimate: null, countsEarnings: false });
const notEligible: RuleOutcome = { eligible: false, monthlyAmount: 0 };

/** A value of a [single, couple, one dependant, per further dependant] table. */
function byComposition(table: readonly number[], couple: boolean, dependants: number): number {
  if (dependants === 0) return couple ? table[1] : table[0];
  return cents(table[2] + (dependants - 1) * table[3]);
}

/** A value of a [single, couple, 1 to 6 dependants] table, with a step per dependant beyond six. */
function byDependants(table: readonly number[], perFurther: number, couple: boolean, dependants: number): number {
  if (dependants === 0) return couple ? table[1] : table[0];
  if (dependants <= 6) return table[dependants + 1];
  return table[7] + (dependants - 6) * perFurther;
}

export function housingAidDependants(h: Household, p: ParamsAt): number {
  return h.children.filter((c) => c.age <= p.num("housingAid", "dependantMaxAge")).length;
}

/**
 * Yearly resources R (CCH R822-3, R822-4): wages and unemployment benefit after the 10 % deduction, pensions after
 * their 10 % allowance, savings above 30,000 € at 3 %, less 95 € for two earners; an RSA recipient's earnings and
 * unemployment benefit are left out (R822-17). Non-taxable benefits (RSA, prime, AAH, ASPA, family) do not count.
 */
export function housingAidResources(h: Household, f: HouseholdFacts, p: ParamsAt, rsaRecipient: boolean): number {
  let total = yearlyTaxableIncome(h, p, { withoutEarnings: rsaRecipient });
  if (f.aah === 0 && h.savings > p.num("housingAid", "savingsThreshold")) total += h.savings * p.num("housingAid", "savingsYearlyRate");
  const twoEarners = h.adults.length === 2 && !rsaRecipient && h.adults.every((a) => a.earnedIncomeMonthly >= p.num("familyBenefits", "bmaf"));
  if (twoEarners) total -= p.num("housingAid", "twoEarnersAllowance");
  return Math.ceil(cents(Math.max(0, total)) / 100) * 100;
}

interface Formula {
  /** Aid paid, € (a whole number of euros). */
  paid: number;
  /** Aid before the CRDS, compared with the payment threshold. */
  gross: number;
}

/** The formula of CCH D823-16 for yearly resources R; `trace` records the arithmetic when given. */
function formula(h: Household, f: HouseholdFacts, p: ParamsAt, resources: number, rent: number, apl: boolean, t?: Trace): Formula {
  const dependants = housingAidDependants(h, p);
  const step = (label: Parameters<Trace["step"]>[0], value: number, params?: Record<string, number>) => (t ? t.step(label, value, params) : value);
  const ceiling = byComposition(p.list("housingAid", "rentCeilingsZone1"), f.couple, dependants);
  const eligibleRent = step("housingAid.eligibleRent", cents(Math.min(rent, ceiling)), { ceiling });
  const [chargesBase, chargesPerDependant] = p.list("housingAid", "chargesFlat");
  const charges = step("housingAid.charges", cents(chargesBase + dependants * chargesPerDependant), { dependants });
  const p0 = Math.max(p.num("housingAid", "participationMinimumRate") * (eligibleRent + charges), p.num("housingAid", "participationMinimumFlat"));
  const familyRate = byDependants(p.list("housingAid", "familyRates"), p.num("housingAid", "familyRatePerFurtherDependant"), f.couple, dependants);
  // RL in per cent rounded to the second decimal; TL in per cent rounded to the third (arrêté, art. 14).
  const ratio = Math.round((eligibleRent / byComposition(p.list("housingAid", "referenceRents"), f.couple, dependants)) * 10000) / 10000;
  const [second, third] = p.list("housingAid", "rentRatioBands");
  const [secondRate, thirdRate] = p.list("housingAid", "rentRatioRates");
  const rentRate = ratio < second ? 0 : ratio < third ? secondRate * (ratio - second) : secondRate * (third - second) + thirdRate * (ratio - third);
  const rate = familyRate + Math.round(rentRate * 100000) / 100000;
  const r0 = byDependants(p.list("housingAid", "resourcesAllowanceR0"), p.num("housingAid", "resourcesAllowanceR0PerFurtherDependant"), f.couple, dependants);
  step("housingAid.resources", resources, { allowance: r0 });
  const participation = step("housingAid.participation", cents(p0 + rate * Math.max(0, resources - r0)), {
    minimum: cents(p0),
    rate: Math.round(rate * 1000000) / 10000,
  });
  let aid = Math.max(0, eligibleRent + charges - participation);
  const [taperStart, taperEnd] = p.list("housingAid", "taperingCoefficientsZone1").map((c) => cents(c * ceiling));
  if (rent > taperStart && f.aah === 0) {
    aid = rent >= taperEnd ? 0 : aid * (1 - (rent - taperStart) / (taperEnd - taperStart));
    step("housingAid.tapered", cents(aid), { start: taperStart, end: taperEnd });
  }
  aid = Math.max(0, cents(aid) - p.num("housingAid", "flatReduction"));
  const crds = aid * p.num("familyBenefits", "crdsRate");
  const paid = Math.max(0, Math.floor(aid - crds + 1e-9));
  const gross = cents(paid + crds);
  const [alMinimum, aplMinimum] = p.list("housingAid", "minimumPayment");
  if (gross < (apl ? aplMinimum : alMinimum) || paid === 0) return { paid: 0, gross };
  step("housingAid.amount", paid);
  return { paid, gross };
}

/** Housing aid of a tenant household in Paris; "maybe" without amount elsewhere (the zone is not asked). */
export function housingAidRule(h: Household, f: HouseholdFacts, p: ParamsAt, rsaRecipient: boolean, t: Trace): HousingAidEstimate {
  const { status, rentMonthly, chargesMonthly } = h.housing;
  if (status === "owner" && rentMonthly > 0) {
    t.because("housingAid.ownersNotCovered");
    return none({ eligible: "maybe", monthlyAmount: null });
  }
  if (status !== "tenantPrivate" && status !== "tenantSocial") {
    t.because("housingAid.tenantsOnly");
    return none(notEligible);
  }
  if (!h.lawfulResidence) {
    t.because("common.lawfulResidenceRequired");
    return none(notEligible);
  }
  const dependants = housingAidDependants(h, p);
  const apl = status === "tenantSocial";
  t.because(apl ? "housingAid.kindApl" : dependants > 0 ? "housingAid.kindAlf" : "housingAid.kindAls");
  if (!f.livesInParis) {
    t.because("housingAid.zoneUnknown");
    return none({ eligible: "maybe", monthlyAmount: null });
  }
  if (h.adults.some((a) => a.student)) {
    t.because("housingAid.studentFlatResources");
    return none({ eligible: "maybe", monthlyAmount: null });
  }
  const rent = cents(Math.max(0, rentMonthly - (chargesMonthly ?? 0)));
  const resources = housingAidResources(h, f, p, rsaRecipient);
  if (rsaRecipient) t.because("housingAid.rsaEarningsLeftOut");
  const { paid } = formula(h, f, p, resources, rent, apl, t);

  let eligible: Eligibility = paid > 0;
  const ceiling = byComposition(p.list("housingAid", "rentCeilingsZone1"), f.couple, dependants);
  const taperStart = cents(p.list("housingAid", "taperingCoefficientsZone1")[0] * ceiling);
  if (chargesMonthly === undefined && (rent < ceiling || (rent > taperStart && f.aah === 0))) {
    t.because("housingAid.chargesUnknown", { ceiling, taperStart });
    eligible = paid > 0 ? "maybe" : eligible;
  }
  if (f.resourcesVary && !rsaRecipient) {
    const near = [0.97, 1.03].some((k) => (formula(h, f, p, Math.ceil((resources * k) / 100) * 100, rent, apl).paid > 0) !== paid > 0);
    if (near) {
      t.because("housingAid.nearThreshold");
      eligible = "maybe";
    }
  }
  const countsEarnings = !rsaRecipient && h.adults.some((a) => a.earnedIncomeMonthly > 0 || a.otherIncomeMonthly > 0);
  if (h.housing.receivesHousingAid) {
    const declared = h.housing.housingAidMonthly;
    t.because(declared === undefined ? "housingAid.receivedAmountEstimated" : "housingAid.alreadyReceived", { amount: declared ?? paid });
    return { outcome: notEligible, estimate: paid, countsEarnings };
  }
  if (paid === 0) {
    t.because("housingAid.resourcesTooHigh");
    return { outcome: eligible === "maybe" ? { eligible, monthlyAmount: null } : notEligible, estimate: 0, countsEarnings };
  }
  if (apl) t.because("housingAid.solidarityRentReduction");
  t.because("housingAid.quarterlyReview");
  return { outcome: { eligible, monthlyAmount: paid }, estimate: paid, countsEarnings };
}
