// Which field of a published register entry stands for which attribute of the standards we follow: the UK
// Algorithmic Transparency Recording Standard v1 (tiers 1 and 2, ../shared/data/registers/uk_atrs_v1_fields.csv),
// the Dutch algorithm register standard 0.3.1 (nl_algorithm_register_standard_v0_3_1.yaml) and the Amsterdam /
// Utrecht register (amsterdam_utrecht_algorithm_register_fields_nl.csv). A test checks that every required
// attribute of the UK and NL standards is mapped, and that every mapped path is filled in every entry.
// Paths are in a published entry (workers/src/algorithm-register/document.ts): `[]` walks every item of a list.
// Amsterdam fields are named by their question ("Vraag"), prefixed with their part ("Onderdeel: ") when the
// question recurs in several parts.

export interface FieldMapping {
  path: string;
  uk?: string[];
  nl?: string[];
  amsterdam?: string[];
  /** How the field was filled when it is not a plain one-to-one copy of the attribute. */
  note?: string;
}

export const STANDARDS = [
  { id: "uk-atrs", name: "UK Algorithmic Transparency Recording Standard", version: "1.0", tiers: "1 and 2" },
  { id: "nl-algorithm-register", name: "Standaard voor Algoritmische Transparantie (NL)", version: "0.3.1" },
  { id: "amsterdam-utrecht", name: "Algoritmeregister Amsterdam / Utrecht (velden)", version: "2020" },
  { id: "fraia", name: "Fundamental Rights and Algorithms Impact Assessment (IAMA)", version: "1.0 (2021)" },
] as const;

