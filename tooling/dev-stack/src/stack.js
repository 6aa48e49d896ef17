// Runs the whole platform: PostgreSQL (embedded unless DATABASE_URL is set), platform-api,
// the four pillar services, and the admin web on one origin.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, startEmbeddedPostgres } from './postgres.js';
import { SERVICES, WEB_PORT } from './services.js';
import { startWebServer } from './web-server.js';

const EMBEDDED_PORT = 54329;

async function waitForHealth(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} not healthy after ${timeoutMs} ms`);
}

/**
 * @param {{
 *   root: string, dataDir?: string, webPort?: number, servicePortBase?: number, embeddedPort?: number,
 *   env?: Record<string, string>, log?: (line: string) => void, quiet?: boolean, demo?: boolean
 * }} options  `demo`: seed the demo city (tooling/demo-city) once every service is healthy, if the
 *   database is empty; off unless asked for (`start` asks unless IPB_DEMO=0).
 */
export async function startStack(options) {
  const root = path.resolve(options.root);
  const dataDir = path.resolve(options.dataDir ?? path.join(root, '.data'));
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const webPort = options.webPort ?? WEB_PORT;
  const started = Date.now();
  const stops = [];
  const stop = async () => {
    while (stops.length) await stops.pop()().catch(() => undefined);
  };

  try {
    await mkdir(path.join(dataDir, 'logs'), { recursive: true });
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: options.embeddedPort ?? EMBEDDED_PORT, log: () => {} });
      stops.push(pg.stop);
      databaseUrl = pg.url;
      log(`postgres   embedded, data in ${path.relative(root, path.join(dataDir, 'postgres')) || dataDir} (${Date.now() - started} ms)`);
    } else {
      log('postgres   DATABASE_URL');
    }

    // servicePortBase 0: every service on a port the system says is free (tests, benchmarks);
    // otherwise base+1…base+5, or the usual 4101–4105.
    const ports = {};
    for (const [i, s] of SERVICES.entries()) {
      ports[s.name] = options.servicePortBase === 0 ? await freePort() : options.servicePortBase ? options.servicePortBase + i + 1 : s.port;
    }
    const children = [];
    const launch = async (service) => {
      const entry = path.join(root, service.dir, 'dist', 'main.js');
      if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (pnpm turbo run build)`);
      const logFile = createWriteStream(path.join(dataDir, 'logs', `${service.name}.log`), { flags: 'a' });
      const child = spawn(process.execPath, [entry], {
        cwd: path.join(root, service.dir),
        env: {
          ...process.env,
          ...options.env,
          DATABASE_URL: databaseUrl,
          PORT: String(ports[service.name]),
          PLATFORM_JWKS_URL: `http://127.0.0.1:${ports.platform}/api/platform/auth/jwks`,
          // platform-api computes plan progress from each pillar's metric endpoints; public-services-api
          // assembles the organization profile and the unified search from each pillar's API.
          PILLAR_URLS: options.env?.PILLAR_URLS ?? JSON.stringify(Object.fromEntries(SERVICES.slice(1).map((s) => [s.name, `http://127.0.0.1:${ports[s.name]}/api/${s.name}`]))),
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      stops.push(
        () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      );
      // Structured logs go to .data/logs/<service>.log; warnings, errors and plain console
      // text (the first administrator's password) also reach the terminal.
      const relay = (chunk) => {
        logFile.write(chunk);
        for (const line of chunk.toString('utf8').split('\n')) {
          if (!line.trim()) continue;
          if (!line.startsWith('{')) {
            log(line);
            continue;
          }
          try {
            const entry = JSON.parse(line);
            if (entry.level >= 40 && !options.quiet) log(`${service.name.padEnd(10)} ${entry.msg}${entry.err ? `: ${entry.err.message}` : ''}`);
          } catch {
            log(line);
          }
        }
      };
      child.stdout.on('data', relay);
      child.stderr.on('data', relay);
      const t = Date.now();
      await waitForHealth(`http://127.0.0.1:${ports[service.name]}/api/${service.name}/health`, child);
      log(`${service.name.padEnd(10)} http://127.0.0.1:${ports[service.name]}/api/${service.name} (${Date.now() - t} ms)`);
      return child;
    };

    // platform-api first: it creates the signing keys the others verify against.
    await launch(SERVICES[0]);
    await Promise.all(SERVICES.slice(1).map(launch));

    // Every service has migrated its schema by now: the demo city can go in.
    let demo = null;
    if (options.demo) {
      // Found by path under the checkout, like the services: demo-city's tests start the services
      // through packages that depend on this one, so it cannot be a dependency of it.
      const { seedDemoCity } = await import(pathToFileURL(path.join(root, 'tooling', 'demo-city', 'src', 'index.js')).href);
      demo = await seedDemoCity(databaseUrl, { log: (line) => log(line) });
    }

    const webRoot = path.join(root, 'apps', 'admin-web', 'dist');
    if (!existsSync(path.join(webRoot, 'index.html'))) throw new Error(`${webRoot} is missing: build first`);
    const server = await startWebServer({ root: webRoot, port: webPort, routes: SERVICES.map((s) => ({ prefix: `/api/${s.name}`, port: ports[s.name] })) });
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));
    // Connections kept alive by browsers must not hold the shutdown.
    stops.push(async () => server.closeAllConnections?.());
    const url = `http://localhost:${webPort}`;
    log(`admin web  ${url}   (whole stack up in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return { url, stop, children, ports, databaseUrl, startedInMs: Date.now() - started, demo };
  } catch (error) {
    await stop();
    throw error;
  }
}
