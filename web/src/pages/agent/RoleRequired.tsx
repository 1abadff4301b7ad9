// What a console shows to someone not signed in with its role: the page's title, who the console is for, and
// the way to the sign-in page (while the server is still asked who is signed in, only that it is being asked).
import { useTranslations } from "../../app/i18n";
import { Link } from "../../app/navigation";
import { useStore } from "../../app/store";
import { signInState } from "../../api/sign-in";
import { agentTranslations } from "./translations";

export function RoleRequired({ title, reason }: { title: string; reason: string }) {
  const { t } = useTranslations(agentTranslations);
  const { checked } = useStore(signInState);
  return (
    <>
      <h1>{title}</h1>
      {checked ? (
        <>
          <p>{reason}</p>
          <Link href="/agent">{t("signInToConsole")}</Link>
        </>
      ) : (
        <p role="status">{t("checkingSession")}</p>
      )}
    </>
  );
}
