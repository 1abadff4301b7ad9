// The non-take-up model for the registry: trains it (train.ts), evaluates it on an independent synthetic
// population with the fairness gate and the proxy check (evaluate.ts), and writes its card.
import { featureImportance, predictGbdt } from "../../lib/gbdt-model.ts";
import type { ModelCard } from "../../cards/schema.ts";
import type { ModelDefinition } from "../../model-definition.ts";
import { NON_TAKE_UP_FEATURE_LABELS, NON_TAKE_UP_FEATURES, type NonTakeUpInput } from "../features.ts";
import { RIGHTS_CONTACT, rightsMentions } from "../../../domain/rights/mention.ts";
import { OUTREACH_CONTRIBUTION, OUTREACH_OPERATIONS } from "../explain.ts";
import { MODEL_BENEFITS } from "../../../domain/rights/outreach/stakes.ts";
import stakes from "../../../domain/rights/outreach/stakes.json" with { type: "json" };
import { evaluateNonTakeUp, type NonTakeUpEvaluation } from "./evaluate.ts";
import type { CoverageReport } from "./fairness.ts";
import {
  CALIBRATION_METRIC,
  calibrationChecks,
  COVERAGE_METRIC,
  EUROS_METRIC,
  FAIRNESS_GATE,
  fairnessChecks,
  SELECTION_METRIC,
  selectionChecks,
} from "./fairness.ts";
import rates from "./non-take-up-rates.json" with { type: "json" };
import { ASPA_TRAINING_WEIGHT, RULES_DATE, trainNonTakeUp } from "./train.ts";
import { NATIONAL_RATE_ONLY } from "../signal.ts";

export const TRAINING = { seed: 2025, households: 600_000 } as const;
export const EVALUATION = { seed: 2125, households: 300_000 } as const;

const t = (fr: string, en: string) => ({ fr, en });
const pct = (v: number, digits = 1) => `${(100 * v).toFixed(digits)} %`;

function examples(e: NonTakeUpEvaluation): NonTakeUpInput[] {
  return MODEL_BENEFITS.flatMap((b) => e.population.units.filter((u) => u.input.benefit === b).slice(0, 2).map((u) => u.input));
}

