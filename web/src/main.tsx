// Entry of the web app: renders the shell around the page of the current location.
import { render } from "preact";
import { Layout } from "./app/Layout";
import { useMessages } from "./app/i18n";
import { shellMessages } from "./app/messages";
import { useCurrentPage } from "./app/router";
import "./styles/main.css";

function App() {
  const { t } = useMessages(shellMessages);
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

render(<App />, document.getElementById("app")!);
