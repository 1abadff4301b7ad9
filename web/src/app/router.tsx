// Client-side navigation over the History API: internal links change the page without a reload, focus
// moves to the new page's main heading, and a lazily loaded page shows a loading then an error state.
import type { ComponentChildren, ComponentType, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { createStore, useStore } from "./store";
import { findRoute, notFound } from "./routes";

export const location = createStore(window.location.pathname + window.location.search);

export function navigate(to: string) {
  if (to === location.get()) return;
  history.pushState(null, "", to);
  location.set(to);
  window.scrollTo(0, 0);
}

window.addEventListener("popstate", () => location.set(window.location.pathname + window.location.search));

export function Link(props: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children: ComponentChildren }) {
  const onClick = (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  const current = location.get().split("?")[0] === props.href;
  return <a {...props} aria-current={current ? "page" : undefined} onClick={onClick} />;
}

type PageState = { status: "loading" } | { status: "ready"; Page: ComponentType } | { status: "failed" };

/** The page for the current location. `renderState` draws the loading and error states. */
export function useCurrentPage(): { pathname: string; state: PageState; retry: () => void } {
  const pathname = useStore(location).split("?")[0];
  const [state, setState] = useState<PageState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ status: "loading" });
    (findRoute(pathname)?.load ?? notFound)()
      .then((module) => !cancelled && setState({ status: "ready", Page: module.default }))
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
