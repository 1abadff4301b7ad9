// The model registry for everyone: each model with its version, file fingerprint and card, and a check
// that runs its reference examples on this device and compares them with training and with the server.
import { useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat } from "../../../../domain/i18n";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import type { ModelId } from "../../../../models/features";
import { manifest } from "../../inference/ort";
import { checkOnDevice, type CheckRow } from "./device-check";
import { modelsTranslations } from "./translations";

const TOLERANCE = 1e-6;

function ModelCheck({ id }: { id: ModelId }) {
  const { t, lang } = useTranslations(modelsTranslations);
  const [state, setState] = useState<{ status: "idle" | "running" | "done" | "failed"; rows?: CheckRow[]; error?: string; offline?: boolean }>({ status: "idle" });
  const run = () => {
    setState({ status: "running" });
    checkOnDevice(id)
      .then((rows) => setState({ status: "done", rows }))
      .catch((error: Error) => setState({ status: "failed", error: error.message, offline: !navigator.onLine }));
  };
  const fmt = numberFormat(lang, { maximumSignificantDigits: 9 });
  const scientific = numberFormat(lang, { notation: "scientific", maximumFractionDigits: 1 });
  const gapText = (gap: number) => (gap === 0 ? "0" : scientific.format(gap));
  const gap = (rows: CheckRow[], key: "recorded" | "edge") => Math.max(...rows.map((r) => Math.abs(r.device - r[key])));
  return (
    <div>
      <button type="button" onClick={run} disabled={state.status === "running"}>{t("verify")}</button>
      <div role="status" aria-live="polite">
        {state.status === "running" && <p>{t("verifying")}</p>}
        {state.status === "failed" && <p class="notice notice-error">{state.offline ? t("failedOffline") : t("failed", { message: state.error ?? "" })}</p>}
        {state.rows && (
          <>
            <p data-check-result={id}>
              {t("verified", { count: state.rows.length, deviceDiff: gapText(gap(state.rows, "recorded")), edgeDiff: gapText(gap(state.rows, "edge")) })}
            </p>
            {Math.max(gap(state.rows, "recorded"), gap(state.rows, "edge")) > TOLERANCE && (
              <p class="notice notice-error">{t("mismatch", { diff: gapText(Math.max(gap(state.rows, "recorded"), gap(state.rows, "edge"))) })}</p>
            )}
          </>
        )}
      </div>
      {state.rows && (
        <div class="table-scroll">
          <table data-model-check={id}>
            <thead>
              <tr><th scope="col">{t("colExample")}</th><th scope="col" class="number">{t("colRecorded")}</th><th scope="col" class="number">{t("colDevice")}</th><th scope="col" class="number">{t("colEdge")}</th></tr>
            </thead>
            <tbody>
              {state.rows.map((row, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td class="number">{fmt.format(row.recorded)}</td>
                  <td class="number" data-device={row.device} data-edge={row.edge}>{fmt.format(row.device)}</td>
                  <td class="number">{fmt.format(row.edge)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export default function ModelsPage() {
  const { t } = useTranslations(modelsTranslations);
  usePageTitle(t("title"));
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <p><Link href="/registre">{t("registerLink")}</Link></p>
      {manifest.models.map((m) => (
        <section class="card" key={`${m.id}@${m.version}`} aria-labelledby={`model-${m.id}`}>
          <h2 id={`model-${m.id}`}>{m.id}</h2>
          <p>{t("version", { version: m.version })} — {t("runsOn", { places: m.runsOn.map((p) => t(p)).join(", ") })}</p>
          <p>{t("fingerprint")} <code>{m.sha256}</code></p>
          <p><a href={`/api/v1/models/${m.id}`}>{t("card")}</a></p>
          <ModelCheck id={m.id} />
        </section>
      ))}
    </>
  );
}
