// The cold-risk model for the registry: a logistic model whose coefficients are the log odds ratios of
// risk-factors.json (published, derived or assumed, each with its source) and whose intercept is the stated
// baseline risk — no training on outcome data, which does not exist for Paris's register. It is exported as
// MatMul + Add + Sigmoid and evaluated on a synthetic population of Parisians aged 65 and over (the heat cohort's
// places, ages, living alone and illnesses, a stated share of homes hard to heat) facing the real Paris cold days
// the cold rule flags at Montsouris: who the first calls reach, by arrondissement and age band. Node-only.
import { COLD_RISK_FEATURES, coldFactorTable, coldRiskFeatures, type ColdExposure, type ColdRiskPerson } from "../features.ts";
import riskFactors from "../risk-factors.json";
import { coldOutlook } from "../../../domain/climate/cold/rule.ts";
import { isAlertLevel } from "../../../domain/climate/levels.ts";
import { loadMontsouris } from "../../../domain/heat/evaluation/real-data.ts";
import { gapChecks } from "../../cards/fairness.ts";
import type { SliceMetrics } from "../../cards/schema.ts";
import { generateCohort } from "../../heat-risk/training/cohort.ts";
import type { ColdRiskInput } from "../../features.ts";
import type { LogisticModel } from "../../lib/logistic.ts";
import { logisticToOnnx } from "../../lib/onnx.ts";
import { createRng } from "../../lib/rng.ts";
import type { ModelDefinition } from "../../model-definition.ts";

const SEED = 2027;
const EVALUATION_PEOPLE = 100_000;
/** Share of the register called first in the fairness checks (the top of the call list). */
const PRIORITY_SHARE = 0.2;
const MAX_CAPTURE_GAP = 0.1;
/** Share of homes hard to keep warm in the synthetic population: an assumption (no Paris figure by age was found). */
const POORLY_HEATED_SHARE = 0.15;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model: weights ln(OR) in COLD_RISK_FEATURES order, intercept logit(baseline risk). */
export function coldRiskModel(): LogisticModel {
  const baseline = riskFactors.baselineRisk.value;
  return {
    kind: "logistic",
    featureNames: [...COLD_RISK_FEATURES],
    weights: COLD_RISK_FEATURES.map((name) => Math.log(coldFactorTable[name].oddsRatio)),
    intercept: Math.log(baseline / (1 - baseline)),
    standardErrors: COLD_RISK_FEATURES.map(() => 0),
    interceptStandardError: 0,
    l2: 0,
    iterations: 0,
    converged: true,
  };
}

/** Exposures of the real Paris cold alert days (orange or red for the cold rule at Montsouris, 1950–2026). */
export function coldAlertExposures(): ColdExposure[] {
  const days = coldOutlook(loadMontsouris());
  const exposures: ColdExposure[] = [];
  let run = 0;
  days.forEach((day, i) => {
    run = isAlertLevel(day.level) ? run + 1 : 0;
    if (!run || i + 2 >= days.length) return;
    const window = days.slice(i, i + 3);
    exposures.push({ meanTemperature: sum(window.map((d) => (d.tn + d.tx) / 2)) / 3, coldDays: run });
  });
  return exposures;
}

function evaluate(model: LogisticModel) {
  const rng = createRng(SEED);
  const cohort = generateCohort({ seed: SEED, n: EVALUATION_PEOPLE });
  const exposures = coldAlertExposures();
  const inputs: ColdRiskInput[] = cohort.people.map((p) => ({
    person: {
      age: p.age, livesAlone: p.livesAlone, mobility: p.mobility, cardiovascular: p.cardiovascular, respiratory: p.respiratory,
      isolated: p.isolated, poorlyHeatedHome: rng.next() < POORLY_HEATED_SHARE,
    },
    exposure: exposures[rng.int(exposures.length)],
  }));
  const risks = inputs.map(({ person, exposure }) => {
    const row = coldRiskFeatures(person, exposure);
    return sigmoid(model.intercept + model.weights.reduce((z, w, j) => z + w * row[j], 0));
  });
  const cut = [...risks].sort((a, b) => b - a)[Math.floor(PRIORITY_SHARE * risks.length)];
  const prioritised = risks.map((r) => (r > cut ? 1 : 0));
  const capture = (rows: number[]) => sum(rows.map((r) => risks[r] * prioritised[r])) / sum(rows.map((r) => risks[r]));
  const groups = new Map<string, { slice: string; group: string; rows: number[] }>();
  cohort.iris.forEach((iris, row) => {
    for (const [slice, group] of [["arrondissement", iris.slice(0, 5)], ["ageBand", inputs[row].person.age >= 80 ? "80+" : "65-79"]]) {
      const key = `${slice}:${group}`;
      if (!groups.has(key)) groups.set(key, { slice, group, rows: [] });
      groups.get(key)!.rows.push(row);
    }
  });
  const slices: SliceMetrics[] = [...groups.values()]
    .sort((a, b) => a.slice.localeCompare(b.slice) || a.group.localeCompare(b.group))
    .map((g) => ({
      slice: g.slice,
      group: g.group,
      count: g.rows.length,
      metrics: { selectionRate: sum(g.rows.map((r) => prioritised[r])) / g.rows.length, expectedHarmCapturedByTop20: capture(g.rows), meanRisk: sum(g.rows.map((r) => risks[r])) / g.rows.length },
    }));
  const all = risks.map((_, i) => i);
  const overall = { expectedHarmCapturedByTop20: capture(all), meanRisk: sum(risks) / risks.length, coldAlertDays: exposures.length };
  return { overall, slices, checks: gapChecks(slices, "expectedHarmCapturedByTop20", overall.expectedHarmCapturedByTop20, MAX_CAPTURE_GAP, ["arrondissement"]), inputs };
}

