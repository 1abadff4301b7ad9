// Importing a geo-dvf file: the file chosen is sent as it is (gzip or plain), then the import's progress is
// followed chunk by chunk with a progress bar until it completes; the rejected lines are listed with their
// number and reason, and the latest imports can be reopened. A file refused as a whole says why and where; an
// import stalled by a part that failed for good says so and how to resume it.
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { dateTimeFormat, numberFormat, plural } from "../../../../domain/i18n";
import { ApiFailure, failureText } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import type { ImportStatus, RejectedLine, SalesImport } from "../../../../domain/contracts/sales";
import { FILE_PROBLEMS } from "../../../../domain/sales/imports";
import { importStatus, recentImports, uploadFile } from "./api";
import { salesTranslations, type SalesKey } from "./translations";

const POLL_MS = 1000;

type Phase =
  | { kind: "idle" }
  | { kind: "uploading" }
  | { kind: "following"; status: ImportStatus; again: boolean }
  | { kind: "refused"; error: ApiFailure }
  | { kind: "unfollowed"; message: string };

const isFileProblem = (code: string | undefined): code is (typeof FILE_PROBLEMS)[number] => (FILE_PROBLEMS as readonly (string | undefined)[]).includes(code);

/** The reason of a file refused as a whole, in the page's language, from the code and line of the API's field error. */
function refusal(error: ApiFailure, t: (key: SalesKey, params?: Record<string, string | number>) => string): { text: string; detail: string } {
  const field = error.fields.find((f) => f.field === "file");
  const detail = field?.message ?? error.message;
  if (error.code === "payload_too_large") return { text: t("fileError_too_large"), detail };
  return { text: t(isFileProblem(field?.code) ? `fileError_${field.code}` : "fileError_other", { line: field?.line ?? 1 }), detail };
}

function RejectedLines({ status }: { status: ImportStatus }) {
  const { t } = useTranslations(salesTranslations);
  const { items, total } = status.rejectedLines;
  const reason = (code: RejectedLine["code"]) => (`reason_${code}` in salesTranslations.fr ? t(`reason_${code}` as SalesKey) : t("reason_other"));
  const columns: Column<RejectedLine>[] = [
    { key: "line", label: t("colLine"), value: (r) => r.line, numeric: true },
    { key: "reason", label: t("colReason"), value: (r) => reason(r.code) },
    { key: "column", label: t("colColumn"), value: (r) => r.column, render: (r) => (r.column ? <code>{r.column}</code> : "—") },
    { key: "sale", label: t("colSale"), value: (r) => r.saleId },
    { key: "detail", label: t("colDetail"), value: (r) => r.message, sortable: false, render: (r) => <span lang="en">{r.message}</span> },
  ];
  return (
    <section aria-labelledby="rejected-title">
      <h3 id="rejected-title">{t("rejectedTitle", { total })}</h3>
      {total > items.length && <p class="hint">{t("rejectedMore", { shown: items.length })}</p>}
      <DataTable caption={t("rejectedTitle", { total })} columns={columns} rows={items} rowKey={(r) => `${r.line}-${r.code}-${r.column}`} pageSize={20} filterable={false} emptyText={t("rejectedNone")} />
    </section>
  );
}

function Progress({ status, again }: { status: ImportStatus; again: boolean }) {
  const { t, lang } = useTranslations(salesTranslations);
  type Counted = "rowsRead" | "salesImported" | "salesKnown" | "salesScored" | "casesOpened" | "linesRejected";
  const count = (key: Counted, value: number) => t(plural(key, value, lang), { n: numberFormat(lang).format(value) });
  if (status.status === "completed") {
    return (
      <p class="notice" data-import-done={status.id}>
        {again && <>{t("importAgain")} </>}
        {t("importDone", {
          rows: count("rowsRead", status.rowsRead), sales: count("salesImported", status.salesImported), known: count("salesKnown", status.salesAlreadyKnown),
          scored: count("salesScored", status.salesScored), cases: count("casesOpened", status.casesOpened), rejected: count("linesRejected", status.linesRejected),
        })}
      </p>
    );
  }
  if (status.status === "stalled") {
    return (
      <p class="notice notice-error" data-import-stalled={status.id}>
        {t("importStalled", { chunks: status.failedChunks.length || 1, total: status.chunksTotal })}
      </p>
    );
  }
  const chunks = t(plural("chunksDone", status.chunksDone, lang), { done: status.chunksDone, total: status.chunksTotal });
  return (
    <>
      <p id="import-progress-label">{t("progress", { chunks, rows: count("rowsRead", status.rowsRead), sales: count("salesImported", status.salesImported) })}</p>
      <progress value={status.chunksDone} max={status.chunksTotal} aria-labelledby="import-progress-label" data-import-progress={status.id} />
    </>
  );
}