export const fieldMappings: FieldMapping[] = [
  // Overview
  { path: "name", uk: ["name"], nl: ["name"], amsterdam: ["Overzicht: Naam"] },
  { path: "summary", nl: ["description_short"], note: "at most 150 characters per language" },
  { path: "description", uk: ["description"], nl: ["description"], amsterdam: ["Overzicht: Omschrijving"], note: "500 to 10,000 characters per language, as NL asks" },
  { path: "website", uk: ["website"], nl: ["website", "documentation", "product_page"], amsterdam: ["Website van product of dienst"] },
  { path: "keywords", nl: ["keywords"], amsterdam: ["Tags"] },
  // Owner and responsibility
  { path: "organisation", uk: ["organisation"], nl: ["organization"], amsterdam: ["Organisatie"] },
  { path: "team", uk: ["team"], nl: ["department"], amsterdam: ["Afdeling of team"] },
  { path: "seniorResponsibleOwner", uk: ["senior_responsible_owner"], nl: ["competent_authority"], amsterdam: ["Functietitel verantwoordelijke manager"], note: "a role, never a person's name" },
  { path: "contact.email", uk: ["contact_email"], nl: ["contact_email"], amsterdam: ["Email"] },
  { path: "contact.name", nl: ["contact_name"], amsterdam: ["Contactpersoon voornaam", "Contactpersoon achternaam"], note: "a team, as Amsterdam does" },
  { path: "supplier.name", uk: ["external_supplier*"], amsterdam: ["Leverancier"], note: "developed in-house: the supplier is the City" },
  { path: "supplier.role", uk: ["external_supplier_role*"] },
  { path: "supplier.dataAccessTerms", uk: ["data_access_terms*"] },
  { path: "area", nl: ["area"] },
  { path: "domain", nl: ["domain"], amsterdam: ["Cluster"] },
  { path: "status", uk: ["phase"], nl: ["status"], note: "NL statuses; UK 'development' and 'production' are NL 'development' and 'operational'" },
  // Description and use case
  { path: "algorithms[].name", nl: ["methods_and_models"], amsterdam: ["Type"] },
  { path: "algorithms[].source", nl: ["codebase_url"], amsterdam: ["URL naar broncode"] },
  { path: "modelType", uk: ["model_type"], nl: ["methods_and_models"] },
  { path: "algorithmType", nl: ["algorithm_type"] },
  { path: "useType", nl: ["type"] },
  { path: "scope", uk: ["scope"], nl: ["goal"] },
  { path: "benefit", uk: ["benefit"], nl: ["goal"] },
  { path: "decisionMakingProcess", nl: ["decision_making_process"] },
  { path: "impact", nl: ["impact"] },
  { path: "proportionality", nl: ["proportionality"] },
  { path: "alternativesConsidered", uk: ["alternatives_considered"], nl: ["alternatives_considered"] },
  { path: "legalBasis.text", nl: ["lawful_basis"], amsterdam: ["Publieke taak"] },
  { path: "legalBasis.references[].url", amsterdam: ["Overige referentie"] },
  { path: "frequencyOfUse", uk: ["frequency_usage"] },
  { path: "maintenance", uk: ["maintenance"] },
  { path: "systemArchitecture", uk: ["system_architecture"], amsterdam: ["Achitectuur van het model"] },
  { path: "codebase", nl: ["codebase_url", "product_information"], amsterdam: ["URL naar broncode"] },
  // Oversight
  { path: "processIntegration", uk: ["process_integration"] },
  { path: "providedInformation", uk: ["provided_information"] },
  { path: "humanDecisions", uk: ["human_decisions"], nl: ["human_intervention"], amsterdam: ["Menselijk toezicht: Omschrijving"] },
  { path: "requiredTraining", uk: ["required_training"] },
  { path: "appealsAndReview", uk: ["appeals_and_review"], nl: ["objection_procedure"] },
  { path: "monitoring", nl: ["monitoring"] },
  { path: "rollback", nl: ["rollback"] },
  { path: "models[].metrics", nl: ["performance"], amsterdam: ["Prestatie"], note: "generated from each model card (evaluation data, overall and by group)" },
  // Data
  { path: "data.sources[].name", uk: ["source_data_name*"], amsterdam: ["Data: Naam"] },
  { path: "data.sources[].description", uk: ["source_data_description*"], nl: ["source_data"], amsterdam: ["Data: Omschrijving", "Type data"] },
  { path: "data.sources[].url", uk: ["source_data_url*"], amsterdam: ["URL Bron"], note: "where the source is published; absent for data given by the person" },
  { path: "data.sources[].collection", uk: ["data_collection*"], amsterdam: ["Data Verzameld door"] },
  { path: "data.sources[].personalData", amsterdam: ["Persoonsgegevens"] },
  { path: "data.collection", uk: ["data_collection*"] },
  { path: "data.training", nl: ["training_data"] },
  { path: "data.sharingAgreements", uk: ["data_sharing_agreements*"] },
  { path: "data.accessAndStorage", uk: ["data_access_and_storage*"] },
  { path: "dataClasses[].retentionDays", uk: ["data_access_and_storage*"], note: "generated from workers/src/privacy/retention.ts" },
  { path: "access.readers", uk: ["data_access_and_storage*"], note: "generated from workers/src/privacy/purposes.ts" },
  { path: "data.connectedSources", nl: ["connected_data_sources"] },
  { path: "data.bias", nl: ["data_bias"] },
  // Risks and impact assessments
  { path: "riskCategory.level", nl: ["risk_category"], note: "EU AI Act classification, with the reason" },
  { path: "risks[].name", uk: ["risk_name*"], nl: ["risks"], amsterdam: ["Risico's: Omschrijving"] },
  { path: "risks[].description", uk: ["risk_description*"], nl: ["risks"] },
  { path: "risks[].mitigation", uk: ["risk_mitigation*"], nl: ["risks"] },
  { path: "nonDiscrimination", nl: ["DPIA_description"], amsterdam: ["Tegengaan van discriminatie: Omschrijving"] },
  { path: "protectedAttributesUsed", amsterdam: ["Use of protected attributes"] },
  { path: "models[].fairness", nl: ["data_bias"], note: "generated from each model card: group checks, proxy checks, what cannot be measured" },
  { path: "impactAssessments[].name", uk: ["impact_assessment_name*"], nl: ["DPIA_description", "AIA_description"] },
  { path: "impactAssessments[].description", uk: ["impact_assessment_description*"] },
  { path: "impactAssessments[].date", uk: ["impact_assessment_date*"] },
  { path: "impactAssessments[].link", uk: ["impact_assessment_link*"], nl: ["DPIA_url", "AIA_url"], amsterdam: ["Data Protection Impact Assessment (URL)", "AI Impact Assessment"] },
  { path: "fundamentalRights", nl: ["AIA_description"], amsterdam: ["AI Impact Assessment"], note: "a summary of the FRAIA (IAMA) questionnaire, parts 1 to 4" },
  // Metadata
  { path: "standards", nl: ["standard_version"], note: "generated: every standard followed, with its version" },
  { path: "id", nl: ["uuid"], note: "a stable slug rather than a UUID" },
  { path: "lang", nl: ["lang"], amsterdam: ["Taal"], note: "generated: fr and en" },
  { path: "publicationDate", nl: ["publication_date"] },
  { path: "lastChangeDate", nl: ["last_change_date"] },
  { path: "revisionDate", nl: ["revision_date"] },
  { path: "revisionNote", nl: ["revision_note"] },
];
