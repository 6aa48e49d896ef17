import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './postgres.js';
import { startWebServer } from './web-server.js';

let web;
let upstream;
let base;
const seen = [];

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ipb-web-'));
  await writeFile(path.join(root, 'index.html'), '<html>shell</html>');
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  upstream = http.createServer((req, res) => {
    seen.push({ url: req.url, forwardedFor: req.headers['x-forwarded-for'] });
    res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' });
    req.pipe(res);
  });
  const upstreamPort = await freePort();
  await new Promise((r) => upstream.listen(upstreamPort, '127.0.0.1', r));
  const port = await freePort();
  const deadPort = await freePort();
  web = await startWebServer({ root, port, routes: [{ prefix: '/api/creation', port: upstreamPort }, { prefix: '/api/protection', port: deadPort }] });
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise((r) => web.close(r));
  await new Promise((r) => upstream.close(r));
});

describe('the one-origin web server', () => {
  it('serves built assets with long caching and the shell without', async () => {
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const shell = await fetch(`${base}/`);
    expect(await shell.text()).toBe('<html>shell</html>');
    expect(shell.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client-side routes with the app shell', async () => {
    expect(await (await fetch(`${base}/creation/patents/123`)).text()).toBe('<html>shell</html>');
  });

  it('never serves files outside its folder', async () => {
    const res = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await res.text()).toBe('<html>shell</html>');
  });

  it('forwards a service prefix with method, path, body and the client address', async () => {
    const res = await fetch(`${base}/api/creation/patents?page=2`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(await res.text()).toBe('{"a":1}');
    expect(seen.at(-1)).toMatchObject({ url: '/api/creation/patents?page=2' });
    expect(seen.at(-1).forwardedFor).toMatch(/127\.0\.0\.1/);
  });

  it('answers 502 in the error-body shape when a service is down, and 404 for an unknown one', async () => {
    const down = await fetch(`${base}/api/protection/health`);
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ code: 'INTERNAL' });
    expect((await fetch(`${base}/api/nothing/health`)).status).toBe(404);
  });
});
