// Reads OpenFisca-France's parameters (the @leximpact/socio-fiscal-openfisca-json package, AGPL: a development-only
// test oracle, never shipped) and compares the values of domain/rights/params with them. Each of our parameters
// (or each element of a list) maps to one OpenFisca parameter, with a conversion when the units differ.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parameterFiles, type ParameterGroup } from "../../../domain/rights/params/index.ts";
import type { DatedValue } from "../../../domain/rights/params/schema.ts";

interface OpenFiscaParameter {
  name: string;
  values: Record<string, { value: number | null }>;
  metadata?: { last_value_still_valid_on?: string };
}

const packageJson = createRequire(import.meta.url).resolve("@leximpact/socio-fiscal-openfisca-json/package.json");
const tree = JSON.parse(readFileSync(packageJson.replace(/package\.json$/, "raw_processed_parameters.json"), "utf8")) as Record<string, unknown>;

export const openFiscaVersion = (
  JSON.parse(readFileSync(packageJson.replace(/package\.json$/, "metadata.json"), "utf8")) as {
    distributions: Record<string, { version: string }>;
  }
).distributions["OpenFisca-France"].version;

interface OpenFiscaScale {
  metadata?: OpenFiscaParameter["metadata"];
  brackets?: Record<"threshold" | "amount", OpenFiscaParameter["values"]>[];
}

/** A parameter by its dotted path; `path#2.threshold` is the threshold (or amount) of bracket 2 of a scale. */
export function openFiscaParameter(path: string): OpenFiscaParameter {
  const [dotted, bracket] = path.split("#");
  const node = dotted.split(".").reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key], tree);
  if (bracket !== undefined) {
    const [index, field] = bracket.split(".") as [string, "threshold" | "amount"];
    const values = (node as OpenFiscaScale | undefined)?.brackets?.[Number(index)]?.[field];
    if (!values) throw new Error(`no OpenFisca scale bracket ${path}`);
    return { name: path, values, metadata: (node as OpenFiscaScale).metadata };
  }
  if (!(node as OpenFiscaParameter | undefined)?.values) throw new Error(`no OpenFisca parameter ${path}`);
  return node as OpenFiscaParameter;
}

const RSA = "prestations_sociales.solidarite_insertion.minima_sociaux.rsa";
const PPA = "prestations_sociales.solidarite_insertion.minima_sociaux.ppa";
const ASPA = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa";
const CS = "prestations_sociales.solidarite_insertion.minima_sociaux.cs";
const PF = "prestations_sociales.prestations_familiales";
const AAH = "prestations_sociales.prestations_etat_de_sante.invalidite.aah";
const PAJE_CEILINGS = `${PF}.petite_enfance.paje.paje_plaf.ne_adopte_apres_04_2018`;
const AL = "prestations_sociales.aides_logement.allocations_logement";
const AL_RENT = `${AL}.locatif.formule.l_plafonds_loyers.par_zone`;
const AL_PP = `${AL}.locatif.formule.pp_particip_perso`;
const TAX_DEDUCTIONS = "impot_revenu.calcul_revenus_imposables.deductions";
const CHEQUE = "prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie";

/** One of our values (a parameter, or one element of a list) and the OpenFisca parameter it is compared with. */
export interface Mapping {
  /** OpenFisca path; the value is converted by `convert` into our unit. */
  path: string;
  convert?: (value: number) => number;
}

/** The Cnav publishes yearly amounts; the monthly amount is the twelfth truncated to the cent (12,411.44 -> 1,034.28). */
const yearlyToMonthly = (v: number) => Math.floor((v / 12) * 100 + 1e-6) / 100;
const under = (v: number) => v - 1;

