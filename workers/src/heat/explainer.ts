// The explanation of one call's priority (kind "heat-call", CRPA R311-3-1-2, for the calls of heat and cold
// episodes), for register agents: the data used and where it came from, each feature's weight for this person —
// its contribution to the log-odds, measured by running the same ONNX model with that feature at its reference
// value — the operations, the rank, and the agent's latest decision on the call.
import type { Bilingual } from "../../../domain/i18n";
import { cards } from "../../../models/artifacts";
import type { ModelCard } from "../../../models/cards/schema";
import { COLD_RISK_FEATURES, coldFactorTable } from "../../../models/cold-risk/features";
import { HEAT_RISK_FEATURES } from "../../../models/heat-risk/features";
import riskFactors from "../../../models/heat-risk/risk-factors.json";
import { SHAREABLE_FACTORS, type SharedFactors } from "../../../domain/heat/register-factors";
import type { Explanation } from "../../../domain/contracts/explanation";
import type { Explainer } from "../explanations/registry";
import { edgeModels } from "../inference/registry";
import type { ColdRoundExposure, Exposure } from "./episodes";
import { openFactors } from "./factors-at-rest";
import { isCallHazard, riskRows, RISK_MODELS } from "./person";

const factorLabels = riskFactors.factors as Record<string, { labels: Bilingual }>;
const t = (fr: string, en: string): Bilingual => ({ fr, en });
const logit = (p: number) => Math.log(p / (1 - p));

const SHARED_LABELS: Record<keyof SharedFactors, Bilingual> = {
  birthYear: t("Année de naissance", "Year of birth"),
  livesAlone: t("Vit seul·e", "Lives alone"),
  mobility: t("Mobilité", "Mobility"),
  sleepsUnderRoof: t("Dort sous les toits", "Sleeps under the roof"),
  airConditioning: t("Climatisation", "Air conditioning"),
  coolPlaceAccess: t("Va dans des lieux frais", "Visits cool places"),
  cardiovascular: t("Maladie cardiovasculaire", "Cardiovascular disease"),
  respiratory: t("Maladie respiratoire", "Respiratory disease"),
  psychiatric: t("Trouble psychiatrique", "Psychiatric illness"),
  isolated: t("Pas de visites régulières", "No regular visits"),
  poorlyHeatedHome: t("Logement difficile à chauffer", "Home hard to keep warm"),
};

interface CallRow {
  id: string;
  episode_id: string;
  round: number;
  risk: number;
  model_id: string;
  model_version: string;
  registration_id: string;
  factors: string;
  day: string;
  exposure: string;
  hazard: string;
}

async function contributions(modelId: (typeof RISK_MODELS)[keyof typeof RISK_MODELS], version: string, row: Float32Array): Promise<number[]> {
  const model = await edgeModels.load(modelId, version);
  const width = row.length;
  const batch = new Float32Array(width * (width + 1));
  batch.set(row, 0);
  for (let j = 0; j < width; j++) {
    batch.set(row, (j + 1) * width);
    batch[(j + 1) * width + j] = 0;
  }
  const out = await model.run(batch);
  return Array.from(row, (_, j) => logit(out[0]) - logit(out[j + 1]));
}

