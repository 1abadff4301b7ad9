// The console's table: sortable columns (buttons in the headers, aria-sort), a text filter, and pages of
// rows, so that 20,000 rows stay fast (only one page is in the DOM; sorting and filtering are plain array
// work on the rows' values). Accessible: caption, scoped headers, a live count of the rows shown.
import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";
import { useMessages } from "../app/i18n";
import { componentMessages } from "./messages";

export interface Column<Row> {
  key: string;
  label: string;
  /** The value sorted and filtered on. */
  value(row: Row): string | number | null;
  /** How the cell is drawn (defaults to the value). */
  render?(row: Row): ComponentChildren;
  numeric?: boolean;
  sortable?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  initialSort?: { key: string; descending: boolean };
  pageSize?: number;
  filterable?: boolean;
  emptyText?: string;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "fr");
}

export function DataTable<Row>({ caption, columns, rows, rowKey, initialSort, pageSize = 50, filterable = true, emptyText }: DataTableProps<Row>) {
  const { t } = useMessages(componentMessages);
  const [sort, setSort] = useState(initialSort ?? null);
  const [filter, setFilter] = useState("");
  const [page, setPage] = useState(0);

  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase("fr");
    const kept = needle
      ? rows.filter((row) => columns.some((c) => String(c.value(row) ?? "").toLocaleLowerCase("fr").includes(needle)))
      : rows;
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!column) return kept;
    const sign = sort.descending ? -1 : 1;
    return kept
      .map((row) => ({ row, value: column.value(row) }))
      .sort((a, b) => sign * compare(a.value, b.value))
      .map((entry) => entry.row);
  }, [rows, columns, sort, filter]);

  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = visible.slice(current * pageSize, (current + 1) * pageSize);
  const toggle = (key: string) => {
    setSort((s) => (s?.key === key ? { key, descending: !s.descending } : { key, descending: false }));
    setPage(0);
  };

  return (
    <div class="data-table">
      {filterable && (
        <div class="field">
          <label for={`filter-${caption}`}>{t("filterLabel")}</label>
          <p class="hint" id={`filter-hint-${caption}`}>{t("filterHint")}</p>
          <input
            id={`filter-${caption}`}
            type="search"
            value={filter}
            aria-describedby={`filter-hint-${caption}`}
            onInput={(e) => {
              setFilter((e.currentTarget as HTMLInputElement).value);
              setPage(0);
            }}
          />
        </div>
      )}
      <p role="status" class="hint">{t("rowsShown", { shown: visible.length, total: rows.length })}</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = sort?.key === c.key ? (sort.descending ? "descending" : "ascending") : undefined;
                return (
                  <th key={c.key} scope="col" class={c.numeric ? "number" : undefined} aria-sort={sorted}>
                    {c.sortable === false ? (
                      c.label
                    ) : (
                      <button type="button" class="sort-button" onClick={() => toggle(c.key)} aria-label={t("sortBy", { column: c.label })}>
                        {c.label}
                        <span aria-hidden="true">{sorted === "ascending" ? " ▲" : sorted === "descending" ? " ▼" : " ↕"}</span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} class={c.numeric ? "number" : undefined}>{c.render ? c.render(row) : c.value(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!visible.length && <p>{rows.length ? t("noMatch") : (emptyText ?? t("noRows"))}</p>}
      {pages > 1 && (
        <nav aria-label={`${t("pagination")} — ${caption}`} class="pagination">
          <button type="button" class="button-secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>{t("previousPage")}</button>
          <span>{t("pageOf", { page: current + 1, pages })}</span>
          <button type="button" class="button-secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>{t("nextPage")}</button>
        </nav>
      )}
    </div>
  );
}
