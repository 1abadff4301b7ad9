// The notices French law requires on every individual result of the rights algorithms (CRPA L311-3-1 and
// R311-3-1-1: the purpose of the processing, the right to obtain its rules and how they applied to the person,
// how to ask, and the referral to the CADA), for the citizen simulator and the social worker's outreach list.
// One source for the pages, the model card and the register. Shared code.
import type { Bilingual } from "../i18n/index.ts";

export const RIGHTS_CONTACT = "recoque@paris.example";

export const rightsMentions = {
  simulator: {
    fr: `Ces résultats sont calculés par un algorithme de la Ville de Paris (article L311-3-1 du code des relations entre le public et l'administration). Il sert seulement à vous informer des aides que vous pourriez demander : ce n'est pas une décision, seul l'organisme qui verse l'aide décide. Vous pouvez demander les règles de ce calcul et la façon dont elles s'appliquent à votre situation en écrivant à ${RIGHTS_CONTACT}. Sans réponse dans un délai d'un mois, vous pouvez saisir la Commission d'accès aux documents administratifs (CADA).`,
    en: `These results are computed by an algorithm of the City of Paris (article L311-3-1 of the code on relations between the public and the administration). It only tells you which benefits you could claim: it is not a decision, only the agency that pays a benefit decides. You may ask for the rules of this computation and how they apply to your situation by writing to ${RIGHTS_CONTACT}. Without an answer within one month, you may refer the matter to the Commission d'accès aux documents administratifs (CADA).`,
  },
  outreach: {
    fr: `Cette liste est établie à l'aide d'un algorithme (article L311-3-1 du code des relations entre le public et l'administration). Il sert à proposer à des foyers de les aider à demander des droits qu'ils n'ont peut-être pas demandés ; il ne décide d'aucun droit et n'est jamais utilisé pour contrôler. Tout foyer contacté doit en être informé et peut demander les règles de ce traitement, les données utilisées et la façon dont elles ont compté pour lui, en écrivant à ${RIGHTS_CONTACT} ; sans réponse dans un délai d'un mois, il peut saisir la Commission d'accès aux documents administratifs (CADA).`,
    en: `This list is drawn up with the help of an algorithm (article L311-3-1 of the code on relations between the public and the administration). It serves to offer households help to claim rights they may not have claimed; it decides no right and is never used for checks. Every household contacted must be told so and may ask for the rules of this processing, the data used and how they counted for it, by writing to ${RIGHTS_CONTACT}; without an answer within one month, it may refer the matter to the Commission d'accès aux documents administratifs (CADA).`,
  },
} satisfies Record<string, Bilingual>;