/** `group.name` or `group.name[i]` for one element of a list → OpenFisca. */
export const MAPPINGS: Record<string, Mapping> = {
  "rsa.baseAmount": { path: `${RSA}.rsa_m.montant_de_base_du_rsa` },
  "rsa.secondPersonRate": { path: `${RSA}.rsa_maj.maj_montant_max.couples_celibataire_avec_enfant` },
  "rsa.furtherPersonRate": { path: `${RSA}.rsa_maj.maj_montant_max.couple_1_enfant_ou_2e_enfant` },
  "rsa.thirdChildOnwardRate": { path: `${RSA}.rsa_maj.maj_montant_max.par_enfant_supplementaire` },
  "rsa.singleParentBaseRate": { path: `${RSA}.rsa_maj.majoration_isolement_en_base_rsa.femmes_enceintes` },
  "rsa.singleParentPerChildRate": { path: `${RSA}.rsa_maj.majoration_isolement_en_base_rsa.par_enfant_a_charge` },
  // OpenFisca: "under 3"; ours: the oldest age of the youngest child (2).
  "rsa.singleParentYoungestChildMaxAge": { path: `${RSA}.rsa_maj.majoration_isolement_en_base_rsa.age_limite_enfant`, convert: under },
  "rsa.housingFlatRateOnePerson": { path: `${RSA}.rsa_fl.forfait_logement.taux_1_personne` },
  "rsa.housingFlatRateTwoPersons": { path: `${RSA}.rsa_fl.forfait_logement.taux_2_personnes` },
  "rsa.housingFlatRateThreeOrMore": { path: `${RSA}.rsa_fl.forfait_logement.taux_3_personnes_ou_plus` },
  "rsa.supportAllowanceFlatRate": { path: `${RSA}.rsa_maj.forfait_asf.taux2` },
  "rsa.minimumPayment": { path: `${RSA}.rsa_maj.montant_minimum_verse` },
  "rsa.minimumAge": { path: `${RSA}.rsa_cond.age_minimum_allocataire` },
  "rsa.residencePermitYears": { path: `${RSA}.rsa_cond.duree_min_titre_sejour.non_eee` },
  "rsa.savingsYearlyRate": { path: `${RSA}.rsa_cond.patrimoine.taux_interet_forfaitaire_epargne_non_imposable` },

  "primeActivite.baseAmount": { path: `${PPA}.pa_m.montant_de_base` },
  "primeActivite.earnedIncomeRate": { path: `${PPA}.pa_m.majoration_ressources_revenus_activite` },
  "primeActivite.secondPersonRate": { path: `${PPA}.pa_m.majoration_montant_maximal.couples_seul_avec_enfant` },
  "primeActivite.furtherPersonRate": { path: `${PPA}.pa_m.majoration_montant_maximal.couple_1_enfant_2e_enfant` },
  "primeActivite.thirdChildOnwardRate": { path: `${PPA}.pa_m.majoration_montant_maximal.par_enfant_supplementaire` },
  "primeActivite.singleParentBaseRate": { path: `${PPA}.pa_m.majoration_isolement.femmes_enceintes` },
  "primeActivite.singleParentPerChildRate": { path: `${PPA}.pa_m.majoration_isolement.par_enfant_charge` },
  "primeActivite.housingFlatRateOnePerson": { path: `${PPA}.pa_fl.taux_forfait_logement.foyer_1_personne` },
  "primeActivite.housingFlatRateTwoPersons": { path: `${PPA}.pa_fl.taux_forfait_logement.foyer_2_personnes` },
  "primeActivite.housingFlatRateThreeOrMore": { path: `${PPA}.pa_fl.taux_forfait_logement.foyer_3_personnes` },
  "primeActivite.supportAllowanceFlatRate": { path: `${PF}.education_presence_parentale.asf.montant_asf_dans_calcul_rsa_ppa.orphelin_assimile_seul_parent` },
  "primeActivite.bonusMaxRate": { path: `${PPA}.pa_m.bonification.taux_bonification_max` },
  "primeActivite.bonusStartHours": { path: `${PPA}.pa_m.bonification.seuil_bonification` },
  "primeActivite.bonusFullHours": { path: `${PPA}.pa_m.bonification.seuil_max_bonification` },
  "primeActivite.aahAsEarningsSmicHours": { path: `${PPA}.pa_cond.seuil_aah_activite` },
  "primeActivite.minimumPayment": { path: `${PPA}.pa_m.montant_minimum_verse` },
  "primeActivite.minimumAge": { path: `${PPA}.pa_cond.age_min` },

  "aspa.ceilingSingle": { path: `${ASPA}.plafond_ressources.personnes_seules`, convert: yearlyToMonthly },
  "aspa.ceilingCouple": { path: `${ASPA}.plafond_ressources.couples`, convert: yearlyToMonthly },
  "aspa.minimumAge": { path: `${ASPA}.age_min` },
  "aspa.residencePermitYears": { path: `${ASPA}.duree_min_titre_sejour` },
  "aspa.earnedIncomeAllowanceSingle": { path: `${ASPA}.abattement_forfaitaire.personnes_seules` },
  "aspa.earnedIncomeAllowanceCouple": { path: `${ASPA}.abattement_forfaitaire.couples` },

  "css.ceilingsFree[0]": { path: `${CS}.cmu.plafond_base` },
  "css.ceilingsWithContribution[0]": { path: `${CS}.cmu.plafond_base`, convert: (v) => Math.floor(v * 1.35) },
  "css.housingFlatRatesInKind[0]": { path: `${CS}.css.forfait_logement_sans_al.taux_1p` },
  "css.housingFlatRatesInKind[1]": { path: `${CS}.css.forfait_logement_sans_al.taux_2p` },
  "css.housingFlatRatesInKind[2]": { path: `${CS}.css.forfait_logement_sans_al.taux_3p_plus` },
  "css.housingFlatRatesWithAid[0]": { path: `${CS}.css.forfait_logement_avec_al.taux_1p` },
  "css.housingFlatRatesWithAid[1]": { path: `${CS}.css.forfait_logement_avec_al.taux_2p` },
  "css.housingFlatRatesWithAid[2]": { path: `${CS}.css.forfait_logement_avec_al.taux_3p_plus` },
  "css.aspaAllowanceSingle": { path: `${CS}.css.abattements.aspa_asv.personne_seule` },
  "css.aspaAllowanceCouple": { path: `${CS}.css.abattements.aspa_asv.couple` },
  "css.aahAllowance": { path: `${CS}.css.abattements.aah` },
  "css.contributionByBand[0]": { path: `${CS}.css.montant.france.cmu_moins_30_ans` },
  "css.contributionByBand[1]": { path: `${CS}.css.montant.france.cmu_30_49_ans` },
  "css.contributionByBand[2]": { path: `${CS}.css.montant.france.cmu_50_59_ans` },
  "css.contributionByBand[3]": { path: `${CS}.css.montant.france.cmu_60_69_ans` },
  "css.contributionByBand[4]": { path: `${CS}.css.montant.france.cmu_plus_69_ans` },

  "smic.hourlyGross": { path: "marche_travail.salaire_minimum.smic.smic_b_horaire" },

  "familyBenefits.bmaf": { path: `${PF}.bmaf.bmaf` },
  // OpenFisca: "under 20"; ours: the oldest age counted (19).
  "familyBenefits.maxChildAge": { path: `${PF}.prestations_generales.af.af_cm.age2`, convert: under },
  "familyBenefits.afTwoChildrenRate": { path: `${PF}.prestations_generales.af.af_cm.taux.enf2` },
  "familyBenefits.afFurtherChildRate": { path: `${PF}.prestations_generales.af.af_cm.taux.enf3` },
  "familyBenefits.afAgeIncreaseRate": { path: `${PF}.prestations_generales.af.af_maj.maj_age_deux_enfants.taux1` },
  "familyBenefits.afAgeIncreaseAge": { path: `${PF}.prestations_generales.af.af_maj.maj_age_deux_enfants.age1` },
  "familyBenefits.afModulationRates[0]": { path: `${PF}.prestations_generales.af.af_cm.modulation.taux_tranche_1` },
  "familyBenefits.afModulationRates[1]": { path: `${PF}.prestations_generales.af.af_cm.modulation.taux_tranche_2` },
  "familyBenefits.afModulationRates[2]": { path: `${PF}.prestations_generales.af.af_cm.modulation.taux_tranche_3` },
  "familyBenefits.afCeilingsTwoChildren[0]": { path: `${PF}.prestations_generales.af.af_cond_ress.plafond_tranche_1` },
  "familyBenefits.afCeilingsTwoChildren[1]": { path: `${PF}.prestations_generales.af.af_cond_ress.plafond_tranche_2` },
  "familyBenefits.afCeilingPerFurtherChild": { path: `${PF}.prestations_generales.af.af_cond_ress.majoration_plafond_par_enfant_supplementaire` },
  "familyBenefits.supportAllowanceRate": { path: `${PF}.education_presence_parentale.asf.montant_asf.orphelin_assimile_seul_parent` },
  "familyBenefits.familyComplementRates[0]": { path: `${PF}.prestations_generales.cf.cf_cm.complement_familial.taux_cf_base` },
  "familyBenefits.familyComplementRates[1]": { path: `${PF}.prestations_generales.cf.cf_cm.complement_familial.taux_cf_majore` },
  "familyBenefits.familyComplementMinChildAge": { path: `${PF}.prestations_generales.cf.cf_cm.age_min` },
  "familyBenefits.familyComplementCeilingBase": { path: `${PF}.prestations_generales.cf.cf_plaf.plafond_ressources_0_enfant` },
  "familyBenefits.familyComplementCeilingChildRates[0]": { path: `${PF}.prestations_generales.cf.cf_plaf.majoration.deux_premiers_enf` },
  "familyBenefits.familyComplementCeilingChildRates[1]": { path: `${PF}.prestations_generales.cf.cf_plaf.majoration.troisieme_enf_et_plus` },
  "familyBenefits.familyComplementCeilingSingleOrTwoEarners": { path: `${PF}.prestations_generales.cf.cf_plaf.majoration.biactifs_isoles` },
  "familyBenefits.schoolAllowanceRates[0]": { path: `${PF}.education_presence_parentale.ars.ars_m.taux_primaire` },
  "familyBenefits.schoolAllowanceRates[1]": { path: `${PF}.education_presence_parentale.ars.ars_m.taux_college` },
  "familyBenefits.schoolAllowanceRates[2]": { path: `${PF}.education_presence_parentale.ars.ars_m.taux_lycee` },
  "familyBenefits.schoolAllowanceCeilingBase": { path: `${PF}.education_presence_parentale.ars.ars_plaf.plafond_ressources` },
  "familyBenefits.schoolAllowanceCeilingPerChild": { path: `${PF}.education_presence_parentale.ars.ars_plaf.majoration_par_enf_supp` },
  "familyBenefits.babyAllowanceRates[0]": { path: `${PF}.petite_enfance.paje.paje_cm.montant.allocation_base_taux_plein.apres_2018.taux` },
  "familyBenefits.babyAllowanceRates[1]": { path: `${PF}.petite_enfance.paje.paje_cm.montant.allocation_base_taux_partiel` },
  "familyBenefits.babyAllowanceCeilingsBase[0]": { path: `${PAJE_CEILINGS}.taux_plein.plafond_ressources_0_enfant` },
  "familyBenefits.babyAllowanceCeilingsBase[1]": { path: `${PAJE_CEILINGS}.taux_partiel.plafond_ressources_0_enfant` },
  "familyBenefits.babyAllowanceCeilingsSingleOrTwoEarners[0]": { path: `${PAJE_CEILINGS}.taux_plein.biactifs_parents_isoles` },
  "familyBenefits.babyAllowanceCeilingsSingleOrTwoEarners[1]": { path: `${PAJE_CEILINGS}.taux_partiel.biactifs_parents_isoles` },
  "familyBenefits.babyAllowanceCeilingChildRates[0]": { path: `${PAJE_CEILINGS}.majorations_enfants.premier_2eme_enfant` },
  "familyBenefits.babyAllowanceCeilingChildRates[1]": { path: `${PAJE_CEILINGS}.majorations_enfants.troisieme_plus_enfant` },
  "familyBenefits.minimumPayment": { path: `${PF}.education_presence_parentale.asf.seuil` },

  "housingAid.rentCeilingsZone1[0]": { path: `${AL_RENT}.zone_1.personnes_seules` },
  "housingAid.rentCeilingsZone1[1]": { path: `${AL_RENT}.zone_1.couples` },
  "housingAid.rentCeilingsZone1[2]": { path: `${AL_RENT}.zone_1.un_enfant` },
  "housingAid.rentCeilingsZone1[3]": { path: `${AL_RENT}.zone_1.majoration_par_enf_supp` },
  // The loyer de référence LR of the rent rate is the zone II ceiling (OpenFisca reads it there too).
  "housingAid.referenceRents[0]": { path: `${AL_RENT}.zone_2.personnes_seules` },
  "housingAid.referenceRents[1]": { path: `${AL_RENT}.zone_2.couples` },
  "housingAid.referenceRents[2]": { path: `${AL_RENT}.zone_2.un_enfant` },
  "housingAid.referenceRents[3]": { path: `${AL_RENT}.zone_2.majoration_par_enf_supp` },
  "housingAid.chargesFlat[0]": { path: `${AL}.locatif.formule.c_forfait_charges.cas_general.cas_general` },
  "housingAid.chargesFlat[1]": { path: `${AL}.locatif.formule.c_forfait_charges.cas_general.majoration_par_enfant` },
  "housingAid.participationMinimumFlat": { path: `${AL_PP}.p0_particip_min.p0_forfait` },
  "housingAid.participationMinimumRate": { path: `${AL_PP}.p0_particip_min.p0_taux` },
  "housingAid.familyRates[0]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.personnes_isolees` },
  "housingAid.familyRates[1]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.couples_0_enfant` },
  "housingAid.familyRates[2]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.avec_1_enfant` },
  "housingAid.familyRates[3]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.avec_2_enfants` },
  "housingAid.familyRates[4]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.avec_3_enfants` },
  "housingAid.familyRates[5]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.avec_4_enfants` },
  "housingAid.familyRates[6]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.avec_5_enfants` },
  "housingAid.familyRates[7]": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.avec_6_enfants` },
  "housingAid.familyRatePerFurtherDependant": { path: `${AL_PP}.tp_taux.tf_taille_famille.metropole.maj_par_enf_supp` },
  "housingAid.rentRatioBands[0]": { path: `${AL_PP}.tp_taux.tl_loyer.seuils.seuil_1` },
  "housingAid.rentRatioBands[1]": { path: `${AL_PP}.tp_taux.tl_loyer.seuils.seuil_2` },
  "housingAid.rentRatioRates[0]": { path: `${AL_PP}.tp_taux.tl_loyer.taux.tl_taux_2` },
  "housingAid.rentRatioRates[1]": { path: `${AL_PP}.tp_taux.tl_loyer.taux.tl_taux_3` },
  "housingAid.resourcesAllowanceR0[0]": { path: `${AL_PP}.r0_abattement.cas_general.taux_seul` },
  "housingAid.resourcesAllowanceR0[1]": { path: `${AL_PP}.r0_abattement.cas_general.taux_couple` },
  "housingAid.resourcesAllowanceR0[2]": { path: `${AL_PP}.r0_abattement.cas_general.taux1pac` },
  "housingAid.resourcesAllowanceR0[3]": { path: `${AL_PP}.r0_abattement.cas_general.taux2pac` },
  "housingAid.resourcesAllowanceR0[4]": { path: `${AL_PP}.r0_abattement.cas_general.taux3pac` },
  "housingAid.resourcesAllowanceR0[5]": { path: `${AL_PP}.r0_abattement.cas_general.taux4pac` },
  "housingAid.resourcesAllowanceR0[6]": { path: `${AL_PP}.r0_abattement.cas_general.taux5pac` },
  "housingAid.resourcesAllowanceR0[7]": { path: `${AL_PP}.r0_abattement.cas_general.taux6pac` },
  "housingAid.resourcesAllowanceR0PerFurtherDependant": { path: `${AL_PP}.r0_abattement.cas_general.taux_pac_supp` },
  "housingAid.taperingCoefficientsZone1[0]": { path: `${AL}.locatif.coefficients_degressivite_suppression.zone_1.degressivite` },
  "housingAid.taperingCoefficientsZone1[1]": { path: `${AL}.locatif.coefficients_degressivite_suppression.zone_1.suppression` },
  "housingAid.flatReduction": { path: `${AL}.locatif.minoration_forfaitaire` },
  "housingAid.minimumPayment[0]": { path: `${AL}.locatif.seuils_minimum_versement.non_apl` },
  "housingAid.minimumPayment[1]": { path: `${AL}.locatif.seuils_minimum_versement.apl` },
  // OpenFisca: "under 21"; ours: the oldest age counted (20).
  "housingAid.dependantMaxAge": { path: `${AL}.ressources.personnes_a_charge.age_limite_enfants_charge`, convert: under },
  "incomeTax.earnedIncomeDeduction[0]": { path: `${TAX_DEDUCTIONS}.abatpro.taux` },
  "incomeTax.earnedIncomeDeduction[1]": { path: `${TAX_DEDUCTIONS}.abatpro.min` },
  "incomeTax.earnedIncomeDeduction[2]": { path: `${TAX_DEDUCTIONS}.abatpro.max` },
  "incomeTax.pensionDeduction[0]": { path: `${TAX_DEDUCTIONS}.abatpen.taux` },
  "incomeTax.pensionDeduction[1]": { path: `${TAX_DEDUCTIONS}.abatpen.min` },
  "incomeTax.pensionDeduction[2]": { path: `${TAX_DEDUCTIONS}.abatpen.max` },
  "housingAid.savingsThreshold": { path: `${AL}.ressources.patrimoine.seuil_valorisation` },
  // OpenFisca applies the RSA's deemed rate of savings income to the housing aid (CCH R822-22 says 3 % too).
  "housingAid.savingsYearlyRate": { path: `${RSA}.rsa_cond.patrimoine.taux_interet_forfaitaire_epargne_non_imposable` },
  "housingAid.twoEarnersAllowance": { path: `${AL}.ressources.abattements.dar_1_double_activite` },

  "energyCheque.consumptionUnits[0]": { path: `${CHEQUE}.unites_consommation.premiere_personne` },
  "energyCheque.consumptionUnits[1]": { path: `${CHEQUE}.unites_consommation.deuxieme_personne` },
  "energyCheque.consumptionUnits[2]": { path: `${CHEQUE}.unites_consommation.autres_personnes` },
  // Our band ceiling k is the threshold where OpenFisca's bracket k + 1 starts; each band's amount is its bracket's.
  ...Object.fromEntries(
    [0, 1, 2, 3].flatMap((k) => [
      [`energyCheque.bandCeilings[${k}]`, { path: `${CHEQUE}.baremes.une_uc#${k + 1}.threshold` }],
      [`energyCheque.amountsOneUnit[${k}]`, { path: `${CHEQUE}.baremes.une_uc#${k}.amount` }],
      [`energyCheque.amountsUnderTwoUnits[${k}]`, { path: `${CHEQUE}.baremes.une_uc_a_deux_uc#${k}.amount` }],
      [`energyCheque.amountsTwoUnitsOrMore[${k}]`, { path: `${CHEQUE}.baremes.plus_de_deux_ucs#${k}.amount` }],
    ]),
  ),

  "aah.maximumAmount": { path: `${AAH}.montant` },
  "aah.minimumAge": { path: `${AAH}.age_minimal` },
  "aah.ceilingPerChildRate": { path: `${AAH}.majoration_plafond.majoration_par_enfant_supplementaire` },
  "aah.earningsAllowanceRates[0]": { path: `${AAH}.travail_ordinaire.abattement_30` },
  "aah.earningsAllowanceRates[1]": { path: `${AAH}.travail_ordinaire.abattement_sup` },
  "aah.earningsAllowanceSmicShare": { path: `${AAH}.travail_ordinaire.tranche_smic` },
};

