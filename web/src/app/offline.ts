// What a citizen page needs offline besides its code (precached): the public data it showed and, on the pages
// that infer, the ORT wasm and the model files. The service worker's runtime caches keep them when they are
// fetched through it; on a first visit it takes control only after the page has loaded (clientsClaim), so
// `keepForOffline` waits for that control and fetches what no cache holds yet, through it.
type Connection = { saveData?: boolean };

/** Resolves once a service worker controls this page; never when the browser has none. */
function controlled(): Promise<void> {
  const sw = navigator.serviceWorker;
  return new Promise((resolve) => {
    if (sw.controller) return resolve();
    sw.addEventListener("controllerchange", () => resolve(), { once: true });
  });
}

/**
 * Makes sure the service worker's caches hold these same-origin URLs. `heavy` files (megabytes) are skipped
 * when the person asked their browser to save data: the page then fetches them when they are used.
 */
export async function keepForOffline(urls: string[], { heavy = false } = {}): Promise<void> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  if (heavy && (navigator as Navigator & { connection?: Connection }).connection?.saveData) return;
  await controlled();
  for (const url of urls) {
    if (!navigator.onLine || (await caches.match(url))) continue;
    const response = await fetch(url).catch(() => null);
    await response?.body?.cancel();
  }
}
