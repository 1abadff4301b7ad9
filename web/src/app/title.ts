// Sets the document title of the current page ("Page — Recoque").
import { useEffect } from "preact/hooks";

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Recoque`;
  }, [title]);
}
