// Service worker registration. A new version announces itself and is applied only when the person agrees
// (registerType "prompt"): the page reloads on "Update", never on its own — not even when the person agreed in
// another tab, whose update takes control of every tab (this one keeps its prompt and reloads on its own
// "Update"). Besides the browser's own check on each navigation, the app looks for a new version when the tab
// is shown again and every hour (agents keep the console open all day).
import { useEffect, useState } from "preact/hooks";
import { registerSW } from "virtual:pwa-register";
import { useTranslations } from "./i18n";
import { shellTranslations } from "./translations";

const UPDATE_CHECK_MS = 60 * 60_000;

function checkForUpdates(registration: ServiceWorkerRegistration) {
  const check = () => {
    if (document.visibilityState === "visible" && navigator.onLine) registration.update().catch(() => undefined);
  };
  document.addEventListener("visibilitychange", check);
  window.setInterval(check, UPDATE_CHECK_MS);
}

export function UpdatePrompt() {
  const { t } = useTranslations(shellTranslations);
  const [state, setState] = useState<"idle" | "update" | "offline-ready">("idle");
  const [apply, setApply] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const update = registerSW({
      onNeedRefresh: () => setState("update"),
      // The plugin would reload this tab when a new version takes control of it, agreed to in another tab.
      onNeedReload: () => setState("update"),
      onOfflineReady: () => setState("offline-ready"),
      onRegisteredSW: (_url, registration) => registration && checkForUpdates(registration),
    });
    // The new version takes control once told to skip waiting; the page then reloads into it. If another tab
    // has already done so, nothing waits any more: the page just reloads.
    setApply(() => async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration?.waiting) return window.location.reload();
      navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
      return update(true);
    });
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
