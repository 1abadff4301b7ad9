// From the local-office codes of a service-public.fr fiche ("où s'adresser", e.g. `prefecture|caf`) to the
// services a Parisian request is routed to (labels.ts OFFICES). In Paris the Préfecture de police holds the
// prefecture's counters, and the fiches' Paris-specific codes (paris_ppp_titre_sejour…) are more precise than
// the generic ones they come with. Codes with no Paris office of the list (notaire, ambassade…) are left out;
// a fiche with none of the listed offices routes to `none`. Shared code.
import type { Office } from "./labels.ts";

const CODE_TO_OFFICE: Record<string, Office> = {
  mairie: "mairie",
  mairie_passeport_bio: "mairie",
  paris_casvp: "paris_casvp",
  caf: "caf",
  cpam: "cpam",
  paris_ppp: "paris_ppp",
  paris_prefecture: "paris_ppp",
  paris_ppp_permis_conduire: "paris_ppp",
  prefecture: "paris_ppp",
  sous_pref: "paris_ppp",
  paris_ppp_titre_sejour: "paris_ppp_titre_sejour",
  centre_impots: "centre_impots",
  centre_impots_fonciers: "centre_impots",
  sie: "centre_impots",
  adil: "adil",
  mjd: "mjd",
  permanence_juridique: "mjd",
  pole_emploi: "pole_emploi",
  maison_handicapees: "maison_handicapees",
  carsat: "carsat",
  commissariat_police: "commissariat_police",
};

/** Generic codes a Paris-specific one replaces when the fiche lists both. */
const PARIS_SPECIFIC: Partial<Record<Office, Office>> = { paris_ppp_titre_sejour: "paris_ppp" };

/** The offices of a fiche's `where_to_go` codes (`|`-separated), `["none"]` when none is listed. */
export function officesOfFiche(whereToGo: string): Office[] {
  const offices = new Set<Office>();
  for (const code of whereToGo.split("|")) {
    const office = CODE_TO_OFFICE[code.trim()];
    if (office) offices.add(office);
  }
  for (const [specific, generic] of Object.entries(PARIS_SPECIFIC)) {
    if (offices.has(specific as Office)) offices.delete(generic);
  }
  return offices.size > 0 ? [...offices] : ["none"];
}