export function ImportPanel({ onCompleted }: { onCompleted(): void }) {
  const { t, lang } = useTranslations(salesTranslations);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [imports, setImports] = useState<{ items?: SalesImport[]; error?: string }>({});
  const timer = useRef<number | undefined>(undefined);
  /** False once the panel is gone: an answer arriving then schedules no further poll. */
  const shown = useRef(true);

  const refreshImports = () => recentImports().then((r) => setImports({ items: r.items })).catch((e: Error) => setImports({ error: failureText(e) }));
  useEffect(() => {
    refreshImports();
    return () => {
      shown.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  const follow = (id: string, again: boolean) => {
    window.clearTimeout(timer.current);
    if (!shown.current) return;
    importStatus(id)
      .then((status) => {
        setPhase({ kind: "following", status, again });
        if (status.status === "processing") timer.current = window.setTimeout(() => follow(id, again), POLL_MS);
        else {
          refreshImports();
          onCompleted();
        }
      })
      .catch((error: ApiFailure) => {
        // The file is in and its import goes on: a lost connection only delays the news, any other failure is
        // the status's, not a refusal of the file.
        if (error.code === "network") timer.current = window.setTimeout(() => follow(id, again), 5 * POLL_MS);
        else setPhase({ kind: "unfollowed", message: failureText(error) });
      });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setMissingFile(!file);
    if (!file) return;
    setPhase({ kind: "uploading" });
    uploadFile(file)
      .then((created) => follow(created.id, created.status === "completed"))
      .catch((error: ApiFailure) => setPhase({ kind: "refused", error }));
  };

  const when = dateTimeFormat(lang, { dateStyle: "short", timeStyle: "short" });
  const n = numberFormat(lang).format;
  const columns: Column<SalesImport>[] = [
    { key: "file", label: t("colFile"), value: (i) => i.fileName ?? t("unnamedFile") },
    { key: "at", label: t("colImportedAt"), value: (i) => i.createdAt, render: (i) => when.format(new Date(i.createdAt)) },
    { key: "status", label: t("colStatus"), value: (i) => t(`status_${i.status}`) },
    { key: "sales", label: t("colSales"), value: (i) => i.salesImported, numeric: true, render: (i) => n(i.salesImported) },
    { key: "cases", label: t("colCases"), value: (i) => i.casesOpened, numeric: true },
    { key: "rejected", label: t("colRejected"), value: (i) => i.linesRejected, numeric: true },
    {
      key: "show", label: t("colShow"), value: () => null, sortable: false,
      render: (i) => <button type="button" class="link-button" onClick={() => follow(i.id, false)}>{t("showImport", { name: i.fileName ?? t("unnamedFile") })}</button>,
    },
  ];
  const refused = phase.kind === "refused" ? refusal(phase.error, t) : null;

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t("importTitle")}</h2>
      <p>{t("importIntro")}</p>
      <form onSubmit={submit} noValidate class="stack">
        <div class="field">
          <label for="sales-file">{t("fileLabel")}</label>
          <p class="hint" id="sales-file-hint">{t("fileHint")}</p>
          <input
            id="sales-file"
            type="file"
            accept=".csv,.gz,text/csv,application/gzip"
            aria-describedby={missingFile ? "sales-file-hint sales-file-error" : "sales-file-hint"}
            aria-invalid={missingFile}
            onChange={(e) => {
              setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
              setMissingFile(false);
            }}
          />
          {missingFile && <p class="field-error" id="sales-file-error">{t("chooseFile")}</p>}
        </div>
        <button type="submit" disabled={phase.kind === "uploading"}>{t("importButton")}</button>
      </form>
      <div role="status" aria-live="polite" class="import-status">
        {phase.kind === "uploading" && (
          <>
            <p id="import-upload-label">{t("uploading")}</p>
            <progress aria-labelledby="import-upload-label" />
          </>
        )}
        {phase.kind === "following" && <Progress status={phase.status} again={phase.again} />}
      </div>
      {phase.kind === "unfollowed" && <p class="notice notice-error" role="alert">{t("loadError", { message: phase.message })}</p>}
      {refused && (
        <div class="notice notice-error" role="alert" data-import-refused>
          <p>{t("fileRejected")} {refused.text}</p>
          <p>{t("technicalDetail")} <span lang="en">{refused.detail}</span></p>
        </div>
      )}
      {phase.kind === "following" && phase.status.status === "completed" && <RejectedLines status={phase.status} />}
      <h3>{t("importsTitle")}</h3>
      {imports.error && <p class="notice notice-error">{t("loadError", { message: imports.error })}</p>}
      {imports.items && (
        <DataTable caption={t("importsTitle")} columns={columns} rows={imports.items} rowKey={(i) => i.id} pageSize={10} filterable={false} emptyText={t("importsEmpty")} />
      )}
    </section>
  );
}