export const heatCallExplainer: Explainer = {
  roles: ["heat-agent"],
  async explain(env, id): Promise<Explanation | null> {
    const db = env.DB;
    const call = await db
      .prepare(
        `SELECT c.id, c.episode_id, c.round, c.risk, c.model_id, c.model_version, c.registration_id, r.factors, ro.day, ro.exposure, e.hazard
         FROM heat_calls c JOIN heat_registrations r ON r.id = c.registration_id JOIN heat_episodes e ON e.id = c.episode_id
         JOIN heat_rounds ro ON ro.episode_id = c.episode_id AND ro.round = c.round WHERE c.id = ?1`,
      )
      .bind(id)
      .first<CallRow>();
    if (!call || !isCallHazard(call.hazard)) return null;
    const hazard = call.hazard;
    const [rank, decision] = await db.batch([
      db.prepare("SELECT count(*) + 1 AS rank, (SELECT count(*) FROM heat_calls WHERE episode_id = ?1 AND round = ?2) AS total FROM heat_calls WHERE episode_id = ?1 AND round = ?2 AND risk > ?3")
        .bind(call.episode_id, call.round, call.risk),
      db.prepare("SELECT outcome, agent, recorded_at FROM heat_call_outcomes WHERE call_id = ?1 ORDER BY id DESC LIMIT 1").bind(call.id),
    ]);
    const { rank: position, total } = rank.results[0] as { rank: number; total: number };
    const latest = decision.results[0] as { outcome: string; agent: string; recorded_at: string } | undefined;
    const card = cards[`${call.model_id}@${call.model_version}`] as ModelCard;
    const exposure = JSON.parse(call.exposure) as Exposure | ColdRoundExposure;
    const shared = await openFactors(env, call.registration_id, call.factors);
    const row = riskRows(hazard, [shared], call.day, exposure);
    const weights = await contributions(RISK_MODELS[hazard], call.model_version, row);
    const factors = JSON.parse(shared) as SharedFactors;
    const percent = (call.risk * 100).toFixed(3);
    const forecastSource = `Météo-France forecast received by Recoque (call round of ${call.day})`;
    const exposureData = "ibmx" in exposure
      ? [
          { name: "ibmx", label: t("IBMx (moyenne sur 3 jours des maximales)", "IBMx (3-day mean of maxima)"), value: exposure.ibmx, source: forecastSource },
          { name: "ibmn", label: t("IBMn (moyenne sur 3 jours des minimales)", "IBMn (3-day mean of minima)"), value: exposure.ibmn, source: forecastSource },
          { name: "heatDays", label: t("Jours d'alerte consécutifs", "Consecutive alert days"), value: exposure.heatDays, source: "Recoque heat episode" },
        ]
      : [
          { name: "meanTemperature", label: t("Température moyenne sur 3 jours", "3-day mean temperature"), value: exposure.meanTemperature, source: forecastSource },
          { name: "coldDays", label: t("Jours d'alerte consécutifs", "Consecutive alert days"), value: exposure.coldDays, source: "Recoque cold episode" },
        ];
    const featureNames: readonly string[] = hazard === "cold" ? COLD_RISK_FEATURES : HEAT_RISK_FEATURES;
    const labelOf = (name: string) => (hazard === "cold" ? coldFactorTable[name as keyof typeof coldFactorTable].labels : factorLabels[name].labels);
    return {
      kind: "heat-call",
      id: call.id,
      mention: card.crpa.mention,
      algorithm: { name: card.name, modelId: call.model_id, modelVersion: call.model_version, cardUrl: `/api/v1/models/${call.model_id}`, registerUrl: "/registre" },
      contributionDegree: card.crpa.contributionDegree,
      data: [
        ...SHAREABLE_FACTORS.map((name) => ({
          name,
          label: SHARED_LABELS[name],
          value: factors[name] ?? null,
          source: factors[name] === undefined ? "not shared by the person: counted as absent" : "declared by the person when registering (alerts register)",
        })),
        ...exposureData,
      ],
      parameters: featureNames.map((name, j) => ({
        name,
        label: labelOf(name),
        value: row[j],
        weight: weights[j],
        effect: weights[j] > 1e-9 ? t("augmente la priorité", "raises the priority") : weights[j] < -1e-9 ? t("diminue la priorité", "lowers the priority") : t("sans effet", "no effect"),
      })),
      operations: [
        ...card.crpa.operations,
        t("Les facteurs non communiqués comptent comme absents ; l'âge non communiqué compte comme 65 ans.", "Factors not shared count as absent; an age not shared counts as 65."),
        t("Le poids d'une variable est l'écart de log-cote quand on la remet à sa valeur de référence (0).", "A feature's weight is the change in log-odds when it is set back to its reference value (0)."),
      ],
      result: {
        value: call.risk,
        label: t(`Rang ${position} sur ${total} de la liste d'appels (tour ${call.round}) ; risque estimé ${percent} %`, `Rank ${position} of ${total} in the call list (round ${call.round}); estimated risk ${percent} %`),
      },
      humanDecision: latest ? { decision: latest.outcome, decidedBy: latest.agent, role: "heat-agent", at: latest.recorded_at, note: null } : null,
      generatedAt: new Date().toISOString(),
    };
  },
};
