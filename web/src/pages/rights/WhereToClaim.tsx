// Where to claim: the office of each right (CAF, CPAM, EPS of the arrondissement...) with the official site that
// publishes its address and hours, and, in the recap, the documents to bring.
import { translator } from "../../../../domain/i18n";
import { claimPlaces, type ClaimPlace } from "../../../../domain/rights/offices";
import type { BenefitResult } from "../../../../domain/rights/simulate";
import { rightsCodeTranslations } from "../../../../domain/rights/translations";
import { useTranslations } from "../../app/i18n";
import { rightsTranslations } from "./translations";

export function useOfficeName() {
  const { lang } = useTranslations(rightsTranslations);
  const text = translator(rightsCodeTranslations, lang, "digits");
  return (place: ClaimPlace) =>
    place.office === "eps" && place.arrondissement !== undefined ? text("office.epsOf", { arrondissement: place.arrondissement }) : text(`office.${place.office}`);
}

/** One line per office: its name and where its address and hours are published. */
export function WhereToClaim({ results, arrondissement, documents = false }: { results: BenefitResult[]; arrondissement?: number; documents?: boolean }) {
  const { t, lang } = useTranslations(rightsTranslations);
  const text = translator(rightsCodeTranslations, lang);
  const officeName = useOfficeName();
  return (
    <ul class="where-to-claim">
      {claimPlaces(results, arrondissement).map((place) => (
        <li key={place.office} data-office={place.office}>
          <span class="benefit-label">{t("where")}</span> {officeName(place)}.{" "}
          <a href={place.site} rel="noopener">{text("office.whereListed", { site: new URL(place.site).host })}</a>
          {documents && <span class="documents"> {t("documentsToBring")} {place.documents.map((d) => text(d)).join(" ; ")}.</span>}
        </li>
      ))}
    </ul>
  );
}
