// Reference households with results worked out by hand from the official formulas and the values of
// domain/rights/params (sources there). Each case shows its arithmetic; reference.test.ts runs them.
import type { HouseholdInput } from "../../../domain/rights/household.ts";
import type { BenefitId, Eligibility } from "../../../domain/rights/simulate.ts";

export interface Expected {
  eligible: Eligibility;
  monthlyAmount?: number | null;
  variant?: "free" | "withContribution";
  monthlyContribution?: number;
  yearlyAmount?: number;
  fareReduction?: number;
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
    name: "single parent of a one-year-old, no income, no housing aid, receiving no family benefit (RSA majoré)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 27, earnedIncomeMonthly: 0 }],
      children: [{ age: 1 }],
      housing: tenantNoAid,
      familyBenefitsMonthly: 0,
      supportAllowanceMonthly: 0,
      lawfulResidence: true,
    },
    arithmetic: "isolated parent of a child under 3: 646.52 x (1.28412 + 0.42804) = 1,106.9457 -> 1,106.94 " +
      "(the amount published by the CAF); no family benefit declared; RSA = 1,106.94.",
    expected: { rsa: { eligible: true, monthlyAmount: 1106.94 } },
  },
  {
    name: "the same single parent leaving family benefits empty: PAJE and ASF estimated, the ASF counted as a flat amount",
    date: "2025-06-01",
    household: {
      adults: [{ age: 27, earnedIncomeMonthly: 0 }],
      children: [{ age: 1 }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "PAJE allocation de base, full rate (no income): 41.65 % x 474.37 = 197.575 -> net of 0.5 % CRDS 196.59; " +
      "ASF 42.2 % x 474.37 = 200.184 -> net 199.18, counted in the RSA only up to 22.5 % x 474.37 = 106.73 (CASF " +
      "R262-10-1); RSA = 1,106.94 - 196.59 - 106.73 = 803.62. ASF itself: maybe (maintenance not asked), 199.18.",
    expected: {
      rsa: { eligible: true, monthlyAmount: 803.62 },
      babyAllowance: { eligible: true, monthlyAmount: 196.59 },
      supportAllowance: { eligible: "maybe", monthlyAmount: 199.18 },
    },
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
      "familiales 151.04; ASF estimated for a single parent (2 x 199.18) but counted as 2 x 22.5 % x 474.37 = 213.47; " +
      "RSA = 1,163.73 - 151.04 - 213.47 = 799.22 (the engine gave 1,012.69, about 213 € too much, when it estimated " +
      "the allocations familiales only). ARS for the child of 7: 89.72 % x 474.37 = 425.60 -> net 423.48 a year.",
    expected: {
      rsa: { eligible: true, monthlyAmount: 799.22 },
      allocationsFamiliales: { eligible: true, monthlyAmount: 151.04 },
      supportAllowance: { eligible: "maybe", monthlyAmount: 398.36 },
      schoolAllowance: { eligible: true, monthlyAmount: 0, yearlyAmount: 423.48 },
      familyComplement: { eligible: false },
      babyAllowance: { eligible: false },
    },
  },
  {
    name: "the same single parent declaring allocations familiales (151.04 €) and ASF (398.36 €)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 36, earnedIncomeMonthly: 0 }],
      children: [{ age: 4 }, { age: 7 }],
      housing: tenantNoAid,
      familyBenefitsMonthly: 151.04,
      supportAllowanceMonthly: 398.36,
      receivesChildMaintenance: false,
      lawfulResidence: true,
    },
    arithmetic: "the ASF counts only 2 x 106.73 = 213.47: RSA = 1,163.73 - 151.04 - 213.47 = 799.22 (counting the ASF " +
      "in full gave 614.33, 184.89 € too low). ASF: true, 398.36.",
    expected: { rsa: { eligible: true, monthlyAmount: 799.22 }, supportAllowance: { eligible: true, monthlyAmount: 398.36 } },
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
    arithmetic: "ASPA couple = 1,605.73 - 900 = 705.73. CSS: the ASPA counts after an allowance of 110 € for a couple " +
      "(595.73) and owners add the CSS's own forfait logement, 14 % of the two-person RSA amount (CSS R861-5): 14 % x " +
      "969.78 = 135.77; 12 x (900 + 595.73 + 135.77) = 19,578 <= 20,936: with contribution, 25 + 25 = 50 €. (The " +
      "engine gave maybe: it used the RSA's 16 % and the full ASPA, 21,130.68.)",
    expected: {
      aspa: { eligible: true, monthlyAmount: 705.73 },
      css: { eligible: true, variant: "withContribution", monthlyContribution: 50 },
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
  {
    name: "issue 13 example: person of 67 with a 600 € pension in Paris 18e",
    date: "2025-06-01",
    household: {
      adults: [{ age: 67, earnedIncomeMonthly: 0, pensionsMonthly: 600 }],
      housing: tenantNoAid,
      lawfulResidence: true,
      arrondissement: 18,
      parisResidenceYears: 5,
    },
    arithmetic: "ASPA = 1,034.28 - 600 = 434.28; Paris Solidarité = 1,129 - (600 + 434.28) = 94.72. CSS: the ASPA " +
      "counts after a 71 € allowance: 12 x (600 + 363.28) = 11,559.36, between 10,339 and 13,957: 25 € at 60-69 (with " +
      "the housing aid's forfait min(303, 77.58): 12,490.32, the same). Housing aid: R = 7,200 - 10 % = 6,480 -> 6,500; Pp = " +
      "39.15 + 3.235 % x 1,265 = 80.07; 329.71 + 59.97 - 80.07 - 5 = 304.61 -> 303 €. Chèque énergie: RFR 6,480 for " +
      "1 consumption unit, band 5,600-6,700: 146 € a year. Complément Santé Paris: 65 or more in Paris, the CSS is not " +
      "free: maybe (amount not verified). Navigo Solidarité: neither the RSA nor the free CSS: no.",
    expected: {
      aspa: { eligible: true, monthlyAmount: 434.28 },
      parisSolidarite: { eligible: true, monthlyAmount: 94.72 },
      css: { eligible: true, variant: "withContribution", monthlyContribution: 25 },
      housingAid: { eligible: true, monthlyAmount: 303 },
      energyCheque: { eligible: true, monthlyAmount: 0, yearlyAmount: 146 },
      complementSanteParis: { eligible: "maybe", monthlyAmount: null },
      navigo: { eligible: false },
    },
  },
  {
    name: "the same pensioner with a 4-year residence permit: ASPA maybe, so Paris Solidarité maybe and only the top-up",
    date: "2025-06-01",
    household: {
      adults: [{ age: 67, earnedIncomeMonthly: 0, pensionsMonthly: 600 }],
      housing: tenantNoAid,
      lawfulResidence: true,
      residencePermitYears: 4,
      arrondissement: 18,
      parisResidenceYears: 5,
    },
    arithmetic: "ASPA needs 10 years of permit unless exempt: maybe, 434.28. Paris Solidarité comes after the ASPA: " +
      "1,129 - (600 + 434.28) = 94.72, maybe (the engine gave a certain 529 €, 1,129 - 600).",
    expected: {
      aspa: { eligible: "maybe", monthlyAmount: 434.28 },
      parisSolidarite: { eligible: "maybe", monthlyAmount: 94.72 },
    },
  },
  {
    name: "couple of 60 and 58 hosted free of charge with 1,145 € of pensions: free CSS with the CSS's own forfait logement",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 60, earnedIncomeMonthly: 0, pensionsMonthly: 600 },
        { age: 58, earnedIncomeMonthly: 0, pensionsMonthly: 545 },
      ],
      housing: { status: "hostedFree", receivesHousingAid: false },
      lawfulResidence: true,
    },
    arithmetic: "forfait logement of the CSS for 2 persons hosted free: 14 % x 969.78 = 135.77 (CSS R861-5); 12 x " +
      "(1,145 + 135.77) = 15,369.24 <= 15,508: free. With the RSA's 16 % (155.16) it was 15,601.92: paying CSS.",
    expected: { css: { eligible: true, variant: "free", monthlyContribution: 0 } },
  },
  {
    name: "pensioner of 66 with 1,180 €: clearly over the CSS ceiling, no maybe (pensions do not vary)",
    date: "2025-06-01",
    household: { adults: [{ age: 66, earnedIncomeMonthly: 0, pensionsMonthly: 1180 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "12 x 1,180 = 14,160 > 13,957, within 3 % of it; the pension is the same over every period, so the " +
      "answer is known: no CSS (the engine said maybe).",
    expected: { css: { eligible: false }, aspa: { eligible: false } },
  },
  {
    name: "single person without income on 1 June 2026 (RSA revalued on 1 April 2026)",
    date: "2026-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "RSA = 651.69 (one-person amount from 1 April 2026).",
    expected: { rsa: { eligible: true, monthlyAmount: 651.69 } },
  },
  {
    name: "the same person with 250 € of housing aid on 1 June 2026",
    date: "2026-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 600, receivesHousingAid: true, housingAidMonthly: 250 },
      lawfulResidence: true,
    },
    arithmetic: "forfait logement = 12 % x 651.69 = 78.2028 -> 78.20; RSA = 651.69 - 78.20 = 573.49.",
    expected: { rsa: { eligible: true, monthlyAmount: 573.49 } },
  },
  {
    name: "worker on the 2026 minimum wage in June 2026: prime d'activité without the revised bonus, as a minimum",
    date: "2026-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 1443.11 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "638.28 + 59.85 % x 1,443.11 (= 863.70) - max(638.28, 1,443.11) = 58.87 without bonus; the bonus of " +
      "CSS D843-2 changed on 1 April 2026 and its new values are not in the parameter files: maybe, at least 58.87.",
    expected: { primeActivite: { eligible: "maybe", monthlyAmount: 58.87 } },
  },
  {
    name: "couple with three children of 4, 7 and 10 and one income of 1,800 €: complément familial, AF, ARS",
    date: "2025-06-01",
    household: {
      adults: [
        { age: 40, earnedIncomeMonthly: 1800 },
        { age: 38, earnedIncomeMonthly: 0 },
      ],
      children: [{ age: 4 }, { age: 7 }, { age: 10 }],
      housing: { status: "tenantSocial", rentMonthly: 700, receivesHousingAid: false },
      lawfulResidence: true,
    },
    arithmetic: "AF 3 children: (32 % + 41 %) x 474.37 = 346.29 -> net 344.56. Complément familial ceiling (one " +
      "income): 24,414 x (1 + 2 x 25 % + 30 %) = 43,945.20; yearly income 21,600 under half of it (21,972.60) but " +
      "within 3 % of it with earnings: increased rate 62.48 % x 474.37 -> net 294.90, maybe. ARS for 7 and 10: 2 x " +
      "423.48 = 846.96. Prime d'activité: 633.21 x 2.5 = 1,583.02 + 59.85 % x 1,800 (1,077.30) + bonus 184.27 - " +
      "(1,800 + AF base 344.56 + CF at base rate 41.65 % -> 196.59) = 503.44.",
    expected: {
      allocationsFamiliales: { eligible: true, monthlyAmount: 344.56 },
      familyComplement: { eligible: "maybe", monthlyAmount: 294.9 },
      schoolAllowance: { eligible: true, monthlyAmount: 0, yearlyAmount: 846.96 },
      primeActivite: { eligible: true, monthlyAmount: 503.44 },
    },
  },
  {
    name: "disabled adult of 45 earning 500 €, not receiving the AAH",
    date: "2025-06-01",
    household: { adults: [{ age: 45, earnedIncomeMonthly: 500, disabilityRecognised: true }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "earnings under 30 % of the monthly SMIC (540.54) count for 20 % (CSS D821-9): 100; AAH = 1,033.32 - " +
      "100 = 933.32, maybe (the MDPH decides the rate). RSA = 646.52 - 500 = 146.52.",
    expected: { aah: { eligible: "maybe", monthlyAmount: 933.32 }, rsa: { eligible: true, monthlyAmount: 146.52 } },
  },
  {
    name: "worker of 35 earning 600 € and receiving 500 € of AAH: the AAH counts as earnings for the prime d'activité",
    date: "2025-06-01",
    household: {
      adults: [{ age: 35, earnedIncomeMonthly: 600, aahMonthly: 500, disabilityRecognised: true }],
      housing: tenantNoAid,
      lawfulResidence: true,
    },
    arithmetic: "600 >= 29 x 11.88 = 344.52: the AAH counts as earnings (CSS L842-8): 1,100; bonus = 184.27 x (1,100 - " +
      "700.92) / 724.68 = 101.48; PA = 633.21 + 59.85 % x 1,100 (658.35) + 101.48 - 1,100 = 293.04. CSS: the AAH " +
      "counts after a 68 € allowance: 12 x (600 + 432) = 12,384: with contribution, 14 € at 30-49.",
    expected: {
      primeActivite: { eligible: true, monthlyAmount: 293.04 },
      css: { eligible: true, variant: "withContribution", monthlyContribution: 14 },
      aah: { eligible: false },
    },
  },
  // Housing aid (APL/ALF/ALS) in Paris, zone I. On 2025-06-01 the arrêté of 27 September 2024 applies: ceilings L
  // 329.71 (single), 397.64 (couple), 449.43 + 65.21 per further dependant; charges 59.97 + 13.60 per dependant; P0 =
  // max(8.5 % x (L + C), 39.15); LR (zone II) 287.35, 351.72, 395.77; R0 of 2025: 5,235 single, 7,501 couple, 9,148
  // with 2 dependants. From 2025-10-01 (arrêté of 5 September 2025): 333.14 / 401.78 / 454.10 + 65.89, charges 60.59 +
  // 13.74, P0 at least 39.56, LR 290.34 / 355.38 / 399.89 + 58.21. Aid = L + C - Pp, tapered above 3.4 x L, minus
  // 5 €, less 0.5 % CRDS and rounded down to the euro.
  {
    name: "housing aid: single person of 30 without income, private tenant in Paris 18e (rent 800 € with 60 € of charges)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 800, chargesMonthly: 60, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 18,
      parisResidenceYears: 5,
    },
    arithmetic: "rent without charges 740 > ceiling: L = 329.71; C = 59.97; P0 = max(8.5 % x 389.68 = 33.12, 39.15) = 39.15; " +
      "R = 0: Pp = 39.15. Aid = 329.71 + 59.97 - 39.15 = 350.53; 740 < 3.4 x 329.71 = 1,121.01 (no tapering); - 5 = 345.53; " +
      "less CRDS 1.73 = 343.80 -> 343 € (ALS). RSA = 646.52 - min(343, 77.58) = 568.94. Paris Logement: rent net of aid " +
      "800 - 343 = 457 >= 30 % of resources (0): 84 €.",
    expected: {
      housingAid: { eligible: true, monthlyAmount: 343 },
      rsa: { eligible: true, monthlyAmount: 568.94 },
      parisLogement: { eligible: true, monthlyAmount: 84 },
    },
  },
  {
    name: "housing aid: single person of 40 earning 1,200 € net, private tenant in Paris 11e (rent 700 € with 50 € of charges)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 40, earnedIncomeMonthly: 1200 }],
      housing: { status: "tenantPrivate", rentMonthly: 700, chargesMonthly: 50, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 11,
      parisResidenceYears: 5,
    },
    arithmetic: "R = 12 x 1,200 = 14,400 - 10 % (1,440) = 12,960 -> 13,000; R - R0 = 7,765. TF 2.83 %; RL = 329.71 / 287.35 = " +
      "114.74 %; TL = 0.45 % x 30 % + 0.68 % x 39.74 % = 0.405 %; Tp = 3.235 %. Pp = 39.15 + 3.235 % x 7,765 = 290.35. " +
      "Aid = 329.71 + 59.97 - 290.35 = 99.33; - 5 = 94.33; less CRDS 0.47 = 93.86 -> 93 €. Prime d'activité: bonus = " +
      "184.27 x (1,200 - 700.92) / 724.68 = 126.90; 633.21 + 59.85 % x 1,200 (718.20) + 126.90 - max(633.21, 1,200 + " +
      "forfait min(93, 12 % x 633.21 = 75.99)) = 202.32.",
    expected: {
      housingAid: { eligible: true, monthlyAmount: 93 },
      primeActivite: { eligible: true, monthlyAmount: 202.32 },
      rsa: { eligible: false, monthlyAmount: 0 },
    },
  },
  {
    name: "housing aid: couple earning 700 € net each, private tenant in Paris 13e (rent 900 € with 100 € of charges)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 33, earnedIncomeMonthly: 700 }, { age: 31, earnedIncomeMonthly: 700 }],
      housing: { status: "tenantPrivate", rentMonthly: 900, chargesMonthly: 100, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 13,
      parisResidenceYears: 5,
    },
    arithmetic: "R = 2 x (8,400 - 840) = 15,120, less 95 € as both earn at least the BMAF (474.37) = 15,025 -> 15,100; R - R0 " +
      "(couple 7,501) = 7,599. L = 397.64; C = 59.97; P0 = max(8.5 % x 457.61 = 38.90, 39.15) = 39.15. TF 3.15 %; RL = " +
      "397.64 / 351.72 = 113.06 %; TL = 0.135 % + 0.68 % x 38.06 % = 0.394 %; Tp = 3.544 %. Pp = 39.15 + 3.544 % x 7,599 = " +
      "308.46. Aid = 397.64 + 59.97 - 308.46 = 149.15; - 5 = 144.15; less CRDS 0.72 = 143.43 -> 143 € (ALS).",
    expected: { housingAid: { eligible: true, monthlyAmount: 143 }, rsa: { eligible: false, monthlyAmount: 0 } },
  },
  {
    name: "housing aid: couple with two children (5 and 9) earning 1,800 €, social tenant in Paris 20e, after the October 2025 revaluation",
    date: "2025-11-01",
    household: {
      adults: [{ age: 38, earnedIncomeMonthly: 1800 }, { age: 36, earnedIncomeMonthly: 0 }],
      children: [{ age: 5 }, { age: 9 }],
      housing: { status: "tenantSocial", rentMonthly: 650, chargesMonthly: 120, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 20,
      parisResidenceYears: 5,
    },
    arithmetic: "2 dependants: ceiling 454.10 + 65.89 = 519.99 < rent 530: L = 519.99; C = 60.59 + 2 x 13.74 = 88.07; P0 = " +
      "8.5 % x 608.06 = 51.69. R = 21,600 - 2,160 = 19,440 -> 19,500; R - R0 (9,148) = 10,352. TF 2.38 %; LR = 399.89 + " +
      "58.21 = 458.10; RL = 113.51 %; TL = 0.135 % + 0.68 % x 38.51 % = 0.397 %; Tp = 2.777 %. Pp = 51.69 + 2.777 % x " +
      "10,352 = 339.16. Aid = 519.99 + 88.07 - 339.16 = 268.90; - 5 = 263.90; less CRDS 1.32 = 262.58 -> 262 € (APL).",
    expected: { housingAid: { eligible: true, monthlyAmount: 262 } },
  },
  {
    name: "housing aid: high rent tapers the aid (single person without income, rent 1,250 € with 50 € of charges, Paris 15e)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 1250, chargesMonthly: 50, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 15,
      parisResidenceYears: 5,
    },
    arithmetic: "aid before tapering 350.53 (as for the 800 € rent); tapering from 3.4 x 329.71 = 1,121.01 to 4 x 329.71 = " +
      "1,318.84: 350.53 x (1 - (1,200 - 1,121.01) / 197.83) = 210.57; - 5 = 205.57; less CRDS 1.03 = 204.54 -> 204 €.",
    expected: { housingAid: { eligible: true, monthlyAmount: 204 }, rsa: { eligible: true, monthlyAmount: 568.94 } },
  },
  {
    name: "housing aid: no tapering for an AAH recipient (same rent of 1,250 €)",
    date: "2025-06-01",
    household: {
      adults: [{ age: 45, earnedIncomeMonthly: 0, aahMonthly: 1016.05, disabilityRecognised: true }],
      housing: { status: "tenantPrivate", rentMonthly: 1250, chargesMonthly: 50, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 15,
      parisResidenceYears: 5,
    },
    arithmetic: "the AAH is not taxable: R = 0; no tapering for AAH recipients (CCH D823-16): 350.53 - 5 = 345.53 -> 343 €.",
    expected: { housingAid: { eligible: true, monthlyAmount: 343 } },
  },
  {
    name: "housing aid: pensioner of 70 with 1,100 €; claiming the aid brings the CSS forfait logement",
    date: "2025-06-01",
    household: {
      adults: [{ age: 70, earnedIncomeMonthly: 0, pensionsMonthly: 1100 }],
      housing: { status: "tenantPrivate", rentMonthly: 500, chargesMonthly: 50, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 14,
      parisResidenceYears: 5,
    },
    arithmetic: "R = 13,200 - 10 % (1,320) = 11,880 -> 11,900; R - R0 = 6,665; Pp = 39.15 + 3.235 % x 6,665 = 254.76; aid = " +
      "389.68 - 254.76 = 134.92; - 5 = 129.92; less CRDS 0.65 = 129.27 -> 129 €. CSS: 12 x (1,100 + forfait min(129, 12 % x " +
      "646.52 = 77.58)) = 14,130.96 > 13,957: no CSS once the aid is received (without it: 13,200, with contribution).",
    expected: { housingAid: { eligible: true, monthlyAmount: 129 }, css: { eligible: false } },
  },
  {
    name: "housing aid outside Paris: zone not asked, maybe without amount",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 600, receivesHousingAid: false },
      lawfulResidence: true,
    },
    arithmetic: "the rent ceilings depend on the zone (I, II or III), known only for Paris: maybe, no amount; the RSA keeps " +
      "646.52 (no aid counted).",
    expected: { housingAid: { eligible: "maybe", monthlyAmount: null }, rsa: { eligible: true, monthlyAmount: 646.52 } },
  },
  // Chèque énergie (arrêté du 26 décembre 2018, threshold of the arrêté du 24 février 2021): consumption units 1 +
  // 0.5 for the second person + 0.3 for each further one; bands of RFR per unit < 5,600 / 6,700 / 7,700 / 10,800 €;
  // Navigo Solidarité (Île-de-France Mobilités); the other aids of the City of Paris.
  {
    name: "chèque énergie and Navigo Solidarité: single person without income in Paris 18e",
    date: "2025-06-01",
    household: {
      adults: [{ age: 30, earnedIncomeMonthly: 0 }],
      housing: { status: "tenantPrivate", rentMonthly: 800, chargesMonthly: 60, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 18,
      parisResidenceYears: 5,
    },
    arithmetic: "RFR 0, 1 unit: first band, 194 € a year. RSA due, so the free CSS: 75 % off the Navigo pass at least " +
      "(free under Île-de-France Mobilités' ceilings). No child: no Paris family aid; under 65 without disability: no " +
      "Complément Santé Paris.",
    expected: {
      energyCheque: { eligible: true, monthlyAmount: 0, yearlyAmount: 194 },
      navigo: { eligible: true, monthlyAmount: 0, fareReduction: 0.75 },
      parisEnergieFamilles: { eligible: false },
      parisForfaitFamilles: { eligible: false },
      complementSanteParis: { eligible: false },
    },
  },
  {
    name: "chèque énergie: couple with two children earning 1,800 €, Paris 20e (2.1 consumption units)",
    date: "2025-11-01",
    household: {
      adults: [{ age: 38, earnedIncomeMonthly: 1800 }, { age: 36, earnedIncomeMonthly: 0 }],
      children: [{ age: 5 }, { age: 9 }],
      housing: { status: "tenantSocial", rentMonthly: 650, chargesMonthly: 120, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 20,
      parisResidenceYears: 5,
    },
    arithmetic: "units 1 + 0.5 + 2 x 0.3 = 2.1; RFR 21,600 - 10 % = 19,440, 9,257.14 per unit: fourth band (7,700 to " +
      "10,800), 2 units or more: 76 € a year. Paris Énergie Familles: a family with children paying its home: maybe " +
      "(amount not verified); Paris Forfait Familles needs 3 children: no.",
    expected: {
      energyCheque: { eligible: true, monthlyAmount: 0, yearlyAmount: 76 },
      parisEnergieFamilles: { eligible: "maybe", monthlyAmount: null },
      parisForfaitFamilles: { eligible: false },
    },
  },
  {
    name: "chèque énergie: single person earning 1,200 € net is over the threshold",
    date: "2025-06-01",
    household: {
      adults: [{ age: 40, earnedIncomeMonthly: 1200 }],
      housing: { status: "tenantPrivate", rentMonthly: 700, chargesMonthly: 50, receivesHousingAid: false },
      lawfulResidence: true,
      arrondissement: 11,
      parisResidenceYears: 5,
    },
    arithmetic: "RFR 14,400 - 10 % = 12,960 for 1 unit, more than 3 % over 10,800: no chèque énergie.",
    expected: { energyCheque: { eligible: false } },
  },
  {
    name: "Paris Forfait Familles: family of three children hosted free is not eligible; renting, maybe",
    date: "2025-06-01",
    household: {
      adults: [{ age: 41, earnedIncomeMonthly: 1500 }, { age: 39, earnedIncomeMonthly: 1000 }],
      children: [{ age: 3 }, { age: 6 }, { age: 10 }],
      housing: { status: "tenantSocial", rentMonthly: 900, chargesMonthly: 150, receivesHousingAid: true, housingAidMonthly: 300 },
      familyBenefitsMonthly: 344.55,
      lawfulResidence: true,
      arrondissement: 19,
      parisResidenceYears: 4,
    },
    arithmetic: "three children, Paris for 4 years of the last 5, renting: Paris Forfait Familles and Paris Énergie " +
      "Familles maybe (amounts and ceilings not verified on paris.fr). Already receives housing aid (300 €): not " +
      "proposed again.",
    expected: {
      parisForfaitFamilles: { eligible: "maybe", monthlyAmount: null },
      parisEnergieFamilles: { eligible: "maybe", monthlyAmount: null },
      housingAid: { eligible: false },
    },
  },
  {
    name: "Navigo Solidarité outside Paris (maybe: Île-de-France only) and without lawful residence (AME, 50 %)",
    date: "2025-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, lawfulResidence: true },
    arithmetic: "RSA due but the home may be outside Île-de-France: maybe, 75 % off at least.",
    expected: { navigo: { eligible: "maybe", monthlyAmount: 0, fareReduction: 0.75 } },
  },
  {
    name: "Navigo Solidarité without lawful residence: the AME's 50 % reduction, maybe",
    date: "2025-06-01",
    household: { adults: [{ age: 30, earnedIncomeMonthly: 0 }], housing: tenantNoAid, lawfulResidence: false, arrondissement: 10, parisResidenceYears: 5 },
    arithmetic: "no RSA nor CSS without lawful residence; with the AME (not simulated), 50 % off: maybe.",
    expected: { navigo: { eligible: "maybe", monthlyAmount: null, fareReduction: 0.5 } },
  },
];
