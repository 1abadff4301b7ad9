/// <reference types="vite/client" />
// The social workers' outreach console (/agent/droits, role social-agent): open a household file, build the
// ranked list in a Web Worker (rules and the non-take-up model on this device: the file is never uploaded),
// then the list with its filters, explanations and export, the lines in error, the households to check, and
// the counts by arrondissement that alone may be sent.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { numberFormat, plural } from "../../../../domain/i18n";
import { RoleRequired } from "../agent/RoleRequired";
import { usePageTitle } from "../../app/title";
import { useAgentSession } from "../../api/sign-in";
import { rightsMentions } from "../../../../domain/rights/mention";
import { CSV_COLUMNS } from "../../../../domain/rights/outreach/household-csv";
import { todayInParis } from "../../../../domain/time/paris";
import type { OutreachHousehold, OutreachStage } from "../../../../domain/rights/outreach/pipeline";
import { BadLines } from "./BadLines";
import { ExplanationPanel } from "./ExplanationPanel";
import { agentRightsTranslations } from "./translations";
import { OutreachList } from "./OutreachList";
import { prepareRanking, rankInWorker, type RankedFile } from "./ranking";
import { StatsPanel } from "./StatsPanel";
import { ToCheck } from "./ToCheck";
import "./agent-rights.css";

/** The synthetic example file, a static asset of the app (web/public/examples, credited in docs/rights-household-csv.md). */
const EXAMPLE_URL = "/examples/households-10000.csv";

type Progress = { stage: OutreachStage | "reading"; done: number; total: number };

function Summary({ ranked }: { ranked: RankedFile }) {
  const { t, lang } = useTranslations(agentRightsTranslations);
  const { list } = ranked;
  const count = (key: "linesRead" | "toContact" | "toCheck" | "badLines", n: number) => t(plural(key, n, lang), { n });
  return (
    <p class="lead" data-summary>
      {t("summary", {
        lines: count("linesRead", list.lines),
        seconds: numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ranked.milliseconds / 1000),
        ranked: count("toContact", list.households.filter((h) => h.rank !== null).length),
        toCheck: count("toCheck", list.households.filter((h) => h.toCheck.length > 0).length),
        bad: count("badLines", list.badLines.length),
      })}
    </p>
  );
}

export default function AgentRightsPage() {
  const { t, lang } = useTranslations(agentRightsTranslations);
  usePageTitle(t("title"));
  const session = useAgentSession();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [ranked, setRanked] = useState<RankedFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [explained, setExplained] = useState<{ household: OutreachHousehold; trigger: HTMLElement } | null>(null);

  const allowed = session?.roles.includes("social-agent") ?? false;
  const [modelReady, setModelReady] = useState(false);
  const [modelFailure, setModelFailure] = useState<string | null>(null);
  useEffect(() => {
    if (!allowed) return;
    prepareRanking()
      .then(() => setModelReady(true))
      .catch((error: Error) => setModelFailure(error.message));
  }, [allowed]);

  useEffect(() => {
    if (!ranked) return;
    performance.measure("rights-ranking", "rights-file-chosen");
    document.getElementById("results-start")?.focus();
  }, [ranked]);

  if (!allowed) return <RoleRequired title={t("title")} reason={t("needRole")} />;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    performance.clearMarks("rights-file-chosen");
    performance.clearMeasures("rights-ranking");
    performance.mark("rights-file-chosen");
    setRanked(null);
    setExplained(null);
    setFailure(null);
    setProgress({ stage: "reading", done: 0, total: 0 });
    try {
      const text = await file.text();
      const result = await rankInWorker(text, todayInParis(), (stage, done, total) => setProgress({ stage, done, total }));
      setRanked(result);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  };

  const list = ranked?.list;
  const rankedCount = list ? list.households.filter((h) => h.rank !== null).length : 0;
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <div class="field" data-model-ready={modelReady ? "yes" : "no"}>
        <label for="household-file">{t("fileLabel")}</label>
        <p class="hint" id="household-file-hint">{t("fileHint")} {t("neverUploaded")}</p>
        <input id="household-file" type="file" accept=".csv,text/csv" aria-describedby="household-file-hint" onChange={(e) => onFile((e.currentTarget as HTMLInputElement).files?.[0])} />
      </div>
      <details class="file-format">
        <summary>{t("formatLink")}</summary>
        <p>{t("formatIntro")}</p>
        <ul class="columns">
          {CSV_COLUMNS.map((c) => (
            <li key={c.name}>
              <code>{c.name}</code> — {t(`kind_${c.kind}`)}
              {c.required ? ` (${t("required")})` : ""}
            </li>
          ))}
        </ul>
      </details>
      <p>
        <a href={EXAMPLE_URL} download="households-10000.csv">{t("exampleLink")}</a>
      </p>
      <div role="status" aria-live="polite">
        {progress && (
          <div class="progress">
            <label for="ranking-progress">{t(`stage_${progress.stage}`, { done: progress.done, total: progress.total })}</label>
            <progress id="ranking-progress" max={progress.total || undefined} value={progress.total ? progress.done : undefined} aria-label={t("progressLabel")} />
          </div>
        )}
      </div>
      {modelFailure && !ranked && <p class="notice notice-error" role="alert" data-model-failed>{t("modelFailed", { message: modelFailure })}</p>}
      {failure && <p class="notice notice-error" role="alert">{t("failed", { message: failure })}</p>}
      {ranked && list && (
        <div id="results-start" tabIndex={-1} data-ranked={rankedCount} data-rules-date={list.date}>
          {list.missingColumns.length > 0 ? (
            <p class="notice notice-error" role="alert">{t("missingColumns", { columns: list.missingColumns.join(", ") })}</p>
          ) : (
            <>
              <Summary ranked={ranked} />
              {list.unknownColumns.length > 0 && <p class="notice">{t("unknownColumns", { columns: list.unknownColumns.join(", ") })}</p>}
              <div class="callout" data-legal-mention>
                <h2>{t("mentionTitle")}</h2>
                <p>{rightsMentions.outreach[lang]}</p>
                <p data-synthetic-training>{t("syntheticTraining")}</p>
              </div>
              <OutreachList households={list.households} date={list.date} onExplain={(household, trigger) => setExplained({ household, trigger })} />
              {explained && (
                <ExplanationPanel
                  household={explained.household}
                  modelVersion={ranked.model.version}
                  date={list.date}
                  ranked={rankedCount}
                  onClose={() => {
                    explained.trigger.focus();
                    setExplained(null);
                  }}
                />
              )}
              <BadLines badLines={list.badLines} />
              <ToCheck households={list.households} />
              <StatsPanel list={list} model={ranked.model} />
            </>
          )}
        </div>
      )}
    </>
  );
}
