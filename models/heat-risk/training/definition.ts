// The heat-risk model for the registry: trains it (models/heat-risk/training/train.ts), evaluates it on an
// independent population-scale cohort (by arrondissement and age band), and writes its card — which also
// publishes the heat levels' confusion table against the official vigilance, as the hazard rule that opens an
// episode is an algorithm of the same processing.
import { HEAT_RISK_FEATURES, type HeatRiskFeature } from "../features.ts";
import riskFactors from "../risk-factors.json";
import { predictLogistic } from "../../lib/logistic.ts";
import { createMatrix } from "../../lib/matrix.ts";
import { auc } from "../../lib/metrics.ts";
import { gapChecks } from "../../cards/fairness.ts";
import type { ModelDefinition } from "../../model-definition.ts";
import type { HeatRiskInput } from "../../features.ts";
import { HEAT_LEVELS } from "../../../domain/heat/hazard.ts";
import { generateCohort } from "./cohort.ts";
import { evaluateLevels } from "../../../domain/heat/evaluation/levels-evaluation.ts";
import { trainHeatRisk } from "./train.ts";

const SEED = 2026;
const TRAINING_PEOPLE = 200_000;
const EVALUATION_PEOPLE = 100_000;
/** Share of the register called first in the fairness checks (the top of the call list). */
const PRIORITY_SHARE = 0.2;
const MAX_GAP = { calibration: 0.15, capture: 0.1 };

const factorLabels = riskFactors.factors as Record<HeatRiskFeature, { labels: { fr: string; en: string }; oddsRatio: number }>;

interface Group {
  slice: string;
  group: string;
  rows: number[];
}

