// Controls shared by the console's tables, whether they sort and page in the browser (DataTable) or on the
// server (the sales cases): a column header that sorts (a button, with aria-sort on the header cell), and the
// navigation between pages.
import { useTranslations } from "../app/i18n";
import { componentTranslations } from "./translations";

export type SortState = "ascending" | "descending" | undefined;

interface SortableHeaderProps {
  label: string;
  sorted: SortState;
  numeric?: boolean;
  onSort(): void;
}

export function SortableHeader({ label, sorted, numeric, onSort }: SortableHeaderProps) {
  const { t } = useTranslations(componentTranslations);
  return (
    <th scope="col" class={numeric ? "number" : undefined} aria-sort={sorted}>
      <button type="button" class="sort-button" onClick={onSort} aria-label={t("sortBy", { column: label })}>
        {label}
        <span aria-hidden="true">{sorted === "ascending" ? "\u00a0▲" : sorted === "descending" ? "\u00a0▼" : "\u00a0↕"}</span>
      </button>
    </th>
  );
}

interface PaginationProps {
  /** The table's caption: names the navigation among several tables. */
  caption: string;
  /** The page shown, from 0. */
  page: number;
  pages: number;
  onPage(page: number): void;
}

/** Nothing when everything fits in one page. */
export function Pagination({ caption, page, pages, onPage }: PaginationProps) {
  const { t } = useTranslations(componentTranslations);
  if (pages <= 1) return null;
  return (
    <nav aria-label={`${t("pagination")} — ${caption}`} class="pagination">
      <button type="button" class="button-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>{t("previousPage")}</button>
      <span>{t("pageOf", { page: page + 1, pages })}</span>
      <button type="button" class="button-secondary" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>{t("nextPage")}</button>
    </nav>
  );
}
