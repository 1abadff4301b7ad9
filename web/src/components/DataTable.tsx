// The console's table: sortable columns, a text filter, and pages of rows, so that 20,000 rows stay fast: only
// one page is in the DOM, every row's search text is built once (on the first letter typed), sorting compares
// values read once per row with a shared collator, and typing in the filter only filters the rows sorted.
// Accessible: caption, scoped headers, aria-sort, a live count of the rows shown. Callers keep `rows` and
// `columns` stable between renders (useMemo) so that this work is not redone.
import type { ComponentChildren } from "preact";
import { useId, useMemo, useState } from "preact/hooks";
import { useTranslations } from "../app/i18n";
import { plural } from "../../../domain/i18n";
import { componentTranslations } from "./translations";
import { Pagination, SortableHeader } from "./TableControls";

export interface Column<Row> {
  key: string;
  label: string;
  /** The value sorted and filtered on. */
  value(row: Row): string | number | null;
  /** How the cell is drawn (defaults to the value). */
  render?(row: Row): ComponentChildren;
  numeric?: boolean;
  sortable?: boolean;
  /** Whether the filter looks in this column (default true); false for values costly to compute for every row. */
  searchable?: boolean;
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

const collator = new Intl.Collator("fr", { numeric: true });

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
}

/** The rows in the column's order (nulls last either way); the rows as given without a sort. */
function sortRows<Row>(rows: Row[], column: Column<Row> | undefined, descending: boolean): Row[] {
  if (!column) return rows;
  const sign = descending ? -1 : 1;
  return rows
    .map((row) => ({ row, value: column.value(row) }))
    .sort((a, b) => (a.value === null || b.value === null ? compare(a.value, b.value) : sign * compare(a.value, b.value)))
    .map((entry) => entry.row);
}

export function DataTable<Row>({ caption, columns, rows, rowKey, initialSort, pageSize = 50, filterable = true, emptyText }: DataTableProps<Row>) {
  const { t, lang } = useTranslations(componentTranslations);
  const id = useId();
  const [sort, setSort] = useState(initialSort ?? null);
  const [filter, setFilter] = useState("");
  const [page, setPage] = useState(0);

  const needle = filter.trim().toLocaleLowerCase("fr");
  const searching = needle !== "";
  const searchText = useMemo(() => {
    if (!searching) return null;
    const searched = columns.filter((c) => c.searchable !== false);
    return new Map(rows.map((row) => [row, searched.map((c) => String(c.value(row) ?? "")).join("\n").toLocaleLowerCase("fr")]));
  }, [rows, columns, searching]);
  const sorted = useMemo(() => sortRows(rows, sort ? columns.find((c) => c.key === sort.key) : undefined, sort?.descending ?? false), [rows, columns, sort]);
  const visible = useMemo(() => (searchText ? sorted.filter((row) => searchText.get(row)!.includes(needle)) : sorted), [sorted, searchText, needle]);

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
          <label for={`${id}-filter`}>{t("filterLabel")}</label>
          <p class="hint" id={`${id}-filter-hint`}>{t("filterHint")}</p>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            aria-describedby={`${id}-filter-hint`}
            onInput={(e) => {
              setFilter((e.currentTarget as HTMLInputElement).value);
              setPage(0);
            }}
          />
        </div>
      )}
      <p role="status" class="hint" data-rows-shown={visible.length}>{t(plural("rowsShown", visible.length, lang), { shown: visible.length, total: rows.length })}</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) =>
                c.sortable === false ? (
                  <th key={c.key} scope="col" class={c.numeric ? "number" : undefined}>{c.label}</th>
                ) : (
                  <SortableHeader
                    key={c.key}
                    label={c.label}
                    numeric={c.numeric}
                    sorted={sort?.key === c.key ? (sort.descending ? "descending" : "ascending") : undefined}
                    onSort={() => toggle(c.key)}
                  />
                ),
              )}
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
      <Pagination caption={caption} page={current} pages={pages} onPage={setPage} />
    </div>
  );
}
