// Reference households with results worked out by hand from the official formulas and the values of
// domain/rights/params (sources there). Each case shows its arithmetic; reference.test.ts runs them.
import type { HouseholdInput } from "../../../domain/rights/household.ts";
import type { BenefitId, Eligibility } from "../../../domain/rights/simulate.ts";

export interface Expected {
  eligible: Eligibility;
  monthlyAmount?: number | null;
  variant?: "free" | "withContribution";
  monthlyContribution?: number;
}

export interface ReferenceCase {
  name: string;
  date: string;
  household: HouseholdInput;
  expected: Partial<Record<BenefitId, Expected>>;
  arithmetic: string;
}

const tenantNoAid = { status: "tenantPrivate", rentMonthly: 600, receivesHousingAid: false } as const;

export const referenceCases: ReferenceCase[] = [
  {
    name: "single adult of 30, no income, no housing aid",
    date: "2025-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "RSA = 646.52 (one-person amount since 1 April 2025) - 0 resources - 0 forfait logement = 646.52. " +
      "RSA recipients get the CSS for free. No earnings: no prime d'activité.",
    expected: {
      rsa: { eligible: true, monthlyAmount: 646.52 },
      css: { eligible: true, variant: "free", monthlyContribution: 0 },
      primeActivite: { eligible: false, monthlyAmount: 0 },
      aspa: { eligible: false, monthlyAmount: 0 },
    },
  },
  {
    name: "single adult of 30, no income, with housing aid",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 600, receivesHousingAid: true, housingAidMonthly: 250 },
      lawfulResidence: true,
    },
    arithmetic: "forfait logement = min(250 housing aid, 12 % x 646.52 = 77.5824 -> 77.58) = 77.58; " +
      "RSA = 646.52 - 77.58 = 568.94.",
    expected: { rsa: { eligible: true, monthlyAmount: 568.94 } },
  },
  {
    name: "the same single adult before the April 2025 revaluation",
    date: "2025-03-15",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 600, receivesHousingAid: true, housingAidMonthly: 250 },
      lawfulResidence: true,
    },
    arithmetic: "one-person amount in force from 1 April 2024: 635.71; forfait = 12 % x 635.71 = 76.2852 -> 76.29; " +
      "RSA = 635.71 - 76.29 = 559.42.",
    expected: { rsa: { eligible: true, monthlyAmount: 559.42 } },
  },
  {
    name: "single person of 70 with a 600 € pension",
    date: "2025-06-01",
    household: {
      adults: [{ age: 70, earnedIncomeMonthly: 0, pensionsMonthly: 600 }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "ASPA = 1,034.28 (single ceiling from 1 January 2025) - 600 = 434.28. RSA: resources 600 + 434.28 " +
      "ASPA = 1,034.28 > 646.52, so no RSA. CSS: 12 x 1,034.28 = 12,411.36 > 10,339 and <= 13,957: with contribution, " +
      "30 € a month at 70 and over.",
    expected: {
      aspa: { eligible: true, monthlyAmount: 434.28 },
      rsa: { eligible: false, monthlyAmount: 0 },
      css: { eligible: true, variant: "withContribution", monthlyContribution: 30 },
    },
  },
  {
    name: "the same person of 70 in 2026 (ASPA revalued on 1 January 2026)",
    date: "2026-06-01",
    household: {
      adults: [{ age: 70, earnedIncomeMonthly: 0, pensionsMonthly: 600 }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "ASPA = 1,043.59 - 600 = 443.59.",
    expected: { aspa: { eligible: true, monthlyAmount: 443.59 } },
  },
  {
    name: "the same person of 70 with 20,000 € of savings (deemed to yield 3 % a year)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 70, earnedIncomeMonthly: 0, pensionsMonthly: 600 }],
      housing: tenantNoAid,
      savings: 20000,
      lawfulResidence: true,
    },
    arithmetic: "savings income = 20,000 x 3 % / 12 = 50.00 (CSS R815-25); ASPA = 1,034.28 - (600 + 50) = 384.28.",
    expected: { aspa: { eligible: true, monthlyAmount: 384.28 } },
  },
  {
    name: "single adult of 30 without income but with 10,000 € of savings",
    date: "2025-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, savings: 10000, lawfulResidence: true },
    arithmetic: "savings income = 10,000 x 3 % / 12 = 25.00 (CASF R132-1 via R262-6); RSA = 646.52 - 25 = 621.52.",
    expected: { rsa: { eligible: true, monthlyAmount: 621.52 } },
  },
  {
    name: "the same person of 70 in Paris for 5 years: Paris Solidarité on top of ASPA",
    date: "2025-06-01",
    household: {
      adults: [{ age: 70, earnedIncomeMonthly: 0, pensionsMonthly: 600 }],
      housing: tenantNoAid,
      lawfulResidence: true,
      arrondissement: 18,
      parisResidenceYears: 5,
    },
    arithmetic: "resources with ASPA = 600 + 434.28 = 1,034.28; Paris Solidarité = 1,129 (single ceiling, 1 Feb 2024) " +
      "- 1,034.28 = 94.72.",
    expected: { parisSolidarite: { eligible: true, monthlyAmount: 94.72 } },
  },
  {
    name: "couple of 40 and 38 without income or housing aid",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 40, earnedIncomeMonthly: 0 },
        { age: 38, earnedIncomeMonthly: 0 },
      ],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "RSA = 646.52 x 1.5 = 969.78.",
    expected: { rsa: { eligible: true, monthlyAmount: 969.78 } },
  },
  {
    name: "couple with two children of 5 and 8, no income, housing aid of 400 €",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 35, earnedIncomeMonthly: 0 },
        { age: 33, earnedIncomeMonthly: 0 },
      ],
      children: [{ age: 5 }, { age: 8 }],
      housing: { status: "tenantSocial", rentMonthly: 700, receivesHousingAid: true, housingAidMonthly: 400 },
      lawfulResidence: true,
    },
    arithmetic: "amount = 646.52 x (1 + 0.5 + 0.3 + 0.3) = 1,357.692 -> 1,357.69; estimated allocations familiales = " +
      "474.37 x 32 % x (1 - 0.5 % CRDS) = 151.0394 -> 151.04; forfait logement (3 persons or more) = 16.5 % x " +
      "(646.52 x 1.8 = 1,163.736 -> 1,163.73) = 192.01545 -> 192.02; RSA = 1,357.69 - 151.04 - 192.02 = 1,014.63.",
    expected: {
      rsa: { eligible: true, monthlyAmount: 1014.63 },
      css: { eligible: true, variant: "free" },
    },
  },
  {
    name: "single parent of a one-year-old, no income, no housing aid (RSA majoré)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 27, earnedIncomeMonthly: 0 }],
      children: [{ age: 1 }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "isolated parent of a child under 3: 646.52 x (1.28412 + 0.42804) = 1,106.9457 -> 1,106.94 " +
      "(the amount published by the CAF); one child: no allocations familiales; RSA = 1,106.94.",
    expected: { rsa: { eligible: true, monthlyAmount: 1106.94 } },
  },
  {
    name: "single parent of two children of 4 and 7, no income (family benefits estimated)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 36, earnedIncomeMonthly: 0 }],
      children: [{ age: 4 }, { age: 7 }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "not majoré (youngest child 4): 646.52 x (1 + 0.5 + 0.3) = 1,163.736 -> 1,163.73; allocations " +
      "familiales 151.04; RSA = 1,163.73 - 151.04 = 1,012.69.",
    expected: { rsa: { eligible: true, monthlyAmount: 1012.69 } },
  },
  {
    name: "single worker on the minimum wage, no housing aid",
    date: "2025-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 1426.3 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "prime d'activité = 633.21 + 59.85 % x 1,426.30 (= 853.64) + bonus; bonus at the maximum since " +
      "1,426.30 >= 120 x 11.88 = 1,425.60: 29.101 % x 633.21 = 184.27; minus max(633.21, resources 1,426.30) = " +
      "633.21 + 853.64 + 184.27 - 1,426.30 = 244.82. No RSA (1,426.30 > 646.52). CSS: 12 x 1,426.30 = 17,115.60 > 13,957.",
    expected: {
      primeActivite: { eligible: true, monthlyAmount: 244.82 },
      rsa: { eligible: false, monthlyAmount: 0 },
      css: { eligible: false },
    },
  },
  {
    name: "part-time worker earning 800 € with 300 € of housing aid",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 800 }],
      housing: { status: "tenantPrivate", rentMonthly: 650, receivesHousingAid: true, housingAidMonthly: 300 },
      lawfulResidence: true,
    },
    arithmetic: "bonus = 184.27 x (800 - 59 x 11.88 = 700.92) / (1,425.60 - 700.92) = 184.27 x 99.08 / 724.68 = 25.19; " +
      "forfait logement = 12 % x 633.21 = 75.9852 -> 75.99; PA = 633.21 + 0.5985 x 800 (= 478.80) + 25.19 - " +
      "max(633.21, 800 + 75.99 = 875.99) = 261.21. RSA: 646.52 - 800 - 77.58 < 0. CSS: 12 x (800 + 77.58) = " +
      "10,530.96 between 10,339 and 13,957: with contribution, 14 € at 30 (close to the free ceiling, noted).",
    expected: {
      primeActivite: { eligible: true, monthlyAmount: 261.21 },
      rsa: { eligible: false, monthlyAmount: 0 },
      css: { eligible: true, variant: "withContribution", monthlyContribution: 14 },
    },
  },
  {
    name: "unemployed person of 50 with 750 € of unemployment benefit: free CSS",
    date: "2025-06-01",
    household: {
      adults: [{ age: 50, earnedIncomeMonthly: 0, otherIncomeMonthly: 750 }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "RSA: 646.52 - 750 < 0, none. CSS: 12 x 750 = 9,000 <= 10,339: free.",
    expected: { rsa: { eligible: false }, css: { eligible: true, variant: "free", monthlyContribution: 0 } },
  },
  {
    name: "person of 55 with a 1,000 € invalidity pension: CSS with contribution",
    date: "2025-06-01",
    household: {
      adults: [{ age: 55, earnedIncomeMonthly: 0, pensionsMonthly: 1000, disabilityRecognised: true }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "CSS: 12 x 1,000 = 12,000, above 10,339 and below 13,957: contribution 21 € a month (50-59).",
    expected: { css: { eligible: true, variant: "withContribution", monthlyContribution: 21 } },
  },
  {
    name: "retired couple of 68 and 66 with 500 € and 400 € of pensions, owners",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 68, earnedIncomeMonthly: 0, pensionsMonthly: 500 },
        { age: 66, earnedIncomeMonthly: 0, pensionsMonthly: 400 },
      ],
      housing: { status: "owner", rentMonthly: 0, receivesHousingAid: false },
      lawfulResidence: true,
    },
    arithmetic: "ASPA couple = 1,605.73 - 900 = 705.73. CSS: 12 x (900 + 705.73 + forfait logement for 2 persons " +
      "16 % x 969.78 = 155.16) = 21,130.68 > 20,936 but within 3 %: maybe, with 25 + 25 = 50 € of contribution.",
    expected: {
      aspa: { eligible: true, monthlyAmount: 705.73 },
      css: { eligible: "maybe", variant: "withContribution", monthlyContribution: 50 },
    },
  },
  {
    name: "couple where only one spouse (67) is old enough for ASPA",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 67, earnedIncomeMonthly: 0, pensionsMonthly: 700 },
        { age: 60, earnedIncomeMonthly: 0 },
      ],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "ASPA = min(1,034.28 single maximum, 1,605.73 couple ceiling - 700) = min(1,034.28, 905.73) = 905.73.",
    expected: { aspa: { eligible: true, monthlyAmount: 905.73 } },
  },
  {
    name: "Paris family of five earning 2,500 € with 344.55 € of family benefits (Paris Logement Familles)",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 41, earnedIncomeMonthly: 1500 },
        { age: 39, earnedIncomeMonthly: 1000 },
      ],
      children: [{ age: 3 }, { age: 6 }, { age: 10 }],
      housing: { status: "tenantSocial", rentMonthly: 900, receivesHousingAid: true, housingAidMonthly: 300 },
      familyBenefitsMonthly: 344.55,
      lawfulResidence: true,
      arrondissement: 19,
      parisResidenceYears: 4,
    },
    arithmetic: "income = 2,500 + 344.55 = 2,844.55 <= 3,000 for 3 children (and more than 3 % below it): 128 €.",
    expected: { parisLogementFamilles: { eligible: true, monthlyAmount: 128 } },
  },
  {
    name: "single Parisian tenant earning 1,000 € with a 700 € rent and 150 € of housing aid (Paris Logement)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 40, earnedIncomeMonthly: 1000 }],
      housing: { status: "tenantPrivate", rentMonthly: 700, receivesHousingAid: true, housingAidMonthly: 150 },
      lawfulResidence: true,
      arrondissement: 11,
      parisResidenceYears: 5,
    },
    arithmetic: "net housing cost 700 - 150 = 550 >= 30 % x 1,000; resources 1,000 <= 1,400: 84 € (single).",
    expected: { parisLogement: { eligible: true, monthlyAmount: 84 } },
  },
  {
    name: "a date before the earliest values kept in the parameter files",
    date: "2024-01-15",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "no RSA amount is kept before 1 April 2024: the engine answers maybe without an amount.",
    expected: { rsa: { eligible: "maybe", monthlyAmount: null } },
  },
  {
    name: "no lawful residence",
    date: "2025-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, lawfulResidence: false },
    arithmetic: "RSA, prime d'activité and CSS all require lawful residence (AME is pointed to instead).",
    expected: { rsa: { eligible: false }, primeActivite: { eligible: false }, css: { eligible: false } },
  },
  {
    name: "non-EU national with a residence permit for 2 years",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: tenantNoAid,
      lawfulResidence: true,
      residencePermitYears: 2,
    },
    arithmetic: "the RSA needs 5 years of permit unless exempt (refugees...): maybe, amount 646.52 if exempt.",
    expected: { rsa: { eligible: "maybe", monthlyAmount: 646.52 } },
  },
  {
    name: "student of 22 without income",
    date: "2025-06-01",
    household: { adults: [{ age: 22, earnedIncomeMonthly: 0, student: true }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "students cannot have the RSA; no earnings: no prime d'activité.",
    expected: { rsa: { eligible: false }, primeActivite: { eligible: false } },
  },
];
