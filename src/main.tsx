import { readAddress, replaceLocation } from './state/address';
import { appRootPath, pathWithinApp } from './state/appRoot';
import { legacyRedirect, routeFromPath, routePath } from './state/route';
import { bootFailed } from './app/loadChunk';
import './styles/index.css';

/**
 * The entry is kept tiny so the page the host sent, with its charts already
 * drawn at build time, paints before any of the app's JavaScript is even
 * requested: the app (React, data, views) is imported once the first frame is
 * on screen (src/start.tsx).
 *
 * Every stylesheet the app's views import is pulled in here, so it is one
 * render-blocking <link> in the HTML rather than arriving with the app code,
 * which would restyle the prerendered markup after first paint (layout shift).
 */
import.meta.glob(['./**/*.css', '!./styles/**', '!./ui/share/share.css'], { eager: true });

/**
 * The app's modules are evaluated in a few steps, each its own task, rather
 * than in one: evaluating React DOM, the data contract, the dictionaries and
 * the views together blocks the main thread for ~250 ms on a mid-range phone,
 * and a tap on the prerendered page would wait that long.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const startApp = async () => {
  await import('./data/registry');
  await nextTask();
  await import('./i18n/i18n');
  await nextTask();
  await import('react-dom/client');
  await nextTask();
  const { start } = await import('./start');
  start();
};

/**
 * The page's first drawings (the ones its head preloads, `fetchpriority="high"`) loaded and decoded, or
 * FIRST_DRAWINGS_WAIT_MS gone by. On a slow network the page's first frame (text, frames of the cards) comes
 * well before its drawings; starting the app right after that frame put its start-up, a few long tasks on a
 * phone, in the way of the frame that paints them. Now the app starts once they are on screen, and never
 * waits long on a drawing that is slow or broken (tests/browser/prerender.browser.mjs, drawings delayed).
 */
function firstDrawingsReady(root: HTMLElement | null): Promise<unknown> {
  const drawings = [...(root?.querySelectorAll<HTMLImageElement>('img[fetchpriority="high"]') ?? [])];
  const decoded = drawings.map((image) => image.decode().catch(() => undefined));
  return Promise.race([Promise.all(decoded), new Promise((resolve) => setTimeout(resolve, FIRST_DRAWINGS_WAIT_MS))]);
}
const FIRST_DRAWINGS_WAIT_MS = 1500;

function boot() {
  const root = document.getElementById('root');
  const here = routePath(routeFromPath(pathWithinApp(readAddress().pathname)));
  // The markup is the route's own when the host served that route's file. A host that answers
  // every path with the front page (an SPA fallback) sends another view: drop it at once, so nobody
  // reads or clicks the wrong one, and render the requested view from scratch.
  const prerendered = Boolean(root?.hasChildNodes()) && root?.dataset.route === here;
  if (root?.hasChildNodes() && !prerendered) root.replaceChildren();
  if (prerendered && document.visibilityState === 'visible') {
    // rAF runs just before a frame is drawn; two of them, once the frame that shows the drawings is out.
    void firstDrawingsReady(root).then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => startApp().catch(bootFailed), 0))));
  } else {
    startApp().catch(bootFailed);
  }
}

// Links made before every view had its own page (`#ia`, `?embed=…`, `?present=1`). The built pages
// already moved in public/boot.js before painting; this covers the dev server.
const address = readAddress();
const moved = pathWithinApp(address.pathname) === '' ? legacyRedirect(address.search, address.hash) : null;
if (moved) replaceLocation(`${appRootPath()}${moved}`);
else boot();
