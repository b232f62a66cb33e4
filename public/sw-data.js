/*
 * Imported by the service worker (vite.config.ts, workbox.importScripts).
 * Fills the data cache with every data file of the catalogue, once, so every
 * section, embed and slide works offline after one visit, not only those
 * seen. The page only asks (src/app/registerServiceWorker.ts): the downloads
 * and the cache writes happen here, off the page's main thread. The worker
 * still asks the network first for data, so a file replaced on the host is
 * what the next visit shows.
 */
self.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'observatoire:warm-data-cache' || !Array.isArray(message.extra)) return;
  event.waitUntil(warmDataCache(message.extra).catch(() => undefined));
});

async function warmDataCache(extra) {
  const base = new URL('data/', self.registration.scope);
  const response = await fetch(new URL('index.json', base), { cache: 'no-store' });
  if (!response.ok) return;
  const catalogue = await response.json();
  const files = ['index.json', ...(catalogue.datasets || []).map((dataset) => dataset && dataset.file), ...extra];
  // Only files of this app's data folder, whatever the catalogue says.
  const urls = files
    .filter((file) => typeof file === 'string')
    .map((file) => new URL(file, base))
    .filter((url) => url.origin === base.origin && url.pathname.startsWith(base.pathname) && !url.pathname.includes('/releases/'))
    .map((url) => url.href);
  const cache = await caches.open('observatoire-data');
  const missing = [];
  for (const url of new Set(urls)) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
}
