// The citizen heat page (/canicule): the alert level (readable offline, marked when possibly stale), what to
// do, the on-device self-assessment, the optional registration, and the person's own data.
import { useState } from "preact/hooks";
import { useMessages } from "../../app/i18n";
import { usePageTitle } from "../../app/title";
import type { Answers } from "./assessment";
import { ManageRegistration } from "./ManageRegistration";
import { heatMessages } from "./messages";
import { RegistrationForm } from "./RegistrationForm";
import { SelfAssessment } from "./SelfAssessment";
import { AdviceSection, StatusSection, useHeatStatus } from "./StatusSection";
import "./heat.css";

export default function HeatPage() {
  const { t } = useMessages(heatMessages);
  usePageTitle(t("title"));
  const status = useHeatStatus();
  const [answers, setAnswers] = useState<Answers | null>(null);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <StatusSection state={status} />
      <AdviceSection />
      <SelfAssessment status={status.status === "ready" ? status.data : null} onAnswers={setAnswers} />
      <RegistrationForm answers={answers} />
      <ManageRegistration />
    </>
  );
}
