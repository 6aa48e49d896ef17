import path from 'node:path';
import { makeTempDir, startEmbeddedPostgres } from './postgres.js';

/**
 * The server to use: `DATABASE_URL` when set (nothing is started), otherwise a throwaway
 * embedded PostgreSQL in a temporary folder.
 * @returns {Promise<{ url: string, stop: () => Promise<void>, embedded: boolean }>}
 */
export async function resolveAdminUrl({ log } = {}) {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => {}, embedded: false };
  const base = await makeTempDir('ipb-pg-');
  const server = await startEmbeddedPostgres({ dataDir: path.join(base, 'data'), persistent: false, log });
  return { url: server.url, stop: server.stop, embedded: true };
}

/** Run `fn(url)` with a database server available, stopping an embedded one afterwards. */
export async function withDatabase(fn, options) {
  const server = await resolveAdminUrl(options);
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}