/**
 * Values where OpenFisca's parameter is wrong, each with the official text that shows it: the comparison must
 * find exactly these disagreements (a new one fails the test, and so does one that OpenFisca has fixed).
 */
export const KNOWN_DISAGREEMENTS: Record<string, string> = {
  "housingAid.familyRates[7] from 2019-10-01":
    "TF for 6 dependants is 1.73 % in the arrêté du 27 septembre 2019, art. 14 (LEGIARTI000048109301: 2.01, 1.85, 1.79, 1.73, then -0.06 per dependant); " +
    "OpenFisca repeats the 5-dependant rate 1.79 % (and its formula adds the 4-, 5- and 6-dependant rates together from 5 dependants).",
};

/** One dated value of ours, flattened (list elements apart). */
export interface OurValue {
  key: string;
  from: string;
  /** Start of our next value, or undefined for the last one. */
  until: string | undefined;
  value: number | null;
  source: DatedValue["source"];
}

export function ourValues(): OurValue[] {
  const out: OurValue[] = [];
  for (const [group, file] of Object.entries(parameterFiles) as [ParameterGroup, (typeof parameterFiles)[ParameterGroup]][]) {
    for (const [name, parameter] of Object.entries(file.parameters as Record<string, { values: DatedValue[] }>)) {
      parameter.values.forEach((v, i) => {
        const until = parameter.values[i + 1]?.from;
        if (Array.isArray(v.value)) {
          v.value.forEach((element, j) => out.push({ key: `${group}.${name}[${j}]`, from: v.from, until, value: element, source: v.source }));
        } else out.push({ key: `${group}.${name}`, from: v.from, until, value: v.value, source: v.source });
      });
    }
  }
  return out;
}

