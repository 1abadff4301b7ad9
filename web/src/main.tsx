// Entry of the web app: loads the page of the current location, then renders the shell around it (one paint,
// no loading placeholder that the page would push down).
import "./app/zod-no-eval";
import { render } from "preact";
import { Layout } from "./app/Layout";
import { useTranslations } from "./app/i18n";
import { shellTranslations } from "./app/translations";
import { location } from "./app/navigation";
import { loadPage, useCurrentPage } from "./app/router";
import "./styles/main.css";
// The home page, the landing page of most visits, is bundled with the shell (its lazy import in routes.ts then
// resolves at once): no second request before the first paint.
import "./pages/home/HomePage";

function App() {
  const { t } = useTranslations(shellTranslations);
  const { state, retry } = useCurrentPage();
  return (
    <Layout>
      {state.status === "ready" ? (
        <state.Page />
      ) : state.status === "loading" ? (
        <p class="loading" role="status">{t("loading")}</p>
      ) : (
        <div class="notice notice-error" role="alert">
          <p>{t("loadError")}</p>
          <button type="button" onClick={retry}>{t("retry")}</button>
        </div>
      )}
    </Layout>
  );
}

// A failure is shown by the page's error state, with its retry button.
await loadPage(location.get().split("?")[0]).catch(() => undefined);
render(<App />, document.getElementById("app")!);
