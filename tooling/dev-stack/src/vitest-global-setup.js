// Vitest global setup for packages whose tests need PostgreSQL: one server per test run
// (DATABASE_URL's, or an embedded one), handed to the test files as `inject('databaseUrl')`.
// Each test file then creates its own fresh database on it.
import { resolveAdminUrl } from './with-database.js';

export default async function setup({ provide }) {
  const server = await resolveAdminUrl();
  provide('databaseUrl', server.url);
  return async () => {
    await server.stop();
  };
}
