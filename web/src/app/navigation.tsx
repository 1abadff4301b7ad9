// Client-side navigation over the History API: the current location as a store, and internal links that
// change the page without a reload. Pages import it; the page loading that reads the route table is
// ./router.tsx (kept apart so a page never imports the table that lazily imports it).
import type { ComponentChildren, JSX } from "preact";
import { createStore } from "./store";

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
