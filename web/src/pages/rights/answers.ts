// The questionnaire's answers: the form's state, its conversion to the rights engine's Household (the same
// schema the command line and the household files use), the errors shown next to each field (the schema's
// limits and the answers that cannot be true together), and keeping them on this device only if asked.
import { householdProblems, type ConsistencyCode } from "../../../../domain/rights/consistency";
import { Household, type HouseholdInput, type HousingStatus } from "../../../../domain/rights/household";

export interface AdultAnswers {
  age: string;
  earned: string;
  pensions: string;
  other: string;
  aah: string;
  disability: boolean;
  student: boolean;
}

export interface Answers {
  couple: "" | "yes" | "no";
  adults: [AdultAnswers, AdultAnswers];
  childrenAges: string[];
  housingStatus: "" | HousingStatus;
  rent: string;
  charges: string;
  housingAid: "" | "yes" | "no";
  housingAidAmount: string;
  savings: string;
  familyBenefits: string;
  supportAllowance: string;
  childMaintenance: "" | "yes" | "no";
  nationality: "" | "french" | "eu" | "other";
  validPermit: "" | "yes" | "no";
  permitYears: string;
  livesInParis: "" | "yes" | "no";
  arrondissement: string;
  parisYears: string;
}

const emptyAdult = (): AdultAnswers => ({ age: "", earned: "", pensions: "", other: "", aah: "", disability: false, student: false });

export const emptyAnswers = (): Answers => ({
  couple: "",
  adults: [emptyAdult(), emptyAdult()],
  childrenAges: [],
  housingStatus: "",
  rent: "",
  charges: "",
  housingAid: "",
  housingAidAmount: "",
  savings: "",
  familyBenefits: "",
  supportAllowance: "",
  childMaintenance: "",
  nationality: "",
  validPermit: "",
  permitYears: "",
  livesInParis: "",
  arrondissement: "",
  parisYears: "",
});

export type ErrorCode = "required" | "notANumber" | "notAWholeNumber" | "tooSmall" | "tooBig" | ConsistencyCode;
export interface FieldError {
  code: ErrorCode;
  params?: Record<string, number>;
}
export type Errors = Record<string, FieldError>;

/** The input id of each field of the household schema. */
const ADULT_FIELDS: Record<string, keyof AdultAnswers> = {
  age: "age",
  earnedIncomeMonthly: "earned",
  pensionsMonthly: "pensions",
  otherIncomeMonthly: "other",
  aahMonthly: "aah",
};
export function inputOfPath(path: (string | number)[]): string {
  const [head, index, field] = path;
  if (head === "adults") return `adult${index ?? 0}-${ADULT_FIELDS[String(field)] ?? "age"}`;
  if (head === "children") return index === undefined ? "children-count" : `child${index}-age`;
  const ids: Record<string, string> = {
    "housing.status": "housing-status",
    "housing.rentMonthly": "rent",
    "housing.chargesMonthly": "charges",
    "housing.receivesHousingAid": "housing-aid-yes",
    "housing.housingAidMonthly": "housing-aid-amount",
    savings: "savings",
    familyBenefitsMonthly: "family-benefits",
    supportAllowanceMonthly: "support-allowance",
    residencePermitYears: "permit-years",
    arrondissement: "arrondissement",
    parisResidenceYears: "paris-years",
  };
  return ids[path.map(String).join(".")] ?? "nationality-french";
}