function metrics(e: NonTakeUpEvaluation, trees: number): ModelCard["metrics"] {
  const { paced, byPriority } = e.coverage;
  const priorityGroup = new Map(byPriority.groups.map((g) => [`${g.attribute}:${g.group}`, g.coverage]));
  const calibration = new Map(e.calibrationByGroup.map((g) => [`${g.attribute}:${g.group}`, g]));
  return {
    overall: {
      ...e.metrics,
      trees,
      [COVERAGE_METRIC]: paced.overall,
      [SELECTION_METRIC]: paced.top / paced.ranked,
      [EUROS_METRIC]: paced.eurosReached,
      [`${COVERAGE_METRIC}ByPriorityAlone`]: byPriority.overall,
      [`${EUROS_METRIC}ByPriorityAlone`]: byPriority.eurosReached,
    },
    slices: [
      ...paced.groups.map((g) => {
        const c = calibration.get(`${g.attribute}:${g.group}`)!;
        return {
          slice: g.attribute,
          group: g.group,
          count: g.ranked,
          metrics: {
            rankedHouseholds: g.ranked,
            nonClaimantHouseholds: g.nonClaimants,
            [SELECTION_METRIC]: g.selectionRate,
            [COVERAGE_METRIC]: g.coverage,
            [`${COVERAGE_METRIC}ByPriorityAlone`]: priorityGroup.get(`${g.attribute}:${g.group}`) ?? 0,
            claimableRights: c.rights,
            meanPredicted: c.meanPredicted,
            observedNonTakeUp: c.observed,
            [CALIBRATION_METRIC]: c.meanPredicted - c.observed,
          },
        };
      }),
      ...e.byBenefit.map((b) => ({
        slice: "right",
        group: b.benefit,
        count: b.count,
        metrics: { publishedNonTakeUp: b.published, observedNonTakeUp: b.observed, meanPredicted: b.predicted, aucWithinRight: b.auc },
      })),
      ...e.aspaBands.map((b) => ({
        slice: "aspaAmountDue",
        group: `${b.from}-${b.to}`,
        count: b.count,
        metrics: { targetNonTakeUp: b.target, interpolatedTarget: b.interpolated ? 1 : 0, observedNonTakeUp: b.observed, meanPredicted: b.predicted },
      })),
    ],
    calibration: e.calibration,
    notes: [
      ...e.rates.map((r) =>
        t(
          `${r.benefit} — ${r.group} : ${r.interpolated ? `interpolé ${pct(r.rate)}` : `publié ${pct(r.rate, 0)}`}, population synthétique ${pct(r.generating)} (tirage ${pct(r.drawn)}, ${r.count} droits)${r.constraint ? "" : " — non imposé"}`,
          `${r.benefit} — ${r.group}: ${r.interpolated ? `interpolated ${pct(r.rate)}` : `published ${pct(r.rate, 0)}`}, synthetic population ${pct(r.generating)} (drawn ${pct(r.drawn)}, ${r.count} rights)${r.constraint ? "" : " — not imposed"}`,
        ),
      ),
      ...e.aspaBands.map((b) =>
        t(
          `ASPA dû ${b.from}-${b.to} € : cible DREES ${pct(b.target)}${b.interpolated ? " (interpolée)" : ""}, prédit par le modèle ${pct(b.predicted)}, tiré ${pct(b.observed)} (${b.count} droits)`,
          `ASPA due ${b.from}-${b.to} €: DREES target ${pct(b.target)}${b.interpolated ? " (interpolated)" : ""}, predicted by the model ${pct(b.predicted)}, drawn ${pct(b.observed)} (${b.count} rights)`,
        ),
      ),
      t(
        `Classer par la seule priorité atteindrait ${pct(byPriority.eurosReached)} des euros non réclamés en tête de liste, contre ${pct(paced.eurosReached)} pour la liste à rythme égal ; mais l'écart de couverture entre groupes y irait jusqu'à ${pct(Math.max(...byPriority.groups.map((g) => Math.abs(g.coverage - byPriority.overall))))}.`,
        `Ranking on priority alone would put ${pct(byPriority.eurosReached)} of the unclaimed euros at the top of the list, against ${pct(paced.eurosReached)} for the evenly paced list; but the coverage gap between groups would reach ${pct(Math.max(...byPriority.groups.map((g) => Math.abs(g.coverage - byPriority.overall))))}.`,
      ),
      t(
        `Foyers dont un droit national reste « à vérifier » (non classés) : ${Object.entries(e.uncertainByNationality).map(([g, v]) => `${g} ${pct(v)}`).join(", ")} — surtout des titres de séjour de moins de 5 ans (RSA) ou 10 ans (ASPA).`,
        `Households with a national right left "to check" (not ranked): ${Object.entries(e.uncertainByNationality).map(([g, v]) => `${g} ${pct(v)}`).join(", ")} — mostly residence permits under 5 years (RSA) or 10 years (ASPA).`,
      ),
    ],
  };
}

function selectionNotGatedReason(report: CoverageReport, attribute: string) {
  const groups = report.groups.filter((g) => g.attribute === attribute);
  const figures = groups.map((g) => `${g.group} ${pct(g.selectionRate)} / ${pct(g.coverage)}`).join(", ");
  const overall = `${pct(report.top / report.ranked)} / ${pct(report.overall)}`;
  return t(
    `La liste avance au même rythme de non recourants atteints dans chaque groupe (contrôle ${COVERAGE_METRIC}). Or parmi les foyers âgés, ceux dont l'ASPA due est la plus forte recourent le plus (DREES : non-recours de 77 % sous 100 € à 22 % à 500-600 €) : atteindre la même part de leurs non recourants demande d'en placer une plus grande part en tête, et plafonner leur taux de sélection au taux global réduirait la part de leurs non recourants atteinte. Taux de sélection / part des non recourants atteinte : ${figures} ; ensemble ${overall}.`,
    `The list moves at the same pace of non-claimants reached in every group (check ${COVERAGE_METRIC}). Among older households, those owed the largest ASPA amounts claim the most (DREES: non-take-up from 77 % under 100 € to 22 % at 500-600 €): reaching the same share of their non-claimants takes putting a larger share of them at the top, and capping their selection rate at the overall one would lower the share of their non-claimants reached. Selection rate / share of non-claimants reached: ${figures}; overall ${overall}.`,
  );
}

