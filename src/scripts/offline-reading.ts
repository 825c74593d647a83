/**
 * Offline reading (docs/reading.md): registers the service worker that keeps the pages a
 * reader opens. Progressive enhancement: without it (no JavaScript, an old browser, a
 * private window that refuses it) the site works exactly the same.
 */
export function startOfflineReading(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  // After the page has loaded, so the worker's download never competes with the page's own.
  addEventListener('load', () => {
    workers
      .register(`${base}sw.js`, { scope: base })
      .then(() => workers.ready)
      .then((registration) => {
        // This page loaded before the worker ran: hand it the page and what the page loaded.
        if (workers.controller) return;
        const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
        registration.active?.postMessage({ save: [location.href, ...loaded] });
      })
      .catch(() => undefined);
  });
}
