// Serves the built admin-web and forwards /api/<service>/… to each service, so the browser
// sees one origin (no CORS) — the same shape a production reverse proxy gives.
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function proxy(req, res, port) {
  const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-proto': 'http' };
  const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 502, code: 'INTERNAL', message: 'Service unavailable' }));
    }
  });
  req.pipe(upstream);
}

async function serveStatic(req, res, root) {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const candidate = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
  let file = candidate.startsWith(root) ? candidate : path.join(root, 'index.html');
  const info = await stat(file).catch(() => null);
  // Client-side routes (/login, /creation/…) all load the app shell.
  if (!info || info.isDirectory()) file = path.join(root, 'index.html');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).on('error', () => res.end()).pipe(res);
}

/**
 * @param {{ root: string, port: number, routes: { prefix: string, port: number }[] }} options
 * @returns {Promise<http.Server>}
 */
export function startWebServer({ root, port, routes }) {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const route = routes.find((r) => url === r.prefix || url.startsWith(`${r.prefix}/`) || url.startsWith(`${r.prefix}?`));
    if (route) return proxy(req, res, route.port);
    if (url.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'No such service' }));
    }
    serveStatic(req, res, root).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