/** A number as people type it: "1 234,50", "1234.5", "800 €"; empty is null; anything else NaN. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (cleaned === "") return null;
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : NaN;
}

type Converted = { household: Household; errors: {} } | { household: null; errors: Errors };

/** Turns the answers into a validated Household, or the errors of each field. */
export function toHousehold(a: Answers): Converted {
  const errors: Errors = {};
  const number = (id: string, text: string, { required = false, whole = false } = {}): number | undefined => {
    const value = parseAmount(text);
    if (value === null) {
      if (required) errors[id] = { code: "required" };
      return undefined;
    }
    if (Number.isNaN(value)) errors[id] = { code: "notANumber" };
    else if (whole && !Number.isInteger(value)) errors[id] = { code: "notAWholeNumber" };
    return Number.isNaN(value) ? undefined : value;
  };
  const choice = <T extends string>(id: string, value: T | ""): T | undefined => {
    if (value === "") errors[id] = { code: "required" };
    return value === "" ? undefined : value;
  };

  const couple = choice("couple-yes", a.couple);
  const adults = a.adults.slice(0, couple === "yes" ? 2 : 1).map((adult, i) => ({
    age: number(`adult${i}-age`, adult.age, { required: true, whole: true }),
    earnedIncomeMonthly: number(`adult${i}-earned`, adult.earned) ?? 0,
    pensionsMonthly: number(`adult${i}-pensions`, adult.pensions) ?? 0,
    otherIncomeMonthly: number(`adult${i}-other`, adult.other) ?? 0,
    aahMonthly: number(`adult${i}-aah`, adult.aah) ?? 0,
    disabilityRecognised: adult.disability,
    student: adult.student,
  }));
  const children = a.childrenAges.map((age, i) => ({ age: number(`child${i}-age`, age, { required: true, whole: true }) }));
  const singleParent = couple === "no" && children.length > 0;
  const status = choice("housing-status", a.housingStatus);
  const aid = choice("housing-aid-yes", a.housingAid);
  const isTenant = status === "tenantPrivate" || status === "tenantSocial";
  const nationality = choice("nationality-french", a.nationality);
  const validPermit = nationality === "other" ? choice("valid-permit-yes", a.validPermit) : "yes";
  const inParis = choice("in-paris-yes", a.livesInParis);
  const input: HouseholdInput = {
    adults: adults as HouseholdInput["adults"],
    children: children as HouseholdInput["children"],
    housing: {
      status: status ?? "tenantPrivate",
      rentMonthly: number("rent", a.rent) ?? 0,
      ...(isTenant && number("charges", a.charges) !== undefined ? { chargesMonthly: number("charges", a.charges) } : {}),
      receivesHousingAid: aid === "yes",
      ...(aid === "yes" && number("housing-aid-amount", a.housingAidAmount) !== undefined ? { housingAidMonthly: number("housing-aid-amount", a.housingAidAmount) } : {}),
    },
    savings: number("savings", a.savings) ?? 0,
    ...(number("family-benefits", a.familyBenefits) !== undefined ? { familyBenefitsMonthly: number("family-benefits", a.familyBenefits) } : {}),
    ...(singleParent && number("support-allowance", a.supportAllowance) !== undefined ? { supportAllowanceMonthly: number("support-allowance", a.supportAllowance) } : {}),
    ...(singleParent && a.childMaintenance !== "" ? { receivesChildMaintenance: a.childMaintenance === "yes" } : {}),
    lawfulResidence: validPermit === "yes",
    ...(nationality === "other" && validPermit === "yes" ? { residencePermitYears: number("permit-years", a.permitYears, { required: true }) } : {}),
    ...(inParis === "yes" ? { arrondissement: number("arrondissement", a.arrondissement, { required: true, whole: true }) } : {}),
    ...(inParis === "yes" ? { parisResidenceYears: number("paris-years", a.parisYears, { required: true }) } : {}),
  };
  if (Object.keys(errors).length) return { household: null, errors };

  const parsed = Household.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const id = inputOfPath(issue.path as (string | number)[]);
      if (errors[id]) continue;
      if (issue.code === "too_small") errors[id] = { code: "tooSmall", params: { min: Number(issue.minimum) } };
      else if (issue.code === "too_big") errors[id] = { code: "tooBig", params: { max: Number(issue.maximum) } };
      else errors[id] = { code: "notANumber" };
    }
    return { household: null, errors };
  }
  for (const problem of householdProblems(parsed.data)) {
    errors[inputOfPath(problem.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)))] = { code: problem.code, params: problem.params };
  }
  return Object.keys(errors).length ? { household: null, errors } : { household: parsed.data, errors: {} };
}

const STORAGE_KEY = "recoque.rights.answers";

/** The answers kept on this device, if the person asked to keep them. */
export function keptAnswers(): Answers | null {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text ? ({ ...emptyAnswers(), ...(JSON.parse(text) as Partial<Answers>) } as Answers) : null;
  } catch {
    return null;
  }
}

export function keepAnswers(answers: Answers): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
    return true;
  } catch {
    return false;
  }
}

export function eraseAnswers(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing was kept */
  }
}
