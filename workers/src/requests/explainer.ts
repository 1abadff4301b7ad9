// The explanation of one routing proposal (kind "request-proposal", CRPA R311-3-1-2), for requests agents:
// the data used (the pseudonymised text, by its hash, and the channel), each theme's and office's
// probability in the top 3, the operations (pseudonymisation, hashed n-grams, two softmax heads, BM25 for
// the fiches), the proposal, and the agent's confirmation or correction.
import { cards } from "../../../models/artifacts";
import type { ModelCard } from "../../../models/cards/schema";
import { OFFICE_NAMES } from "../../../domain/requests/labels";
import type { Explanation } from "../../../domain/contracts/explanation";
import type { Explainer } from "../explanations/registry";
import { getRequest, type StoredProposal } from "./records";

const t = (fr: string, en: string) => ({ fr, en });

export const requestProposalExplainer: Explainer = {
  roles: ["requests-agent"],
  async explain(env, id): Promise<Explanation | null> {
    const row = await getRequest(env.DB, id);
    if (!row?.proposal) return null;
    const proposal = JSON.parse(row.proposal) as StoredProposal;
    const card = cards[`${proposal.modelId}@${proposal.modelVersion}`] as ModelCard;
    const review = await env.DB.prepare("SELECT theme, office, corrected, reviewed_by, reviewed_at FROM requests_corrections WHERE request_id = ?1")
      .bind(id)
      .first<{ theme: string; office: string; corrected: number; reviewed_by: string; reviewed_at: string }>();
    return {
      kind: "request-proposal",
      id: row.id,
      mention: card.crpa.mention,
      algorithm: { name: card.name, modelId: proposal.modelId, modelVersion: proposal.modelVersion, cardUrl: `/api/v1/models/${card.id}`, registerUrl: "/registre" },
      contributionDegree: card.crpa.contributionDegree,
      data: [
        { name: "channel", label: t("Canal de réception", "Channel"), value: row.channel, source: "request" },
        { name: "receivedAt", label: t("Reçue le", "Received on"), value: row.received_at, source: "request" },
        { name: "inputHash", label: t("Empreinte SHA-256 du texte pseudonymisé lu par le modèle", "SHA-256 of the pseudonymised text the model read"), value: proposal.inputHash, source: "request (pseudonymised)" },
      ],
      parameters: [
        ...proposal.themeTop3.map((r) => ({
          name: `theme:${r.label}`,
          label: t(`Thème « ${r.label} »`, `Theme "${r.label}"`),
          value: r.label,
          weight: r.p,
          effect: t(`probabilité ${(100 * r.p).toFixed(1)} %`, `probability ${(100 * r.p).toFixed(1)} %`),
        })),
        ...proposal.top3.map((r) => ({
          name: `whereToGo:${r.label}`,
          label: OFFICE_NAMES[r.label],
          value: r.label,
          weight: r.p,
          effect: t(`probabilité ${(100 * r.p).toFixed(1)} %`, `probability ${(100 * r.p).toFixed(1)} %`),
        })),
      ],
      operations: [
        t("Les données personnelles du message sont remplacées par des espaces réservés ([NOM 1]…) avant toute lecture par le modèle.", "The message's personal data are replaced by placeholders ([NOM 1]…) before the model reads it."),
        ...card.crpa.operations,
        t("Les 3 fiches service-public.fr les plus proches du texte sont cherchées (BM25) pour la réponse.", "The 3 service-public.fr fiches closest to the text are searched (BM25) for the reply."),
      ],
      result: { value: proposal.whereToGo, label: t(`${proposal.theme} — ${OFFICE_NAMES[proposal.whereToGo].fr}`, `${proposal.theme} — ${OFFICE_NAMES[proposal.whereToGo].en}`) },
      humanDecision: review
        ? { decision: review.corrected ? `corrected: ${review.theme} / ${review.office}` : "confirmed", decidedBy: review.reviewed_by, role: "requests-agent", at: review.reviewed_at, note: null }
        : null,
      generatedAt: new Date().toISOString(),
    };
  },
};
