// The frame of every page: skip link, header with navigation and settings, main content, footer with the
// links every page must carry (the public algorithm register; legal notice, accessibility and its status,
// personal data, contact: app/legal.ts) and the version running, and the offline notice.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useTranslations } from "./i18n";
import { shellTranslations } from "./translations";
import { LEGAL_PAGES } from "./legal";
import { Link } from "./navigation";
import { lang, largeText } from "./settings";
import { useStore } from "./store";
import { UpdatePrompt } from "./UpdatePrompt";

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

const FOOTER_LABELS = {
  "/mentions-legales": "footerLegalNotice",
  "/accessibilite": "footerAccessibility",
  "/donnees-personnelles": "footerPersonalData",
  "/contact": "footerContact",
} as const satisfies Record<(typeof LEGAL_PAGES)[number], string>;

export function Layout({ children }: { children: ComponentChildren }) {
  const { t, lang: current } = useTranslations(shellTranslations);
  const large = useStore(largeText);
  const online = useOnline();
  return (
    <>
      <a class="skip-link" href="#content">{t("skipToContent")}</a>
      <header class="site-header">
        <div class="header-inner">
          <Link href="/" class="brand">
            <img src="/icons/favicon.svg" alt="" width="40" height="40" />
            <span>
              <span class="brand-name">{t("brand")}</span>
              <span class="brand-tagline">{t("brandTagline")}</span>
            </span>
          </Link>
          <div class="settings">
            <button type="button" class="button-secondary" aria-pressed={large} onClick={() => largeText.set(!large)}>
              {large ? t("normalText") : t("largerText")}
            </button>
            <button
              type="button"
              class="button-secondary"
              lang={current === "fr" ? "en" : "fr"}
              aria-label={t("switchLanguageLabel")}
              onClick={() => lang.set(current === "fr" ? "en" : "fr")}
            >
              {t("switchLanguage")}
            </button>
          </div>
        </div>
        <nav aria-label={t("mainNav")} class="main-nav">
          <ul>
            <li><Link href="/">{t("navHome")}</Link></li>
            <li><Link href="/canicule">{t("navHeat")}</Link></li>
            <li><Link href="/alertes">{t("navClimate")}</Link></li>
            <li><Link href="/droits">{t("navRights")}</Link></li>
            <li><Link href="/contact">{t("navContact")}</Link></li>
            <li><Link href="/registre">{t("navRegister")}</Link></li>
            <li><Link href="/agent">{t("navAgents")}</Link></li>
          </ul>
        </nav>
      </header>
      {!online && <p class="notice notice-offline" role="status">{t("offline")}</p>}
      <main id="content">{children}</main>
      <footer class="site-footer">
        <p>{t("footerNote")}</p>
        <ul>
          {LEGAL_PAGES.map((href) => (
            <li key={href}><Link href={href}>{t(FOOTER_LABELS[href], { status: t("accessibilityStatus") })}</Link></li>
          ))}
          <li><Link href="/registre">{t("footerRegister")}</Link></li>
        </ul>
        <p class="hint" data-build={__BUILD_ID__}>{t("version", { version: __APP_VERSION__, build: __BUILD_ID__ })}</p>
      </footer>
      <UpdatePrompt />
    </>
  );
}
