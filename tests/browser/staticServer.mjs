/**
 * A plain static host for fault tests: serves a *copy* of `dist/` (which the
 * tests then break on purpose) on 127.0.0.1, on a free port. Like most
 * hosts: gzip for text files, `Cache-Control: no-cache`, 404 for a missing
 * file, and the page's index.html for an address without a file extension.
 * `failNext(path, status, times)` makes a file answer an error status the
 * next `times` requests (a flaky server), then normally again.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './harness.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Copies `dist/` to a new temporary folder. */
export function copyDist() {
  const dist = resolve(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ manquant : lancez `npm run build` avant les tests navigateur.');
  const dir = mkdtempSync(join(tmpdir(), 'observatoire-faults-'));
  cpSync(dist, dir, { recursive: true });
  return dir;
}

export async function serveStatic(dir) {
  const failures = new Map();
  const requests = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const failure = failures.get(pathname);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      res.writeHead(failure.status, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
      res.end(`<h1>${failure.status}</h1>`);
      return;
    }
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!extname(pathname) && !existsSync(file)) file = join(dir, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/html', 'Cache-Control': 'no-cache' });
      res.end('<h1>404</h1>');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/text|json|javascript|svg|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    requests,
    failNext(path, status, times = 1) {
      failures.set(path, { status, times });
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
