// The expected-price model of Paris apartment sales for the registry (models/build.ts): trains it
// (train.ts), and writes its card from the 2025-H1 evaluation (by arrondissement, surface and price band).
// Feature encoding for the registry: `saleFeatures(sale, context)` of ../features.ts, context = the
// returned feature context.

import type { ModelDefinition } from "../../model-definition.ts";
import { gapChecks } from "../../cards/fairness.ts";
import { featureImportance } from "../../lib/gbdt-model.ts";
import { SALE_FEATURE_NAMES } from "../features.ts";
import type { SaleFeatureName } from "../features.ts";
import type { Sale } from "../../../domain/sales/sale.ts";
import { DEFAULT_TRIAGE_THRESHOLDS } from "../../../domain/sales/triage.ts";
import { caseRates } from "./case-rates.ts";
import { PERIODS } from "./dataset.ts";
import { loadParisSales } from "./load-sales.ts";
import type { PriceScore } from "./price-metrics.ts";
import { trainSalePrice } from "./train.ts";

export const SEED = 1;
/** One member: averaging three gains 0.07 point of MdAPE on validation for three times the size and the
 * inference and TreeSHAP time (measured by models/sale-price/training/tune.ts). */
export const MEMBERS = 1;
/** Largest gap allowed between a group's MdAPE (arrondissement, surface band, price band) and the overall
 * MdAPE. Set at 7.5 points after the arrondissement results were seen (the centre is hardest); the card says
 * so. */
const MAX_GROUP_GAP = 0.075;

const t = (fr: string, en: string) => ({ fr, en });

const FEATURE_DESCRIPTIONS: Record<SaleFeatureName, { fr: string; en: string }> = {
  eastMeters: t("Position est-ouest (mètres depuis le centre de Paris)", "East-west position (metres from central Paris)"),
  northMeters: t("Position nord-sud (mètres depuis le centre de Paris)", "North-south position (metres from central Paris)"),
  diagonalMeters: t("Position sur la diagonale sud-ouest → nord-est", "Position along the south-west → north-east diagonal"),
  antiDiagonalMeters: t("Position sur la diagonale nord-ouest → sud-est", "Position along the north-west → south-east diagonal"),
  arrondissement: t("Arrondissement (1 à 20)", "Arrondissement (1 to 20)"),
  surface: t("Surface bâtie du premier logement (m²)", "Built surface of the first dwelling (m²)"),
  rooms: t("Nombre de pièces principales", "Number of main rooms"),
  surfacePerRoom: t("Surface par pièce (m²)", "Surface per room (m²)"),
  lotCount: t("Nombre de lots de copropriété vendus avec le logement", "Number of co-ownership lots sold with the dwelling"),
  carrezSurface: t("Surface Carrez des lots (m²)", "Carrez surface of the lots (m²)"),
  carrezRatio: t("Surface Carrez rapportée à la surface bâtie", "Carrez surface over built surface"),
  monthsSinceOrigin: t("Mois écoulés depuis janvier 2023 (tendance du marché)", "Months since January 2023 (market trend)"),
  arrondissementLevel: t("Niveau de prix au m² de l'arrondissement (ventes 2023–2024)", "Price level per m² of the arrondissement (2023–2024 sales)"),
  sectionLevel: t("Niveau de prix au m² de la section cadastrale, lissé", "Smoothed price level per m² of the cadastral section"),
  sectionSales: t("Nombre de ventes derrière ce niveau de section", "Number of sales behind the section level"),
  cell100Level: t("Niveau de prix au m² du carré de 100 m, lissé", "Smoothed price level per m² of the 100 m grid cell"),
  cell100Sales: t("Nombre de ventes du carré de 100 m", "Number of sales in the 100 m cell"),
  cell200Level: t("Niveau de prix au m² du carré de 200 m, lissé", "Smoothed price level per m² of the 200 m grid cell"),
  cell200Sales: t("Nombre de ventes du carré de 200 m", "Number of sales in the 200 m cell"),
  cell400Level: t("Niveau de prix au m² du carré de 400 m, lissé", "Smoothed price level per m² of the 400 m grid cell"),
  cell400Sales: t("Nombre de ventes du carré de 400 m", "Number of sales in the 400 m cell"),
};

