// The facts the legal pages share (who publishes Recoque, who hosts it, whom to write to), written once and
// given to their texts as {placeholders}; and the pages every footer links (LCEN art. 6, RGAA, GDPR art. 13).
// Postal addresses stay in French in both languages, as they are written on an envelope.

export const LEGAL = {
  publisher: "Ville de Paris",
  publisherAddress: "Hôtel de Ville, place de l'Hôtel de Ville, 75004 Paris",
  publisherMail: "Ville de Paris, Hôtel de Ville, 75196 Paris Cedex 04",
  phone: "3975",
  contactEmail: "recoque@paris.example",
  dpoEmail: "dpo@paris.example",
  host: "Cloudflare, Inc.",
  hostAddress: "101 Townsend Street, San Francisco, CA 94107, USA",
  hostPhone: "+1 650 319 8930",
  cnilAddress: "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
  cnilComplaintUrl: "https://www.cnil.fr/fr/plaintes",
  defenderFormUrl: "https://formulaire.defenseurdesdroits.fr/",
  defenderSite: "https://www.defenseurdesdroits.fr",
  defenderMail: "Défenseur des droits, Libre réponse 71120, 75342 Paris Cedex 07",
  defenderPhone: "09 69 39 00 00",
} as const;

/** The pages every footer links, in this order: legal notice, accessibility, personal data, contact. */
export const LEGAL_PAGES = ["/mentions-legales", "/accessibilite", "/donnees-personnelles", "/contact"] as const;
