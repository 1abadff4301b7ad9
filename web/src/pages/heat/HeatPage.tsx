// The citizen heat page (/canicule): the alert level (readable offline, marked when possibly stale), what to
// do, the on-device self-assessment, the optional registration, and the person's own data. The page keeps the
// status and the model's files in the service worker's caches, so that it all works offline after one visit.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { keepForOffline } from "../../app/offline";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { deviceModelFiles } from "../../inference/ort";
import { HEAT_RISK_MODEL, type Answers } from "./assessment";
import { ManageRegistration } from "./ManageRegistration";
import { heatTranslations } from "./translations";
import { RegistrationForm } from "./RegistrationForm";
import { SelfAssessment } from "./SelfAssessment";
import { HEAT_STATUS_URL } from "./status";
import { AdviceSection, StatusSection, useHeatStatus } from "./StatusSection";
import "./heat.css";

export default function HeatPage() {
  const { t } = useTranslations(heatTranslations);
  usePageTitle(t("title"));
  const status = useHeatStatus();
  const [answers, setAnswers] = useState<Answers | null>(null);
  useEffect(() => {
    void keepForOffline([HEAT_STATUS_URL]);
    void keepForOffline(deviceModelFiles(HEAT_RISK_MODEL), { heavy: true });
  }, []);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <p><Link href="/alertes">{t("climateLink")}</Link></p>
      <StatusSection state={status} />
      <AdviceSection />
      <SelfAssessment status={status.status === "ready" ? status.data : null} onAnswers={setAnswers} />
      <RegistrationForm answers={answers} />
      <ManageRegistration />
    </>
  );
}
