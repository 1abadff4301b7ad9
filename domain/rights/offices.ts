// Where to claim each right the engine finds, and the documents usually asked there: the CAF, the CPAM, the
// pension fund, the MDPH, the tax office, Île-de-France Mobilités, or the Espace parisien des solidarités (EPS)
// of the household's arrondissement. Addresses and opening hours are not shipped: no openly licensed directory
// (annuaire de l'administration, paris.fr open data) could be reached offline to source them, and none is
// invented; each office gives the official site where they are published. The document lists summarise the
// service-public.fr pages each benefit links to (own summary, December 2026). Shared code.
import type { BenefitId } from "./rules/types.ts";
import type { MessageCode } from "./translations.ts";

export type OfficeId = "caf" | "cpam" | "pensionFund" | "mdph" | "taxOffice" | "idfm" | "eps";

export type DocumentCode = Extract<MessageCode, `document.${string}`>;

interface Office {
  /** Official site that publishes the addresses and opening hours (null: the benefit's own page). */
  site: string | null;
  documents: readonly DocumentCode[];
}

export const OFFICES: Record<OfficeId, Office> = {
  caf: { site: "https://www.caf.fr", documents: ["document.identity", "document.income", "document.bankDetails", "document.cafNumber"] },
  cpam: { site: "https://www.ameli.fr", documents: ["document.identity", "document.incomeYear", "document.taxNotice", "document.bankDetails"] },
  pensionFund: { site: "https://www.info-retraite.fr", documents: ["document.identity", "document.income", "document.taxNotice", "document.bankDetails"] },
  mdph: { site: null, documents: ["document.identity", "document.residence", "document.medicalCertificate"] },
  taxOffice: { site: "https://www.impots.gouv.fr", documents: ["document.taxReturn"] },
  idfm: { site: null, documents: ["document.navigoPass"] },
  eps: { site: "https://www.paris.fr/aides", documents: ["document.identity", "document.parisResidence", "document.income", "document.lease", "document.cafNumber"] },
};

export const OFFICE_OF: Record<BenefitId, OfficeId> = {
  rsa: "caf",
  primeActivite: "caf",
  housingAid: "caf",
  allocationsFamiliales: "caf",
  supportAllowance: "caf",
  familyComplement: "caf",
  schoolAllowance: "caf",
  babyAllowance: "caf",
  css: "cpam",
  aspa: "pensionFund",
  aah: "mdph",
  energyCheque: "taxOffice",
  navigo: "idfm",
  parisSolidarite: "eps",
  parisLogement: "eps",
  parisLogementFamilles: "eps",
  parisLogementFamillesMonoparentales: "eps",
  parisEnergieFamilles: "eps",
  parisForfaitFamilles: "eps",
  complementSanteParis: "eps",
};

/** Documents that a claim of this benefit adds to its office's list. */
const EXTRA_DOCUMENTS: Partial<Record<BenefitId, readonly DocumentCode[]>> = {
  housingAid: ["document.lease"],
  supportAllowance: ["document.maintenance"],
};

export interface ClaimPlace {
  office: OfficeId;
  /** Where the addresses and hours are published: the office's site, or the benefit's page. */
  site: string;
  /** For the EPS: the household's arrondissement (its office serves it). */
  arrondissement?: number;
  benefits: BenefitId[];
  documents: DocumentCode[];
}

/** The offices to visit for these benefits, each with its documents (each document once per office). */
export function claimPlaces(
  found: readonly { benefit: BenefitId; howToClaim: { url: string } }[],
  arrondissement: number | undefined,
): ClaimPlace[] {
  const places = new Map<OfficeId, ClaimPlace>();
  for (const { benefit, howToClaim } of found) {
    const office = OFFICE_OF[benefit];
    let place = places.get(office);
    if (!place) {
      place = { office, site: OFFICES[office].site ?? howToClaim.url, benefits: [], documents: [...OFFICES[office].documents] };
      if (office === "eps" && arrondissement !== undefined) place.arrondissement = arrondissement;
      places.set(office, place);
    }
    place.benefits.push(benefit);
    for (const document of EXTRA_DOCUMENTS[benefit] ?? []) if (!place.documents.includes(document)) place.documents.push(document);
  }
  return [...places.values()];
}
