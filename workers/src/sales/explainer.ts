// The explanation of one case (kind "sales-case", CRPA R311-3-1-2), for tax agents: the DVF data of the sale
// and where it comes from, each feature's weight for this sale (its TreeSHAP contribution to the log price
// per m², computed now at the edge), the operations and the rule that opened the case, its score, and the
// agent's decision if one was taken.
import type { Bilingual } from "../../../domain/i18n";
import { SALE_FEATURE_NAMES } from "../../../models/sale-price/features";
import type { Sale } from "../../../domain/sales/sale";
import type { Explanation } from "../../../domain/contracts/explanation";
import type { Explainer } from "../explanations/registry";
import { caseSummary, getCase } from "./cases";
import { explainSale } from "./evidence";
import { triageCard } from "./expected-prices";
import { CASE_RULE_TEXTS, REVIEW_NOTICE } from "./texts";

const t = (fr: string, en: string): Bilingual => ({ fr, en });
const DVF_SOURCE = "DVF (DGFiP, geo-dvf by Etalab), imported file";

export const salesCaseExplainer: Explainer = {
  roles: ["tax-agent"],
  async explain(env, id): Promise<Explanation | null> {
    const row = await getCase(env.DB, id);
    if (!row) return null;
    const sale = JSON.parse(row.data) as Sale;
    const summary = caseSummary(row);
    const modelId = row.sale_model_id;
    const modelVersion = row.sale_model_version;
    const card = triageCard(modelId && modelVersion ? { id: modelId, version: modelVersion } : null);
    const shap = modelId && modelVersion && row.expected_price !== null ? explainSale(sale, modelId, modelVersion) : null;
    const labels = new Map(card.data.features.map((f) => [f.name, f.description]));
    const rule = CASE_RULE_TEXTS[row.rule];
    return {
      kind: "sales-case",
      id: row.id,
      mention: card.crpa.mention,
      algorithm: {
        name: card.name,
        modelId: modelId ?? null,
        modelVersion: modelVersion ?? null,
        cardUrl: `/api/v1/models/${card.id}`,
        registerUrl: "/registre",
      },
      contributionDegree: card.crpa.contributionDegree,
      data: [
        { name: "id_mutation", label: t("Identifiant de la mutation", "Sale id"), value: sale.id, source: DVF_SOURCE },
        { name: "date_mutation", label: t("Date de la vente", "Date of sale"), value: sale.date, source: DVF_SOURCE },
        { name: "nature_mutation", label: t("Nature de la mutation", "Kind of sale"), value: sale.nature, source: DVF_SOURCE },
        { name: "valeur_fonciere", label: t("Prix déclaré (€)", "Declared price (€)"), value: sale.price, source: DVF_SOURCE },
        { name: "adresse", label: t("Adresse", "Address"), value: summary.sale.address, source: DVF_SOURCE },
        { name: "surface", label: t("Surface valorisée (m²)", "Priced surface (m²)"), value: row.surface, source: DVF_SOURCE },
        { name: "id_parcelle", label: t("Parcelle cadastrale", "Cadastral parcel"), value: sale.parcels[0] ?? null, source: DVF_SOURCE },
      ],
      parameters: shap
        ? SALE_FEATURE_NAMES.map((name, j) => ({
            name,
            label: labels.get(name) ?? t(name, name),
            value: Number.isFinite(shap.features[j]) ? shap.features[j] : null,
            weight: shap.shap[j],
            effect: shap.shap[j] > 1e-9 ? t("augmente le prix attendu", "raises the expected price") : shap.shap[j] < -1e-9 ? t("diminue le prix attendu", "lowers the expected price") : t("sans effet", "no effect"),
          }))
        : [],
      operations: [
        ...card.crpa.operations,
        rule.operation,
        t("Le poids d'une variable est sa contribution TreeSHAP au logarithme du prix attendu au m².", "A feature's weight is its TreeSHAP contribution to the log expected price per m²."),
      ],
      result: {
        value: row.score,
        label: t(`${rule.label.fr} — score ${row.score.toFixed(3)} ; ${REVIEW_NOTICE.fr}`, `${rule.label.en} — score ${row.score.toFixed(3)}; ${REVIEW_NOTICE.en}`),
      },
      humanDecision: summary.decision
        ? { decision: summary.decision.decision, decidedBy: summary.decision.decidedBy, role: summary.decision.role, at: summary.decision.at, note: null }
        : null,
      generatedAt: new Date().toISOString(),
    };
  },
};
