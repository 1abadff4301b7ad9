// What a console shows to someone not signed in with its role: the page's title, who the console is for, and
// the way to the sign-in page.
import { useTranslations } from "../../app/i18n";
import { Link } from "../../app/navigation";
import { agentTranslations } from "./translations";

export function RoleRequired({ title, reason }: { title: string; reason: string }) {
  const { t } = useTranslations(agentTranslations);
  return (
    <>
      <h1>{title}</h1>
      <p>{reason}</p>
      <Link href="/agent">{t("signInToConsole")}</Link>
    </>
  );
}