export type Comparison =
  | { kind: "agrees"; ours: OurValue; openFisca: number }
  | { kind: "differs"; ours: OurValue; openFisca: number; on: string }
  /** OpenFisca's value was last checked before our date and has not changed since: it lacks the new value. */
  | { kind: "openFiscaLacks"; ours: OurValue; why: string };

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Compares one dated value with OpenFisca: its value on our start date, and every change OpenFisca records while
 * our value is in force (a date where OpenFisca's value moves away from ours is a disagreement on that date).
 */
export function compare(ours: OurValue): Comparison {
  const mapping = MAPPINGS[ours.key];
  if (!mapping) return { kind: "openFiscaLacks", ours, why: "no corresponding OpenFisca-France parameter" };
  if (ours.value === null) return { kind: "openFiscaLacks", ours, why: "our value is unknown (null) on this date" };
  const convert = mapping.convert ?? ((v: number) => v);
  const dates = Object.keys(openFiscaParameter(mapping.path).values).sort();
  const valueOn = (date: string) => {
    const start = dates.filter((d) => d <= date).pop();
    const raw = start === undefined ? null : openFiscaParameter(mapping.path).values[start].value;
    return raw === null ? null : convert(raw);
  };
  const atStart = valueOn(ours.from);
  if (atStart === null) return { kind: "openFiscaLacks", ours, why: `OpenFisca has no value on ${ours.from}` };
  const checkedUntil = openFiscaParameter(mapping.path).metadata?.last_value_still_valid_on;
  const lastChange = dates[dates.length - 1];
  if (!same(atStart, ours.value) && checkedUntil !== undefined && checkedUntil < ours.from && lastChange < ours.from) {
    return { kind: "openFiscaLacks", ours, why: `OpenFisca's value (${atStart}) was last checked on ${checkedUntil}` };
  }
  if (!same(atStart, ours.value)) return { kind: "differs", ours, openFisca: atStart, on: ours.from };
  for (const date of dates.filter((d) => d > ours.from && (ours.until === undefined || d < ours.until))) {
    const value = valueOn(date);
    if (value !== null && !same(value, ours.value)) return { kind: "differs", ours, openFisca: value, on: date };
  }
  return { kind: "agrees", ours, openFisca: atStart };
}
