import { bootFailed } from './app/loadChunk';
import { registerServiceWorker } from './app/registerServiceWorker';
import './styles/index.css';

/**
 * The entry is kept tiny so the prerendered page paints before any of the
 * app's JavaScript is even requested: the app (React, data, views) is
 * imported once the first frame is on screen (src/start.tsx).
 *
 * Every stylesheet the app's views import is pulled in here, so it is one
 * render-blocking <link> in the HTML rather than arriving with the app code,
 * which would restyle the prerendered markup after first paint (layout shift).
 */
import.meta.glob(['./**/*.css', '!./styles/**', '!./ui/share/share.css'], { eager: true });

registerServiceWorker();

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

const prerendered = document.getElementById('root')?.hasChildNodes() ?? false;
const defaultView = window.location.search === '' && ['', '#vue-ensemble'].includes(window.location.hash);
if (prerendered && defaultView && document.visibilityState === 'visible') {
  // rAF runs just before the next frame is drawn; the timeout, just after it.
  requestAnimationFrame(() => setTimeout(() => startApp().catch(bootFailed), 0));
} else {
  // Another view than the prerendered one (filters, section, embed…): drop the
  // default view's markup at once, so nobody reads or clicks the wrong state,
  // and render the requested one from scratch.
  if (prerendered && !defaultView) document.getElementById('root')?.replaceChildren();
  startApp().catch(bootFailed);
}
