// Every page of the web app, by path. Pages load lazily, so the first load carries only the shell.
import type { ComponentType } from "preact";

export interface PageRoute {
  path: string;
  /** Citizen pages must work offline after one visit; agent pages need the network and a token. */
  audience: "citizen" | "agent";
  load: () => Promise<{ default: ComponentType }>;
}

export const routes: PageRoute[] = [
  { path: "/", audience: "citizen", load: () => import("../pages/home/HomePage") },
  { path: "/modeles", audience: "citizen", load: () => import("../pages/models/ModelsPage") },
  { path: "/canicule", audience: "citizen", load: () => import("../pages/heat/HeatPage") },
  { path: "/alertes", audience: "citizen", load: () => import("../pages/climate/ClimatePage") },
  { path: "/droits", audience: "citizen", load: () => import("../pages/rights/RightsPage") },
  { path: "/registre", audience: "citizen", load: () => import("../pages/algorithm-register/RegisterPage") },
  { path: "/contact", audience: "citizen", load: () => import("../pages/contact/ContactPage") },
  { path: "/mentions-legales", audience: "citizen", load: () => import("../pages/legal-notice/LegalNoticePage") },
  { path: "/accessibilite", audience: "citizen", load: () => import("../pages/accessibility/AccessibilityPage") },
  { path: "/donnees-personnelles", audience: "citizen", load: () => import("../pages/personal-data/PersonalDataPage") },
  { path: "/agent", audience: "agent", load: () => import("../pages/agent/AgentHome") },
  { path: "/agent/canicule", audience: "agent", load: () => import("../pages/agent-heat/AgentHeatPage") },
  { path: "/agent/droits", audience: "agent", load: () => import("../pages/agent-rights/AgentRightsPage") },
  { path: "/agent/ventes", audience: "agent", load: () => import("../pages/agent-sales/AgentSalesPage") },
  { path: "/agent/demandes", audience: "agent", load: () => import("../pages/agent-requests/AgentRequestsPage") },
];

export const notFound = () => import("../pages/not-found/NotFoundPage");

export function findRoute(pathname: string): PageRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return routes.find((route) => route.path === path);
}
