// The page for the current location: focus moves to the new page's main heading, and a lazily loaded page
// shows a loading then an error state (the first page is loaded before the first render, see main.tsx).
// Navigation itself (location, navigate, Link) is ./navigation.tsx.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { location } from "./navigation";
import { useStore } from "./store";
import { findRoute, notFound } from "./routes";

type PageState = { status: "loading" } | { status: "ready"; Page: ComponentType } | { status: "failed" };

/** Pages already loaded, by route path ("*" for the not-found page): shown at once, without a loading state. */
const loadedPages = new Map<string, ComponentType>();

/** Loads the page of a path once. main.tsx awaits it before the first render, so the first paint is the page
 * itself and nothing moves when it arrives (no layout shift). */
export function loadPage(pathname: string): Promise<ComponentType> {
  const route = findRoute(pathname);
  const key = route?.path ?? "*";
  const loaded = loadedPages.get(key);
  if (loaded) return Promise.resolve(loaded);
  return (route?.load ?? notFound)().then((module) => {
    loadedPages.set(key, module.default);
    return module.default;
  });
}

const stateOf = (pathname: string): PageState => {
  const Page = loadedPages.get(findRoute(pathname)?.path ?? "*");
  return Page ? { status: "ready", Page } : { status: "loading" };
};

/** The same state object when the same page is ready, so nothing re-renders for nothing. */
const keepSame = (previous: PageState, next: PageState) =>
  previous.status === "ready" && next.status === "ready" && previous.Page === next.Page ? previous : next;

/** The page for the current location, with its loading and error states. */
export function useCurrentPage(): { pathname: string; state: PageState; retry: () => void } {
  const pathname = useStore(location).split("?")[0];
  const [state, setState] = useState<PageState>(() => stateOf(pathname));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState((s) => keepSame(s, stateOf(pathname)));
    loadPage(pathname)
      .then((Page) => !cancelled && setState((s) => keepSame(s, { status: "ready", Page })))
      .catch(() => !cancelled && setState({ status: "failed" }));
    return () => {
      cancelled = true;
    };
  }, [pathname, attempt]);
  useEffect(() => {
    if (state.status !== "ready") return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading && document.activeElement !== document.body) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [state]);
  return { pathname, state, retry: () => setAttempt((n) => n + 1) };
}
