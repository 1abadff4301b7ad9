// The agents' confirmations and corrections as labelled data for the next training of request-routing:
// one JSON line per reviewed request, its pseudonymised text with the label the model proposed and the
// label the agent chose. Nothing else (no mapping, no sender) ever leaves in it.
export interface CorrectionRow {
  request_id: string;
  text: string;
  model_id: string;
  model_version: string;
  proposed_theme: string;
  proposed_office: string;
  theme: string;
  office: string;
  corrected: number;
  reviewed_at: string;
}

export async function correctionsJsonLines(db: D1Database, since: string): Promise<string> {
  const { results } = await db
    .prepare("SELECT request_id, text, model_id, model_version, proposed_theme, proposed_office, theme, office, corrected, reviewed_at FROM requests_corrections WHERE reviewed_at >= ?1 ORDER BY reviewed_at")
    .bind(since)
    .all<CorrectionRow>();
  return results
    .map((r) =>
      JSON.stringify({
        id: r.request_id,
        text: r.text,
        theme: r.theme,
        whereToGo: r.office,
        proposed: { theme: r.proposed_theme, whereToGo: r.proposed_office, model: `${r.model_id}@${r.model_version}` },
        corrected: r.corrected === 1,
        reviewedAt: r.reviewed_at,
      }),
    )
    .map((line) => `${line}\n`)
    .join("");
}
