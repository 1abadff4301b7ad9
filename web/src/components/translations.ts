// Texts of the shared components: the console's tables and charts.
import { defineCatalogue } from "../../../domain/i18n";

export const componentTranslations = defineCatalogue({
  fr: {
    filterLabel: "Filtrer le tableau",
    filterHint: "Tapez un mot : seules les lignes qui le contiennent restent affichées.",
    rowsShown_one: "{shown} ligne sur {total}",
    rowsShown_other: "{shown} lignes sur {total}",
    noRows: "Aucune ligne à afficher.",
    noMatch: "Aucune ligne ne correspond au filtre.",
    sortBy: "Trier par {column}",
    pagination: "Pages du tableau",
    previousPage: "Page précédente",
    nextPage: "Page suivante",
    pageOf: "Page {page} sur {pages}",
    chartTable: "Données du graphique",
  },
  en: {
    filterLabel: "Filter the table",
    filterHint: "Type a word: only the rows that contain it stay shown.",
    rowsShown_one: "{shown} row of {total}",
    rowsShown_other: "{shown} rows of {total}",
    noRows: "No rows to show.",
    noMatch: "No row matches the filter.",
    sortBy: "Sort by {column}",
    pagination: "Table pages",
    previousPage: "Previous page",
    nextPage: "Next page",
    pageOf: "Page {page} of {pages}",
    chartTable: "Chart data",
  },
});
