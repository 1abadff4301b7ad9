// Texts the sales API gives with every case (French first): what a case is and is not, and what each rule
// means, for the case page, the explanation and the CSV readers.
import type { Bilingual } from "../../../domain/i18n";
import { DEFAULT_TRIAGE_THRESHOLDS, type CaseRule } from "../../../domain/sales/triage";

const { quickResaleMonths: months, quickResaleRatio: band } = DEFAULT_TRIAGE_THRESHOLDS;
const frBand = String(band).replace(".", ",");

export const REVIEW_NOTICE: Bilingual = {
  fr: "Signal à examiner par un agent, jamais une accusation : seule la DGFiP peut rectifier un prix déclaré (LPF, art. L17).",
  en: "A signal for an agent to review, never an accusation: only the DGFiP may correct a declared price (LPF, art. L17).",
};

export const CASE_RULE_TEXTS: Record<CaseRule, { label: Bilingual; operation: Bilingual }> = {
  price_below_expected: {
    label: { fr: "Prix déclaré très inférieur au prix attendu", en: "Declared price far below the expected price" },
    operation: {
      fr: "Règle 1 : un dossier s'ouvre quand le prix déclaré est inférieur à la part du prix attendu fixée par le seuil calibré (1 % des ventes ordinaires passent sous ce seuil).",
      en: "Rule 1: a case opens when the declared price is below the share of the expected price set by the calibrated threshold (1 % of ordinary sales fall below it).",
    },
  },
  quick_resale: {
    label: { fr: "Revente rapide du même lot à un prix très différent", en: "Quick resale of the same lot at a very different price" },
    operation: {
      fr: `Règle 2 : un dossier s'ouvre quand le même lot a été vendu un jour antérieur, dans les ${months} mois précédents, et que le rapport des deux prix dépasse ${frBand} (ou est inférieur à 1/${frBand}).`,
      en: `Rule 2: a case opens when the same lot was sold on an earlier day within the previous ${months} months, and the ratio of the two prices is above ${band} (or below 1/${band}).`,
    },
  },
};
