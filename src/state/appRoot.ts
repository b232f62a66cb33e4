/**
 * The app root's path on this host (`/`, or `/sub/path/`), ending in `/`.
 * Every built chunk lives in `<root>/assets/`, so a chunk's own URL tells
 * where the root is, whatever page of the app loaded it (`ia/`,
 * `embed/<id>/`…). The dev server serves the source from `/`; at build time
 * (prerender, no window) every path is relative to `/` too.
 */
export function appRootPath(): string {
  if (import.meta.env.DEV || typeof window === 'undefined') return '/';
  const chunk = new URL(import.meta.url);
  return chunk.protocol === 'http:' || chunk.protocol === 'https:' ? chunk.pathname.replace(/assets\/[^/]*$/, '') : '/';
}

/** The address bar's path below the app root (`ia/`, `embed/x/`, `''` for the front page). */
export function pathWithinApp(pathname: string): string {
  const root = appRootPath();
  return pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
}
