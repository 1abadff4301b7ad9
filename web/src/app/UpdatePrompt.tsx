// Service worker registration. A new version announces itself and is applied only when the person agrees
// (registerType "prompt"): the page reloads on "Update", never on its own.
import { useEffect, useState } from "preact/hooks";
import { registerSW } from "virtual:pwa-register";
import { useMessages } from "./i18n";
import { shellMessages } from "./messages";

export function UpdatePrompt() {
  const { t } = useMessages(shellMessages);
  const [state, setState] = useState<"idle" | "update" | "offline-ready">("idle");
  const [apply, setApply] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const update = registerSW({
      onNeedRefresh: () => setState("update"),
      onOfflineReady: () => setState("offline-ready"),
    });
    setApply(() => () => update(true));
  }, []);
  if (state === "idle") return null;
  return (
    <div class="toast" role="status">
      {state === "update" ? (
        <>
          <p>{t("updateAvailable")}</p>
          <button type="button" onClick={() => apply?.()}>{t("updateNow")}</button>
          <button type="button" class="button-secondary" onClick={() => setState("idle")}>{t("updateLater")}</button>
        </>
      ) : (
        <>
          <p>{t("offlineReady")}</p>
          <button type="button" class="button-secondary" onClick={() => setState("idle")}>{t("close")}</button>
        </>
      )}
    </div>
  );
}