const proxyNote = (attribute: string, auc: number) =>
  auc >= 0.7
    ? t(
        `Les entrées révèlent en partie cet attribut (AUC ${auc.toFixed(2)}) : la liste avance au même rythme pour chaque droit principal, ce qui garde la couverture de ce groupe dans l'écart permis (voir les contrôles).`,
        `The inputs partly reveal this attribute (AUC ${auc.toFixed(2)}): the list moves at the same pace for every main right, which keeps this group's coverage within the allowed gap (see the checks).`,
      )
    : t(`Les entrées révèlent peu cet attribut (AUC ${auc.toFixed(2)}).`, `The inputs reveal little of this attribute (AUC ${auc.toFixed(2)}).`);

export const nonTakeUpDefinition: ModelDefinition = {
  id: "non-take-up",
  version: "1.0.0",
  task: "binary-classification",
  runsOn: ["device"],
  async train() {
    const training = trainNonTakeUp({ seed: TRAINING.seed, n: TRAINING.households });
    const evaluation = await evaluateNonTakeUp((x) => predictGbdt(training.model, x), training.generatingModel, {
      seed: EVALUATION.seed,
      n: EVALUATION.households,
    });
    const gain = featureImportance(training.model, "gain");
    const totalGain = Object.values(gain).reduce((a, b) => a + b, 0);
    const g = training.generatingModel;
    return {
      onnx: training.onnx,
      context: null,
      explainer: training.model,
      trainingSeed: TRAINING.seed,
      exampleInputs: examples(evaluation),
      card: {
        name: t("Probabilité de non-recours aux droits", "Likelihood of not claiming a right"),
        useCase: "rights",
        details: {
          description: t(
            "Pour un droit qu'un foyer peut demander selon les règles (RSA, prime d'activité, ASPA, complémentaire santé solidaire), estime la probabilité qu'il ne le demande pas. Multipliée par le montant en jeu, elle ordonne la liste des foyers qu'un travailleur social propose d'aider. Le modèle s'exécute dans le navigateur de l'agent : le fichier des foyers ne quitte jamais son poste.",
            "For a right the rules say a household can claim (RSA, prime d'activité, ASPA, complémentaire santé solidaire), estimates the probability that it does not claim it. Multiplied by the amount at stake, it orders the list of households a social worker offers to help. The model runs in the agent's browser: the household file never leaves their computer.",
          ),
          modelType: t(
            `Arbres de décision à gradient (${training.model.trees.length} arbres, ${NON_TAKE_UP_FEATURES.length} variables), entraînés sur une population synthétique calibrée sur la DREES`,
            `Gradient-boosted decision trees (${training.model.trees.length} trees, ${NON_TAKE_UP_FEATURES.length} features), trained on a synthetic population calibrated to DREES figures`,
          ),
          owners: [{ name: "Ville de Paris — Centre d'action sociale (CASVP), accès aux droits", contact: RIGHTS_CONTACT }],
          trainedBy: "Recoque models toolchain (models/non-take-up/training/train.ts)",
          licences: { code: "EUPL-1.2", model: "Licence Ouverte / Etalab 2.0" },
          runsOn: ["device"],
        },
        intendedUse: {
          purposes: [
            t("Ordonner la liste des foyers à qui proposer une aide pour demander leurs droits : les droits les plus probablement non demandés et les montants les plus élevés d'abord, chaque groupe de foyers au même rythme.", "Order the list of households to offer help claiming their rights: the rights most likely unclaimed and the largest amounts first, every group of households at the same pace."),
          ],
          users: [t("Travailleurs sociaux de la Ville de Paris (rôle social-agent)", "City of Paris social workers (social-agent role)")],
          outOfScope: [
            t("Contrôler, soupçonner ou sanctionner un foyer : le modèle sert seulement à ouvrir des droits.", "Checking, suspecting or sanctioning a household: the model only serves to open rights."),
            t("Accorder ou refuser un droit : seul l'organisme payeur décide, sur la demande du foyer.", "Granting or refusing a right: only the paying agency decides, on the household's claim."),
            t("Classer des foyers hors de Paris ou des droits que le modèle ne connaît pas (aides de Paris, AAH, aides au logement).", "Ranking households outside Paris or rights the model does not know (Paris aids, AAH, housing aid)."),
          ],
        },
        data: {
          sources: [
            { name: "Population synthétique de ménages parisiens", producer: "Recoque (models/non-take-up/training/population.ts, POPULATION.md)", url: "models/non-take-up/training/POPULATION.md", licence: "EUPL-1.2", sensitivity: "synthetic", use: ["training", "evaluation"] },
            { name: "Recensement 2022 : population et 65 ans et plus par arrondissement, 55 ans et plus vivant seuls par IRIS", producer: "INSEE via opendata.paris.fr", url: "https://opendata.paris.fr", licence: "ODbL", sensitivity: "aggregated", period: "2022", use: ["training", "evaluation"] },
            { name: "Taux de non-recours au RSA (Les Dossiers de la DREES n° 92, 2022)", producer: "DREES", url: rates.sources.rsa.split(": ").pop()!, licence: "Licence Ouverte / Etalab 2.0", sensitivity: "aggregated", period: "2018", use: ["training"] },
            { name: "Non-recours au minimum vieillesse des personnes seules (Les Dossiers de la DREES n° 97, 2022)", producer: "DREES", url: rates.sources.aspa.split(": ").pop()!, licence: "Licence Ouverte / Etalab 2.0", sensitivity: "aggregated", period: "2016", use: ["training"] },
            { name: "Non-recours à la complémentaire santé solidaire et à la prime d'activité", producer: "DREES", url: "shared/data/SOURCES.md", licence: "Licence Ouverte / Etalab 2.0", sensitivity: "aggregated", period: "2021", use: ["training"] },
            { name: "Coût moyen de la complémentaire santé solidaire par bénéficiaire", producer: "Fonds de la Complémentaire santé solidaire (source secondaire)", url: "domain/rights/outreach/stakes.json", licence: "citation", sensitivity: "aggregated", period: String(stakes.cssYearlyCostPerBeneficiary.year), use: ["operation"] },
            { name: "Fichier des foyers suivis, ouvert dans le navigateur de l'agent", producer: "Service social de la Ville de Paris", url: "docs/rights-household-csv.md", licence: "—", sensitivity: "personal", use: ["operation"] },
          ],
          training: {
            window: `synthetic population, seed ${TRAINING.seed}, ${TRAINING.households} households, rules of ${RULES_DATE}`,
            rows: training.trainRows,
            preparation: [
              t("Chaque ménage est simulé par le moteur de droits ; seuls les droits certainement ouverts (réponse « oui ») forment des lignes.", "Every household is simulated by the rights engine; only rights certainly open (answer \"yes\") make rows."),
              t(`Le non-recours est tiré d'un modèle logistique calibré sur les taux DREES de chaque groupe publié et de chaque tranche de 100 € d'ASPA dû (77 % sous 100 €, 22 % à 500-600 €, interpolés linéairement en log-cote entre les deux), avec une pente sur le montant d'ASPA à l'intérieur des tranches (${g.aspaStakeSlopePer100.toFixed(3)} par 100 €) et un effet propre à chaque foyer (écart type ${g.householdEffectSd}).`, `Non-take-up is drawn from a logistic model calibrated to the DREES rate of every published group and of every 100 € band of ASPA due (77 % under 100 €, 22 % at 500-600 €, interpolated linearly in log odds in between), with a slope on the ASPA amount within the bands (${g.aspaStakeSlopePer100.toFixed(3)} per 100 €) and an effect shared by each household's rights (standard deviation ${g.householdEffectSd}).`),
              t(`Les droits à l'ASPA pèsent ${ASPA_TRAINING_WEIGHT} fois plus dans l'apprentissage (3 % des lignes, mais le seul droit dont la DREES publie le non-recours par tranche de montant).`, `ASPA rights weigh ${ASPA_TRAINING_WEIGHT} times more in training (3 % of the rows, but the only right whose non-take-up DREES publishes by band of amount).`),
              t(`Arrêt anticipé sur ${training.validationRows} droits de foyers mis de côté.`, `Early stopping on ${training.validationRows} rights of households held out.`),
            ],
          },
          evaluation: {
            window: `independent synthetic population, seed ${EVALUATION.seed}, ${EVALUATION.households} households (15,000 per arrondissement)`,
            rows: evaluation.metrics.claimableRights,
            description: t(
              "Même modèle générateur, autre tirage, autant de foyers dans chaque arrondissement ; la liste est classée comme dans la console, et la tête de liste est 20 % des foyers ayant au moins un droit à demander.",
              "Same generating model, another draw, as many households in every arrondissement; the list is ranked as in the console, and the top of the list is 20 % of the households with at least one right to claim.",
            ),
          },
          features: NON_TAKE_UP_FEATURES.map((name) => ({
            name,
            description: NON_TAKE_UP_FEATURE_LABELS[name],
            source: name === "monthlyStake" || name.startsWith("benefit") ? "rights engine (domain/rights)" : "household file or questionnaire",
            protected: false as const,
          })),
        },
        metrics: metrics(evaluation, training.model.trees.length),
        fairness: {
          protectedAttributes: ["sex", "nationality", "disability", "origin"],
          checks: [
            ...fairnessChecks(evaluation.coverage.paced),
            ...selectionChecks(evaluation.coverage.paced),
            ...calibrationChecks(evaluation.calibrationByGroup),
          ],
          proxies: evaluation.proxies.map((p) => ({ attribute: p.attribute, auc: p.auc, note: proxyNote(p.attribute, p.auc) })),
          notGated: FAIRNESS_GATE.selectionNotGated.map((attribute) => ({
            attribute,
            metric: SELECTION_METRIC,
            reason: selectionNotGatedReason(evaluation.coverage.paced, attribute),
          })),
          notes: [
            t(
              `Contrôles, pour chaque groupe (sexe, tranche d'âge, nationalité, type de foyer, arrondissement, handicap, origine) : la part de ses foyers non recourants atteinte par les ${pct(FAIRNESS_GATE.topShare, 0)} premiers de la liste (taux de vrais positifs, ${COVERAGE_METRIC}) reste à moins de ${pct(FAIRNESS_GATE.maxGap, 0)} points de la part globale ; la part de ses foyers classés qui sont en tête de liste (taux de sélection, ${SELECTION_METRIC}) à moins de ${pct(FAIRNESS_GATE.maxSelectionGap, 0)} points de la part globale, sauf pour ${FAIRNESS_GATE.selectionNotGated.join(", ")} (rapporté, non contrôlé : voir notGated) ; l'écart entre non-recours prédit et tiré sur ses droits (calibration, ${CALIBRATION_METRIC}) à moins de ${pct(FAIRNESS_GATE.maxCalibrationGap, 0)} points.`,
              `Checks, for every group (sex, age band, nationality, household type, arrondissement, disability, origin): the share of its non-claimant households reached by the first ${pct(FAIRNESS_GATE.topShare, 0)} of the list (true positive rate, ${COVERAGE_METRIC}) stays within ${pct(FAIRNESS_GATE.maxGap, 0)} points of the overall share; the share of its ranked households at the top of the list (selection rate, ${SELECTION_METRIC}) within ${pct(FAIRNESS_GATE.maxSelectionGap, 0)} points of the overall share, except for ${FAIRNESS_GATE.selectionNotGated.join(", ")} (reported, not gated: see notGated); the gap between predicted and drawn non-take-up over its rights (calibration, ${CALIBRATION_METRIC}) within ${pct(FAIRNESS_GATE.maxCalibrationGap, 0)} points.`,
            ),
            t("Aucun attribut protégé ni l'arrondissement n'est une entrée. La population synthétique ne reproduit que les écarts qu'elle encode (DREES : les femmes recourent moins à l'ASPA) ; le contrôle doit être refait sur des résultats réels de démarches.", "No protected attribute, nor the arrondissement, is an input. The synthetic population only reproduces the differences it encodes (DREES: women claim the ASPA less); the check must be redone on real outreach outcomes."),
          ],
        },
        limits: [
          t("Entraîné sur une population synthétique : les probabilités reproduisent les taux nationaux de la DREES appliqués à Paris, pas des comportements parisiens observés.", "Trained on a synthetic population: the probabilities reproduce national DREES rates applied to Paris, not observed Parisian behaviour."),
          t(
            `Pour la prime d'activité et les deux formes de la complémentaire santé solidaire, la DREES ne publie aucun taux par sous-groupe (sa mesure du non-recours à la prime d'activité n'a pas abouti, Dossiers de la DREES n° 92) : le modèle donne à tous les foyers la même probabilité pour ces droits (AUC dans le droit : ${NATIONAL_RATE_ONLY.map((b) => `${b} ${evaluation.byBenefit.find((x) => x.benefit === b)!.auc.toFixed(2).replace(".", ",")}`).join(" ; ")}). La console affiche alors le taux national, présenté comme tel, et non une probabilité propre au foyer ; le classement de ces droits repose sur le montant en jeu.`,
            `For the prime d'activité and both forms of the complémentaire santé solidaire, DREES publishes no subgroup rate (its measure of the prime d'activité's non-take-up did not conclude, Dossiers de la DREES n° 92): the model gives every household the same probability for these rights (AUC within the right: ${NATIONAL_RATE_ONLY.map((b) => `${b} ${evaluation.byBenefit.find((x) => x.benefit === b)!.auc.toFixed(2)}`).join(", ")}). The console then shows the national rate, presented as such, not a household probability; these rights are ranked on the amount at stake.`,
          ),
          t("Les droits que les règles laissent « à vérifier » ne sont pas classés : l'agent les voit à part.", "Rights the rules leave \"to check\" are not ranked: the agent sees them separately."),
        ],
        ethicalConsiderations: [
          t("Le but est seulement de donner des droits, jamais de contrôler : à l'inverse des scores de risque des organismes payeurs critiqués pour viser les plus précaires par des variables indirectes.", "The only purpose is to give rights, never to check: the opposite of the paying agencies' risk scores criticised for targeting the most precarious through proxy variables."),
          t("Le fichier reste sur le poste de l'agent ; seuls des comptes par arrondissement d'au moins 10 foyers peuvent être envoyés.", "The file stays on the agent's computer; only counts by arrondissement of at least 10 households may be sent."),
          t("Chaque foyer contacté est informé de l'usage d'un algorithme et peut en demander l'explication ou refuser d'être recontacté.", "Every household contacted is told an algorithm was used and may ask for its explanation or refuse further contact."),
        ],
        crpa: {
          individualDecision: false,
          contributionDegree: OUTREACH_CONTRIBUTION,
          parameters: NON_TAKE_UP_FEATURES.map((name) => ({
            name,
            weight: t(`${pct(gain[name] / totalGain)} du gain total des arbres`, `${pct(gain[name] / totalGain)} of the trees' total gain`),
          })),
          operations: OUTREACH_OPERATIONS,
          legalBasis: t(
            "Code de l'action sociale et des familles, art. L115-2 (accès effectif de tous aux droits fondamentaux) et L123-5 (action sociale générale des centres d'action sociale) ; RGPD art. 6-1-e (mission d'intérêt public).",
            "Social action and families code, art. L115-2 (effective access of all to fundamental rights) and L123-5 (general social action of social action centres); GDPR art. 6(1)(e) (public-interest task).",
          ),
          mention: rightsMentions.outreach,
          contest: t(
            `Écrire au Centre d'action sociale de la Ville de Paris ou à ${RIGHTS_CONTACT} ; un foyer peut demander à ne plus être contacté.`,
            `Write to the City of Paris social action centre or to ${RIGHTS_CONTACT}; a household may ask not to be contacted again.`,
          ),
          contact: RIGHTS_CONTACT,
        },
      },
    };
  },
};