const CONTEXT_FEATURES = new Set<SaleFeatureName>([
  "arrondissementLevel", "sectionLevel", "sectionSales", "cell100Level", "cell100Sales", "cell200Level", "cell200Sales", "cell400Level", "cell400Sales",
]);

const scoreMetrics = (s: PriceScore) => ({ mdape: s.mdape, within10: s.within10, within20: s.within20 });

function slices(name: string, groups: Record<string, PriceScore>) {
  return Object.entries(groups).map(([group, score]) => ({ slice: name, group, count: score.sales, metrics: scoreMetrics(score) }));
}

/** A sale kept as a reference example, with its identifiers and address left out. */
function anonymised(sale: Sale, i: number): Sale {
  return { ...sale, id: `example-${i + 1}`, address: { number: "", suffix: "", street: "", postalCode: sale.address.postalCode } };
}

export const salePriceDefinition: ModelDefinition = {
  id: "sale-price",
  version: "1.0.0",
  task: "regression",
  runsOn: ["edge", "device"],
  async train() {
    const trained = await trainSalePrice({ seed: SEED, members: MEMBERS });
    const triage = DEFAULT_TRIAGE_THRESHOLDS;
    const rates = caseRates(trained.evaluationSales, trained.evaluationExpected, await loadParisSales(), triage);
    const fr = (x: number) => String(x).replace(".", ",");
    const { evaluation, validation } = trained.metrics;
    const importance = featureImportance(trained.model, "gain");
    const totalGain = Object.values(importance).reduce((a, b) => a + b, 0);
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    const evaluationSlices = [
      ...slices("arrondissement", evaluation.byArrondissement),
      ...slices("surfaceBand", evaluation.bySurfaceBand),
      ...slices("priceBand", evaluation.byPriceBand),
    ];
    return {
      onnx: trained.onnx,
      context: trained.featureContext,
      explainer: trained.model,
      trainingSeed: SEED,
      exampleInputs: trained.evaluationSales.filter((_, i) => i % 1500 === 0).map(anonymised),
      card: {
        name: t("Prix attendu d'une vente d'appartement à Paris", "Expected price of a Paris apartment sale"),
        useCase: "sales",
        details: {
          description: t(
            "Estime le prix attendu d'une vente d'appartement à Paris d'après le lieu, la surface, les pièces, les lots et la date, appris sur les ventes DVF 2023–2024. Sert à signaler aux agents les ventes dont le prix déclaré s'écarte fortement du prix attendu, avec l'explication de l'estimation et les ventes comparables.",
            "Estimates the expected price of a Paris apartment sale from its place, surface, rooms, lots and date, learnt on the 2023–2024 DVF sales. Used to flag to agents the sales whose declared price is far below the expected price, with the explanation of the estimate and comparable sales.",
          ),
          modelType: t(
            `Arbres de décision à gradient (${trained.model.trees.length} arbres${MEMBERS > 1 ? `, moyenne de ${MEMBERS} modèles` : ""}) sur le logarithme du prix au m²`,
            `Gradient-boosted decision trees (${trained.model.trees.length} trees${MEMBERS > 1 ? `, average of ${MEMBERS} members` : ""}) on the log price per m²`,
          ),
          owners: [{ name: "Ville de Paris — Direction des finances et des achats", contact: "recoque@paris.example" }],
          trainedBy: "Recoque models toolchain (models/sale-price/training/train.ts)",
          licences: { code: "EUPL-1.2", model: "Licence Ouverte / Etalab 2.0" },
          runsOn: ["edge", "device"],
        },
        intendedUse: {
          purposes: [
            t("Signaler pour examen (signal, jamais accusation) les ventes déclarées très en dessous du prix attendu et les reventes rapides d'un même lot à un prix très différent (règles ci-dessous et dans models/sale-price/TRIAGE.md).", "Flag for review (a signal, never an accusation) the sales declared far below the expected price and the quick resales of a lot at a very different price (rules below and in models/sale-price/TRIAGE.md)."),
            t("Donner à l'agent l'explication de chaque estimation et les ventes comparables à citer.", "Give the agent the explanation of each estimate and the comparable sales to cite."),
          ],
          users: [t("Agents de la Ville chargés du suivi des ventes immobilières", "City agents who follow property sales")],
          outOfScope: [
            t("Rectifier un prix ou accuser quiconque : seule la DGFiP peut rectifier un prix déclaré (LPF, art. L17).", "Correcting a price or accusing anyone: only the DGFiP may correct a declared price (LPF, art. L17)."),
            t("Les maisons, les locaux commerciaux, les ventes d'immeubles entiers et les ventes hors de Paris.", "Houses, commercial premises, sales of whole buildings and sales outside Paris."),
          ],
        },
        data: {
          sources: [
            {
              name: "Demandes de valeurs foncières géolocalisées (geo-dvf), Paris",
              producer: "DGFiP, géolocalisé par Etalab",
              url: "https://files.data.gouv.fr/geo-dvf/",
              licence: "Licence Ouverte / Etalab 2.0",
              sensitivity: "public",
              period: "2023-01-01..2025-06-30",
              use: ["training", "evaluation", "operation"],
            },
          ],
          training: {
            window: `${PERIODS.training.from}..${PERIODS.training.to}`,
            rows: trained.cleaning.trainingSales,
            preparation: [
              t("Ventes (nature Vente) d'appartements ; surface valorisée : surface Carrez des lots si elle est donnée, sinon surface bâtie (corrige les ventes de plusieurs logements de l'extrait).", "Sales (nature Vente) of apartments; priced surface: the lots' Carrez surface when given, else the built surface (corrects the extract's sales of several dwellings)."),
              t(`Retirées de l'apprentissage : immeubles entiers sans lot (${trained.cleaning.final.no_coownership_lot}) et prix au m² plus de 2,5 fois au-dessus ou en dessous du niveau de la section (${trained.cleaning.final.price_off_local_level}).`, `Left out of training: whole buildings without a lot (${trained.cleaning.final.no_coownership_lot}) and prices per m² more than 2.5 times above or below the section level (${trained.cleaning.final.price_off_local_level}).`),
              t("Niveaux de prix par section et carré appris hors pli (5 plis) pour les ventes d'apprentissage.", "Price levels by section and grid cell learnt out of fold (5 folds) for the training sales."),
            ],
          },
          evaluation: {
            window: `${PERIODS.evaluation.from}..${PERIODS.evaluation.to}`,
            rows: trained.evaluationSales.length,
            description: t("Toutes les ventes d'appartements du premier semestre 2025, sans nettoyage, jamais vues à l'apprentissage ni au réglage.", "Every apartment sale of the first half of 2025, uncleaned, never seen in training or tuning."),
          },
          features: SALE_FEATURE_NAMES.map((name) => ({
            name,
            description: FEATURE_DESCRIPTIONS[name],
            source: CONTEXT_FEATURES.has(name) ? "feature context learnt from 2023–2024 DVF sales" : "DVF sale (geo-dvf rows of the sale)",
            protected: false as const,
          })),
        },
        metrics: {
          overall: {
            ...scoreMetrics(evaluation),
            validationMdape: validation.mdape,
            priceCasesPerThousand: rates.priceCasesPerThousand,
            anyCasePerThousand: rates.anyCasePerThousand,
          },
          slices: evaluationSlices,
          notes: [
            t("MdAPE : erreur absolue médiane en pourcentage du prix déclaré. Référence : médiane du prix au m² de l'arrondissement, 15,1 %.", "MdAPE: median absolute percentage error of the declared price. Reference: arrondissement median price per m², 15.1 %."),
            t(`Validation (2024-09 à 2024-12) : ${pct(validation.mdape)}.`, `Validation (2024-09 to 2024-12): ${pct(validation.mdape)}.`),
          ],
        },
        fairness: {
          protectedAttributes: ["sex", "age", "nationality", "origin", "disability"],
          checks: gapChecks(evaluationSlices, "mdape", evaluation.mdape, MAX_GROUP_GAP),
          proxies: [],
          unmeasured: ["sex", "age", "nationality", "origin", "disability"].map((attribute) => ({
            attribute,
            reason: t(
              "DVF ne contient aucune donnée sur les vendeurs ni les acheteurs : l'attribut ne peut être ni mesuré ni prédit. L'équité est suivie par arrondissement, taille et prix du bien (écart d'erreur ci-dessus, taux de dossiers par groupe dans le registre).",
              "DVF holds no data on sellers or buyers: the attribute can be neither measured nor predicted. Fairness is followed by arrondissement, size and price of the property (error gap above, case rates per group in the register).",
            ),
          })),
          notes: [
            t("DVF ne contient aucune donnée sur les personnes ; le modèle n'en utilise aucune.", "DVF holds no data about people; the model uses none."),
            t("La précision est moindre dans les arrondissements centraux (6e à 8e), où les ventes sont plus rares et plus hétérogènes : un écart y signale moins.", "Precision is lower in the central arrondissements (6th to 8th), where sales are fewer and more varied: a gap there means less."),
            t("Écart toléré de 7,5 points d'erreur entre un groupe (arrondissement, taille, prix) et l'ensemble, fixé après avoir vu les résultats par arrondissement.", "Allowed gap of 7.5 error points between a group (arrondissement, size, price) and the whole, set after the arrondissement results were seen."),
          ],
        },
        limits: [
          t("DVF ne dit rien de l'étage, de l'état, de la vue ni des droits vendus (nue-propriété, viager) : l'écart d'un prix reste à expliquer par l'acte.", "DVF says nothing of the floor, condition, view or the rights sold (bare ownership, life annuity): a price gap remains to be explained by the deed."),
          t("Les niveaux de prix datent de 2023–2024 : le modèle doit être réappris quand le marché bouge.", "Price levels date from 2023–2024: the model must be retrained when the market moves."),
          t("Extrait à une ligne par vente : une vente de plusieurs logements sans surface Carrez reste mal valorisée.", "One-row-per-sale extract: a sale of several dwellings without a Carrez surface stays mispriced."),
        ],
        ethicalConsiderations: [
          t("Des signaux pour des agents, jamais des accusations ; aucune décision n'est prise par le modèle.", "Signals for agents, never accusations; the model takes no decision."),
          t("Conditions d'utilisation de DVF : aucune réidentification des personnes, aucune page indexée par les moteurs de recherche.", "DVF terms of use: no re-identification of people, no page indexed by search engines."),
        ],
        crpa: {
          individualDecision: false,
          contributionDegree: t("Aide au tri : le modèle propose des ventes à examiner, un agent les examine et décide de la suite.", "Triage aid: the model proposes sales to examine; an agent examines them and decides what follows."),
          parameters: SALE_FEATURE_NAMES.map((name) => ({
            name,
            weight: t(`part du gain des arbres : ${pct(importance[name] / totalGain)}`, `share of the trees' gain: ${pct(importance[name] / totalGain)}`),
          })),
          operations: [
            t("Chaque vente DVF est lue, contrôlée et codée en 21 variables (lieu, surface, pièces, lots, date, niveaux de prix locaux).", "Each DVF sale is read, checked and encoded as 21 features (place, surface, rooms, lots, date, local price levels)."),
            t("Les arbres donnent le prix attendu au m², multiplié par la surface ; TreeSHAP en donne l'explication par facteur.", "The trees give the expected price per m², times the surface; TreeSHAP gives its explanation by factor."),
            t(
              `Règle 1 (prix) : une vente d'appartement à Paris dans le champ du modèle ouvre un dossier quand son prix déclaré est inférieur à ${fr(triage.openBelowShareOfExpected)} fois le prix attendu. Ce seuil est le quantile à ${fr(100 * triage.validationShareBelow)} % du rapport prix déclaré / prix attendu sur la période de validation (sept.–déc. 2024) : une vente ordinaire sur cent passe dessous. Premier semestre 2025 : ${fr(rates.priceCasesPerThousand)} dossiers pour 1 000 ventes.`,
              `Rule 1 (price): a Paris apartment sale in the model's scope opens a case when its declared price is below ${triage.openBelowShareOfExpected} times the expected price. That threshold is the ${100 * triage.validationShareBelow} % quantile of declared / expected price on the validation period (Sept.–Dec. 2024): one ordinary sale in a hundred falls below it. First half of 2025: ${rates.priceCasesPerThousand} cases per 1,000 sales.`,
            ),
            t(
              `Règle 2 (revente rapide) : une vente à Paris ouvre un dossier quand le même lot (même parcelle, même premier lot) a été vendu un jour antérieur, dans les ${triage.quickResaleMonths} mois précédents, et que le rapport des deux prix dépasse ${fr(triage.quickResaleRatio)} ou est inférieur à 1/${fr(triage.quickResaleRatio)}. Premier semestre 2025 : ${fr(rates.resaleCasesPerThousand)} pour 1 000 ; l'une ou l'autre règle : ${fr(rates.anyCasePerThousand)} pour 1 000.`,
              `Rule 2 (quick resale): a Paris sale opens a case when the same lot (same parcel, same first lot) was sold on an earlier day within the previous ${triage.quickResaleMonths} months, and the ratio of the two prices is above ${triage.quickResaleRatio} or below 1/${triage.quickResaleRatio}. First half of 2025: ${rates.resaleCasesPerThousand} per 1,000; either rule: ${rates.anyCasePerThousand} per 1,000.`,
            ),
            t(
              "Avec chaque dossier, l'agent voit le prix attendu et son explication par facteur, les cinq ventes antérieures les plus comparables (lieu, surface, date) avec leur prix au m², et la distribution des prix de l'arrondissement ; il classe le dossier ou le transmet, avec une note. Seule la DGFiP peut rectifier un prix (LPF, art. L17).",
              "With each case the agent sees the expected price and its explanation by factor, the five most comparable earlier sales (place, surface, date) with their prices per m², and the arrondissement's price distribution; they dismiss or refer the case, with a note. Only the DGFiP may correct a price (LPF, art. L17).",
            ),
          ],
          legalBasis: t(
            "Données DVF publiées en open data (Livre des procédures fiscales, art. L112 A ; décret n° 2018-1350 du 28 décembre 2018).",
            "DVF data published as open data (Livre des procédures fiscales, art. L112 A; decree no. 2018-1350 of 28 December 2018).",
          ),
          mention: t(
            "Le tri des ventes immobilières examinées par la Ville est aidé par un algorithme (art. L311-3-1 du CRPA). Vous pouvez demander comment il a été utilisé pour une vente qui vous concerne.",
            "The sorting of the property sales the City examines is aided by an algorithm (CRPA art. L311-3-1). You may ask how it was used for a sale that concerns you.",
          ),
          contest: t("Écrire à la Direction des finances et des achats de la Ville de Paris.", "Write to the City of Paris finance and procurement directorate."),
          contact: "recoque@paris.example",
        },
      },
    };
  },
};
