export { startEmbeddedPostgres, createDatabase, freePort, withDatabaseName, makeTempDir } from './postgres.js';
export { withDatabase, resolveAdminUrl } from './with-database.js';
export { SERVICES, WEB_PORT } from './services.js';
export { startStack } from './stack.js';