function groups(iris: string[], ages: number[]): Group[] {
  const out = new Map<string, Group>();
  const add = (slice: string, group: string, row: number) => {
    const key = `${slice}:${group}`;
    if (!out.has(key)) out.set(key, { slice, group, rows: [] });
    out.get(key)!.rows.push(row);
  };
  iris.forEach((code, row) => {
    add("arrondissement", code.slice(0, 5), row);
    add("ageBand", ages[row] >= 80 ? "80+" : "65-79", row);
  });
  return [...out.values()].sort((a, b) => a.slice.localeCompare(b.slice) || a.group.localeCompare(b.group));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function evaluate(model: ReturnType<typeof trainHeatRisk>["model"]) {
  const cohort = generateCohort({ seed: SEED + 100, n: EVALUATION_PEOPLE });
  const x = createMatrix(cohort.features, EVALUATION_PEOPLE, cohort.featureNames);
  const predicted = Array.from(predictLogistic(model, x));
  const truth = Array.from(cohort.trueRisk);
  const cut = [...predicted].sort((a, b) => b - a)[Math.floor(PRIORITY_SHARE * predicted.length)];
  const prioritised = predicted.map((p) => (p > cut ? 1 : 0));
  const capture = (rows: number[]) => sum(rows.map((r) => truth[r] * prioritised[r])) / sum(rows.map((r) => truth[r]));
  const all = predicted.map((_, i) => i);
  const truthMedian = median(truth);
  const overall = {
    aucAgainstExpectedHarm: auc(predicted, truth.map((t) => (t > truthMedian ? 1 : 0))),
    predictedOverGenerating: sum(predicted) / sum(truth),
    expectedHarmCapturedByTop20: capture(all),
  };
  const slices = groups(cohort.iris, cohort.people.map((p) => p.age)).map((g) => ({
    slice: g.slice,
    group: g.group,
    count: g.rows.length,
    metrics: {
      selectionRate: sum(g.rows.map((r) => prioritised[r])) / g.rows.length,
      predictedOverGenerating: sum(g.rows.map((r) => predicted[r])) / sum(g.rows.map((r) => truth[r])),
      expectedHarmCapturedByTop20: capture(g.rows),
    },
  }));
  const checks = [
    ...gapChecks(slices, "predictedOverGenerating", 1, MAX_GAP.calibration),
    ...gapChecks(slices, "expectedHarmCapturedByTop20", overall.expectedHarmCapturedByTop20, MAX_GAP.capture, ["arrondissement"]),
  ];
  return { overall, slices, checks, people: cohort.people, exposures: cohort.exposures };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export const heatRiskDefinition: ModelDefinition = {
  id: "heat-risk",
  version: "1.0.0",
  task: "binary-classification",
  runsOn: ["edge", "device"],
  train() {
    const training = trainHeatRisk({ seed: SEED, n: TRAINING_PEOPLE });
    const evaluation = evaluate(training.model);
    const levels = evaluateLevels();
    const exampleInputs: HeatRiskInput[] = evaluation.people.slice(0, 8).map((person, i) => ({ person, exposure: evaluation.exposures[i] }));
    const t = (fr: string, en: string) => ({ fr, en });
    return {
      onnx: training.onnx,
      context: null,
      explainer: null,
      trainingSeed: SEED,
      exampleInputs,
      card: {
        name: t("Risque individuel en période de canicule", "Individual heat risk"),
        useCase: "heat",
        details: {
          description: t(
            "Estime, pour une personne âgée inscrite au registre canicule, la probabilité d'une atteinte grave liée à la chaleur pendant un épisode d'alerte, à partir des facteurs qu'elle a déclarés et de la chaleur prévue. Sert à ordonner la liste d'appels et à l'auto-évaluation sur l'appareil.",
            "Estimates, for an older person in the heat register, the probability of serious heat-related harm during an alert episode, from the factors they declared and the forecast heat. Used to order the call list and for the on-device self-assessment.",
          ),
          modelType: t("Régression logistique (14 variables), entraînée sur une cohorte synthétique", "Logistic regression (14 features), trained on a synthetic cohort"),
          owners: [{ name: "Ville de Paris — Direction des solidarités (registre canicule)", contact: "recoque@paris.example" }],
          trainedBy: "Recoque models toolchain (models/heat-risk/training/train.ts)",
          licences: { code: "EUPL-1.2", model: "Licence Ouverte / Etalab 2.0" },
          runsOn: ["edge", "device"],
        },
        intendedUse: {
          purposes: [
            t("Ordonner les appels aux personnes inscrites pendant une alerte : les plus à risque d'abord.", "Order the calls to registered people during an alert: highest risk first."),
            t("Permettre à chacun d'évaluer son risque sur son propre appareil, sans rien transmettre.", "Let anyone assess their own risk on their own device, without sending anything."),
          ],
          users: [t("Agents du registre canicule", "Heat-register agents"), t("Toute personne, en auto-évaluation", "Anyone, as a self-assessment")],
          outOfScope: [
            t("Refuser ou retarder une aide : toute personne inscrite est appelée.", "Refusing or delaying help: every registered person is called."),
            t("Un diagnostic médical.", "A medical diagnosis."),
          ],
        },
        data: {
          sources: [
            { name: "Cohorte synthétique de Parisiens de 65 ans et plus", producer: "Recoque (models/heat-risk/training/cohort.ts, COHORT.md)", url: "models/heat-risk/training/COHORT.md", licence: "EUPL-1.2", sensitivity: "synthetic", use: ["training", "evaluation"] },
            { name: "Recensement 2022, personnes âgées vivant seules par IRIS", producer: "INSEE via opendata.paris.fr", url: "https://opendata.paris.fr", licence: "ODbL", sensitivity: "aggregated", period: "2022", use: ["training"] },
            { name: "Températures quotidiennes Paris-Montsouris 1950–2026", producer: "Météo-France", url: "https://meteo.data.gouv.fr", licence: "Licence Ouverte / Etalab 2.0", sensitivity: "public", period: "1950–2026", use: ["training", "evaluation", "operation"] },
            { name: "Vigilance canicule par département 2023–2025 (dernière émission du jour)", producer: "Météo-France", url: "https://vigilance.meteofrance.fr", licence: "Licence Ouverte / Etalab 2.0", sensitivity: "public", period: "2023–2025", use: ["evaluation"] },
            { name: "Odds ratios publiés (Bouchama et al. 2007 ; Vandentorren et al. 2006)", producer: "Archives of Internal Medicine ; European Journal of Public Health", url: "models/heat-risk/risk-factors.json", licence: "citation", sensitivity: "public", use: ["training"] },
            { name: "Facteurs déclarés par la personne inscrite", producer: "La personne (registre canicule)", url: "/api/v1/heat/registrations", licence: "—", sensitivity: "personal", use: ["operation"] },
          ],
          training: {
            window: "synthetic cohort, seed 2026",
            rows: training.metrics.trainRows,
            preparation: [
              t(
                "Cohorte tirée par models/heat-risk/training/cohort.ts (graine fixe) : lieu et vie seule d'après le recensement 2022 par IRIS, autres facteurs selon les hypothèses documentées dans COHORT.md, chaleur d'un jour d'alerte réel de Paris 1950–2025, atteinte grave tirée d'un modèle logistique aux odds ratios publiés (risk-factors.json).",
                "Cohort drawn by models/heat-risk/training/cohort.ts (fixed seed): place and living alone from the 2022 census by IRIS, other factors from the assumptions documented in COHORT.md, heat of a real Paris alert day 1950–2025, serious harm drawn from a logistic model with the published odds ratios (risk-factors.json).",
              ),
              t("Étiquettes tirées avec des cotes multipliées par 200 (comme un échantillon cas-témoins), puis l'ordonnée à l'origine est corrigée de ln 200.", "Labels drawn with odds multiplied by 200 (as in a case-control sample), then the intercept is shifted back by ln 200."),
            ],
          },
          evaluation: {
            window: "independent synthetic cohort, seed 2126",
            rows: EVALUATION_PEOPLE,
            description: t("Cohorte indépendante à l'échelle de la population ; le risque générateur sert de vérité.", "Independent population-scale cohort; the generating risk is the ground truth."),
          },
          features: HEAT_RISK_FEATURES.map((name) => ({
            name,
            description: name in factorLabels ? factorLabels[name].labels : t(name, name),
            source: ["ibmxExcess", "ibmnExcess", "heatDays"].includes(name) ? "Météo-France forecast (heat status)" : "declared by the person",
            protected: false as const,
          })),
        },
        metrics: {
          overall: {
            ...evaluation.overall,
            heldOutAuc: training.metrics.auc,
            levelsVigilanceDays: levels.days,
            levelsOfficialAlertDays: levels.officialAlerts,
            levelsOfficialAlertDaysCaught: levels.caught,
            levelsAlertsOnOfficialGreenDays: levels.alertsOnGreen,
            levelsAlertsOnOfficialYellowDays: levels.alertsOnYellow,
          },
          slices: [
            ...evaluation.slices,
            ...HEAT_LEVELS.map((ours, r) => ({
              slice: "heatLevelsVsOfficialVigilance",
              group: `ours=${ours}`,
              count: levels.confusion[r].reduce((a, b) => a + b, 0),
              metrics: Object.fromEntries(HEAT_LEVELS.map((official, c) => [`official=${official}`, levels.confusion[r][c]])),
            })),
          ],
          calibration: training.calibration.map((c) => ({ from: c.from, to: c.to, count: c.count, meanPredicted: c.meanPredicted, observedRate: c.meanGeneratingRisk })),
          notes: [
            ...training.oddsRatios.map((r) =>
              t(`${r.feature} : OR ajusté ${r.fitted.toFixed(2)} (générateur ${r.generating})`, `${r.feature}: fitted OR ${r.fitted.toFixed(2)} (generating ${r.generating})`),
            ),
            t(
              "Niveaux d'alerte (domain/heat/levels.md) : le niveau émis le jour J est le plus haut des fenêtres de 3 jours contenant J+1 — rouge si IBMn ≥ Sn et IBMx ≥ Sx + 4 °C, orange si IBMn ≥ Sn − 1 °C et IBMx ≥ Sx, jaune si IBMn ≥ Sn − 2 °C et IBMx ≥ Sx − 2 °C, vert sinon ; orange ou rouge ouvre un épisode et déclenche les appels.",
              "Alert levels (domain/heat/levels.md): the level issued on day D is the highest grade of the 3-day windows that contain D+1 — red if IBMn ≥ Sn and IBMx ≥ Sx + 4 °C, orange if IBMn ≥ Sn − 1 °C and IBMx ≥ Sx, yellow if IBMn ≥ Sn − 2 °C and IBMx ≥ Sx − 2 °C, green otherwise; orange or red opens an episode and starts the calls.",
            ),
            t(
              `Table de confusion des niveaux (tranches heatLevelsVsOfficialVigilance : lignes = nos niveaux, colonnes = vigilance officielle de Paris, ${levels.days} jours de ${levels.period.from} à ${levels.period.to}, série observée prise comme prévision parfaite) : ${levels.caught} des ${levels.officialAlerts} jours officiellement orange ou rouges sont orange ou rouges pour nous ; ${levels.alertsOnGreen} de nos jours orange ou rouges étaient verts officiellement.`,
              `Confusion table of the levels (slices heatLevelsVsOfficialVigilance: rows = our levels, columns = Paris's official vigilance, ${levels.days} days from ${levels.period.from} to ${levels.period.to}, the observed series taken as a perfect forecast): ${levels.caught} of the ${levels.officialAlerts} official orange-or-red days are orange or red for us; ${levels.alertsOnGreen} of our orange-or-red days were officially green.`,
            ),
          ],
        },
        fairness: {
          protectedAttributes: ["sex", "nationality", "disability", "origin"],
          checks: evaluation.checks,
          proxies: [],
          unmeasured: [
            ...["sex", "nationality", "origin"].map((attribute) => ({
              attribute,
              reason: t(
                "Ni collecté par le registre ni présent dans la cohorte synthétique : l'attribut ne peut être ni mesuré ni prédit à partir des entrées.",
                "Neither collected by the register nor present in the synthetic cohort: the attribute can be neither measured nor predicted from the inputs.",
              ),
            })),
            {
              attribute: "disability",
              reason: t(
                "Aucun statut de handicap n'est collecté ; l'alitement, la mobilité réduite et les maladies déclarées sont des entrées voulues : ce sont les vulnérabilités pour lesquelles le registre existe.",
                "No disability status is collected; being confined to bed, limited mobility and declared illnesses are deliberate inputs: they are the vulnerabilities the register exists for.",
              ),
            },
          ],
          notGated: [
            {
              attribute: "ageBand",
              metric: "expectedHarmCapturedByTop20",
              reason: t(
                "L'âge est un facteur de risque déclaré : appeler d'abord les plus âgés est le but. La part du risque captée par les premiers appels est donc plus faible chez les 65–79 ans ; tous sont appelés.",
                "Age is a declared risk factor: calling the oldest first is the purpose. The share of risk reached by the first calls is therefore lower among 65–79-year-olds; everyone is called.",
              ),
            },
          ],
          notes: [
            t(
              "Aucun attribut protégé (sexe, nationalité, origine) n'est collecté. L'âge, la mobilité et les maladies déclarées sont des entrées voulues : l'ordre des appels doit en dépendre.",
              "No protected attribute (sex, nationality, origin) is collected. Age, mobility and declared illnesses are deliberate inputs: the order of calls must depend on them.",
            ),
          ],
        },
        limits: [
          t("Entraîné sur une cohorte synthétique : les probabilités sont des ordres de grandeur, le classement est l'usage principal.", "Trained on a synthetic cohort: probabilities are orders of magnitude; the ranking is the main use."),
          t("Plusieurs odds ratios sont des hypothèses documentées (voir COHORT.md).", "Several odds ratios are documented assumptions (see COHORT.md)."),
        ],
        ethicalConsiderations: [
          t("Toutes les personnes inscrites sont appelées ; le modèle ne décide que de l'ordre.", "Every registered person is called; the model only decides the order."),
          t("L'auto-évaluation s'exécute sur l'appareil : les réponses de santé ne sont pas transmises.", "The self-assessment runs on the device: health answers are not sent."),
        ],
        crpa: {
          individualDecision: false,
          contributionDegree: t("Aide à l'organisation : le score ordonne la liste d'appels, un agent appelle et décide de la suite.", "Organisational aid: the score orders the call list; an agent calls and decides what follows."),
          parameters: HEAT_RISK_FEATURES.map((name) => {
            const ratio = Math.exp(training.model.weights[HEAT_RISK_FEATURES.indexOf(name)]);
            return { name, weight: t(`odds ratio ${ratio.toFixed(2).replace(".", ",")}`, `odds ratio ${ratio.toFixed(2)}`) };
          }),
          operations: [
            t("Les facteurs déclarés et la chaleur prévue sont codés en 14 variables.", "Declared factors and forecast heat are encoded as 14 features."),
            t("Une régression logistique en déduit une probabilité ; la liste d'appels est triée par probabilité décroissante.", "A logistic regression gives a probability; the call list is sorted by decreasing probability."),
          ],
          legalBasis: t("Code de l'action sociale et des familles, art. L121-6-1 et R121-2 à R121-12 (registre nominatif des personnes vulnérables).", "Social action and families code, art. L121-6-1 and R121-2 to R121-12 (register of vulnerable people)."),
          mention: t(
            "L'ordre des appels du registre canicule est établi à l'aide d'un algorithme (art. L311-3-1 du CRPA). Vous pouvez demander comment il a été utilisé pour vous.",
            "The order of heat-register calls is set with the help of an algorithm (CRPA art. L311-3-1). You may ask how it was used for you.",
          ),
          contest: t("Écrire au registre canicule de la Ville de Paris ou appeler le 3975.", "Write to the City of Paris heat register or call 3975."),
          contact: "recoque@paris.example",
        },
      },
    };
  },
};
