// The citizen climate-alerts page (/alertes): today's level of each hazard with its source and time (readable
// offline), what to do for each, the on-device cold self-assessment, the registration to the alerts register and the
// person's own data. The heat self-assessment and heat details stay on /canicule.
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "../../app/i18n";
import { keepForOffline } from "../../app/offline";
import { Link } from "../../app/navigation";
import { usePageTitle } from "../../app/title";
import { deviceModelFiles } from "../../inference/ort";
import type { ColdRiskPerson } from "../../../../models/cold-risk/features";
import { ManageRegistration } from "../heat/ManageRegistration";
import { RegistrationForm } from "../heat/RegistrationForm";
import { COLD_RISK_MODEL } from "./cold-assessment";
import { ColdSelfAssessment } from "./ColdSelfAssessment";
import { HazardLevels, type ClimateState } from "./HazardLevels";
import { CLIMATE_STATUS_URL, fetchClimateStatus } from "./status";
import { climateTranslations } from "./translations";
import "./climate.css";

const ADVICE = ["cold", "flood", "pollution", "storm"] as const;

export default function ClimatePage() {
  const { t } = useTranslations(climateTranslations);
  usePageTitle(t("title"));
  const [state, setState] = useState<ClimateState>({ status: "loading" });
  const [answers, setAnswers] = useState<ColdRiskPerson | null>(null);
  useEffect(() => {
    fetchClimateStatus().then((data) => setState({ status: "ready", data })).catch(() => setState({ status: "failed" }));
    void keepForOffline([CLIMATE_STATUS_URL]);
    void keepForOffline(deviceModelFiles(COLD_RISK_MODEL), { heavy: true });
  }, []);
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("intro")}</p>
      <HazardLevels state={state} />
      <section aria-labelledby="advice-title">
        <h2 id="advice-title">{t("adviceTitle")}</h2>
        <p><Link href="/canicule">{t("heatLink")}</Link></p>
        {ADVICE.map((hazard) => (
          <details key={hazard} class="advice-hazard">
            <summary>{t(`hazard_${hazard}`)}</summary>
            <ul class="advice">{([1, 2, 3] as const).map((n) => <li key={n}>{t(`advice_${hazard}_${n}`)}</li>)}</ul>
          </details>
        ))}
        <p class="callout">{t("adviceHelp")}</p>
      </section>
      <ColdSelfAssessment status={state.status === "ready" ? state.data : null} onAnswers={setAnswers} />
      <RegistrationForm answers={answers} />
      <ManageRegistration />
    </>
  );
}