const t = (fr: string, en: string) => ({ fr, en });
const KIND_FR: Record<string, string> = { published: "publié", derived: "dérivé", assumption: "hypothèse" };

export const coldRiskDefinition: ModelDefinition = {
  id: "cold-risk",
  version: "1.0.0",
  task: "binary-classification",
  runsOn: ["edge", "device"],
  train() {
    const model = coldRiskModel();
    const evaluation = evaluate(model);
    const factors = riskFactors.factors as Record<string, { oddsRatio: number; kind: string; sources: { title: string }[] }>;
    return {
      onnx: logisticToOnnx(model, { docString: "Recoque cold-risk: logistic model with published or stated odds ratios (models/cold-risk/risk-factors.json)" }),
      context: null,
      explainer: null,
      trainingSeed: SEED,
      exampleInputs: evaluation.inputs.slice(0, 8),
      card: {
        name: t("Risque individuel en période de grand froid", "Individual cold risk"),
        useCase: "heat",
        details: {
          description: t(
            "Estime, pour une personne âgée inscrite au registre des alertes, la probabilité d'une atteinte grave liée au froid pendant un épisode de grand froid, à partir des facteurs qu'elle a déclarés et du froid prévu. Sert à ordonner la liste d'appels et à l'auto-évaluation sur l'appareil.",
            "Estimates, for an older person in the alerts register, the probability of serious cold-related harm during a cold episode, from the factors they declared and the forecast cold. Used to order the call list and for the on-device self-assessment.",
          ),
          modelType: t("Régression logistique (10 variables) aux coefficients tirés des études publiées, sans entraînement", "Logistic regression (10 features) with coefficients taken from published studies, not trained"),
          owners: [{ name: "Ville de Paris — Direction des solidarités (registre des alertes climat)", contact: "recoque@paris.example" }],
          trainedBy: "Recoque models toolchain (models/cold-risk/training/definition.ts)",
          licences: { code: "EUPL-1.2", model: "Licence Ouverte / Etalab 2.0" },
          runsOn: ["edge", "device"],
        },
        intendedUse: {
          purposes: [
            t("Ordonner les appels aux personnes inscrites pendant un grand froid : les plus à risque d'abord.", "Order the calls to registered people during a cold wave: highest risk first."),
            t("Permettre à chacun d'évaluer son risque sur son propre appareil, sans rien transmettre.", "Let anyone assess their own risk on their own device, without sending anything."),
          ],
          users: [t("Agents du registre des alertes", "Alerts-register agents"), t("Toute personne, en auto-évaluation", "Anyone, as a self-assessment")],
          outOfScope: [t("Refuser ou retarder une aide : toute personne inscrite est appelée.", "Refusing or delaying help: every registered person is called."), t("Un diagnostic médical.", "A medical diagnosis.")],
        },
        data: {
          sources: [
            { name: "Rapports publiés (Wilkinson et al. 2004 ; Hajat et al. 2007 ; Hajat 2017 ; Annals of Epidemiology 2018)", producer: "BMJ ; Occup Environ Med ; Environ Health ; Annals of Epidemiology", url: "models/cold-risk/risk-factors.json", licence: "citation", sensitivity: "public", use: ["training"] },
            { name: "Population synthétique de Parisiens de 65 ans et plus (cohorte du modèle heat-risk)", producer: "Recoque (models/heat-risk/training/cohort.ts)", url: "models/heat-risk/training/COHORT.md", licence: "EUPL-1.2", sensitivity: "synthetic", use: ["evaluation"] },
            { name: "Températures quotidiennes Paris-Montsouris 1950–2026", producer: "Météo-France", url: "https://meteo.data.gouv.fr", licence: "Licence Ouverte / Etalab 2.0", sensitivity: "public", period: "1950–2026", use: ["evaluation", "operation"] },
            { name: "Facteurs déclarés par la personne inscrite", producer: "La personne (registre des alertes)", url: "/api/v1/heat/registrations", licence: "—", sensitivity: "personal", use: ["operation"] },
          ],
          training: {
            window: "no training: coefficients from risk-factors.json",
            rows: COLD_RISK_FEATURES.length,
            preparation: [
              t("Chaque coefficient est le logarithme de l'odds ratio de risk-factors.json ; l'ordonnée à l'origine est le logit du risque de base (hypothèse 0,05 %).", "Each coefficient is the log of the odds ratio in risk-factors.json; the intercept is the logit of the baseline risk (assumption 0.05 %)."),
            ],
          },
          evaluation: {
            window: `synthetic population, seed ${SEED}`,
            rows: EVALUATION_PEOPLE,
            description: t(
              `Population synthétique de la cohorte heat-risk (lieu, âge, vie seule, maladies), ${POORLY_HEATED_SHARE * 100} % de logements difficiles à chauffer (hypothèse), froid d'un jour d'alerte réel de Paris (${evaluation.overall.coldAlertDays} jours orange ou rouges 1950–2026). Le modèle étant son propre générateur, l'évaluation mesure qui les premiers appels atteignent, pas une précision.`,
              `Synthetic population of the heat-risk cohort (place, age, living alone, illnesses), ${POORLY_HEATED_SHARE * 100} % homes hard to heat (assumption), cold of a real Paris alert day (${evaluation.overall.coldAlertDays} orange or red days 1950–2026). The model being its own generator, the evaluation measures who the first calls reach, not an accuracy.`,
            ),
          },
          features: COLD_RISK_FEATURES.map((name) => ({
            name,
            description: coldFactorTable[name].labels,
            source: ["coldDegrees", "coldDays"].includes(name) ? "Météo-France forecast (cold rule)" : "declared by the person",
            protected: false as const,
          })),
        },
        metrics: {
          overall: evaluation.overall,
          slices: evaluation.slices,
          notes: COLD_RISK_FEATURES.map((name) =>
            t(
              `${name} : odds ratio ${factors[name].oddsRatio} (${KIND_FR[factors[name].kind]} ; ${factors[name].sources[0].title})`,
              `${name}: odds ratio ${factors[name].oddsRatio} (${factors[name].kind}; ${factors[name].sources[0].title})`,
            ),
          ),
        },
        fairness: {
          protectedAttributes: ["sex", "nationality", "disability", "origin"],
          checks: evaluation.checks,
          proxies: [],
          unmeasured: [
            ...["sex", "nationality", "origin"].map((attribute) => ({
              attribute,
              reason: t("Ni collecté par le registre ni présent dans la population synthétique.", "Neither collected by the register nor present in the synthetic population."),
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
              reason: t("L'âge est un facteur de risque déclaré : appeler d'abord les plus âgés est le but ; tous sont appelés.", "Age is a declared risk factor: calling the oldest first is the purpose; everyone is called."),
            },
          ],
          notes: [t("Aucun attribut protégé n'est collecté.", "No protected attribute is collected.")],
        },
        limits: [
          t("Pas entraîné sur des données d'issue : plusieurs odds ratios sont des hypothèses documentées (risk-factors.json) ; le classement est l'usage principal.", "Not trained on outcome data: several odds ratios are documented assumptions (risk-factors.json); the ranking is the main use."),
          t("Les études citées sont britanniques ; aucune étude parisienne des facteurs de risque du froid n'a été trouvée.", "The studies cited are British; no Paris study of cold risk factors was found."),
        ],
        ethicalConsiderations: [
          t("Toutes les personnes inscrites sont appelées ; le modèle ne décide que de l'ordre.", "Every registered person is called; the model only decides the order."),
          t("L'auto-évaluation s'exécute sur l'appareil : les réponses de santé ne sont pas transmises.", "The self-assessment runs on the device: health answers are not sent."),
        ],
        crpa: {
          individualDecision: false,
          contributionDegree: t("Aide à l'organisation : le score ordonne la liste d'appels, un agent appelle et décide de la suite.", "Organisational aid: the score orders the call list; an agent calls and decides what follows."),
          parameters: COLD_RISK_FEATURES.map((name) => ({ name, weight: t(`odds ratio ${coldFactorTable[name].oddsRatio}`, `odds ratio ${coldFactorTable[name].oddsRatio}`) })),
          operations: [
            t("Les facteurs déclarés et le froid prévu sont codés en 10 variables.", "Declared factors and forecast cold are encoded as 10 features."),
            t("Une régression logistique en déduit une probabilité ; la liste d'appels est triée par probabilité décroissante.", "A logistic regression gives a probability; the call list is sorted by decreasing probability."),
          ],
          legalBasis: t("Code de l'action sociale et des familles, art. L121-6-1 et R121-2 à R121-12 (registre nominatif des personnes vulnérables).", "Social action and families code, art. L121-6-1 and R121-2 to R121-12 (register of vulnerable people)."),
          mention: t(
            "L'ordre des appels du registre pendant un grand froid est établi à l'aide d'un algorithme (art. L311-3-1 du CRPA). Vous pouvez demander comment il a été utilisé pour vous.",
            "The order of register calls during a cold wave is set with the help of an algorithm (CRPA art. L311-3-1). You may ask how it was used for you.",
          ),
          contest: t("Écrire au registre des alertes de la Ville de Paris ou appeler le 3975.", "Write to the City of Paris alerts register or call 3975."),
          contact: "recoque@paris.example",
        },
      },
    };
  },
};
