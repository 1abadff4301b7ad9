// Households whose rights the rules could not decide ("maybe"): not ranked, listed for the agent to check.
import { DataTable, type Column } from "../../components/DataTable";
import { useTranslations } from "../../app/i18n";
import { translator } from "../../../../domain/i18n";
import { rightsCodeTranslations, type MessageCode } from "../../../../domain/rights/translations";
import type { OutreachHousehold } from "../../../../domain/rights/outreach/pipeline";
import { agentRightsTranslations } from "./translations";

export function ToCheck({ households }: { households: OutreachHousehold[] }) {
  const { t, lang } = useTranslations(agentRightsTranslations);
  const rows = households.filter((h) => h.toCheck.length > 0);
  if (!rows.length) return null;
  const benefitName = translator(rightsCodeTranslations, lang);
  const benefits = (h: OutreachHousehold) => h.toCheck.map((b) => benefitName(`benefit.${b}` as MessageCode)).join(" ; ");
  const columns: Column<OutreachHousehold>[] = [
    { key: "id", label: t("colId"), value: (h) => h.id },
    { key: "arrondissement", label: t("colArrondissement"), value: (h) => h.arrondissement },
    { key: "household", label: t("colHousehold"), value: (h) => `${t(`type_${h.type}`)}, ${h.ageBand}` },
    { key: "toCheck", label: t("colToCheck"), value: benefits },
  ];
  return (
    <section aria-labelledby="to-check-title">
      <h2 id="to-check-title">{t("toCheckTitle")}</h2>
      <p>{t("toCheckIntro")}</p>
      <DataTable caption={t("toCheckCaption")} columns={columns} rows={rows} rowKey={(h) => h.id} initialSort={{ key: "id", descending: false }} pageSize={20} />
    </section>
  );
}
