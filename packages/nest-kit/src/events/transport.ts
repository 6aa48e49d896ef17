import pg from 'pg';
import PgBoss from 'pg-boss';
import { EVENT_ROUTES, EVENT_SERVICES, eventQueue } from '@ipbureau/domain';
import { createRole, SERVICE_SCHEMAS, serviceRole } from '../database/foundation.js';

/**
 * The event transport is pg-boss on the same PostgreSQL: its tables live in the `pgboss`
 * schema, owned by `ipb_events`, a role nobody signs in as; every service role is a member, so
 * a service can publish into the same transaction as its change and consume its own queue.
 */
export const EVENT_SCHEMA = 'pgboss';
export const EVENT_ROLE = 'ipb_events';
/** Where an event goes after its consumer failed it every retry: kept for an operator to read. */
export const DEAD_LETTER_QUEUE = 'events.dead';

/** How a consumer's queue retries: 8 tries over about 8 minutes, then the dead-letter queue. */
const QUEUE_OPTIONS = { retryLimit: 8, retryDelay: 2, retryBackoff: true, retentionMinutes: 60 * 24 * 14, deadLetter: DEAD_LETTER_QUEUE };

/** pg-boss runs its SQL through this: one client, one pool or one transaction. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Installs or upgrades pg-boss's schema and creates one durable queue per consuming service
 * (EVENT_ROUTES), with the administrator connection, before a service opens its own.
 * Idempotent and serialised: every service runs it at start.
 */
export async function prepareEventTransport(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'ipbureau-events-setup' });
  await client.connect();
  try {
    await client.query(createRole(EVENT_ROLE));
    await client.query(`SELECT pg_advisory_lock(hashtext('ipbureau.events'))`);
    await client.query(`GRANT ${EVENT_ROLE} TO CURRENT_USER`).catch(() => undefined);
    for (const schema of SERVICE_SCHEMAS) await client.query(`GRANT ${EVENT_ROLE} TO ${serviceRole(schema)}`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${EVENT_SCHEMA} AUTHORIZATION ${EVENT_ROLE}`);
    await client.query(`REVOKE ALL ON SCHEMA ${EVENT_SCHEMA} FROM PUBLIC`);
    // pg-boss's installer says CREATE SCHEMA IF NOT EXISTS, which PostgreSQL checks against the
    // database's CREATE privilege even when the schema exists: lent for the install only.
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name;
    await client.query(`GRANT CREATE ON DATABASE "${database}" TO ${EVENT_ROLE}`);
    await client.query(`SET ROLE ${EVENT_ROLE}`);
    const db: SqlExecutor = { executeSql: (text, values) => client.query(text, values) };
    const boss = new PgBoss({ db, schema: EVENT_SCHEMA, migrate: true, supervise: false, schedule: false });
    boss.on('error', () => undefined);
    try {
      await boss.start();
      if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionMinutes: 60 * 24 * 90 });
      for (const service of EVENT_SERVICES) {
        if (EVENT_ROUTES[service].length === 0) continue;
        if (!(await boss.getQueue(eventQueue(service)))) await boss.createQueue(eventQueue(service), { name: eventQueue(service), ...QUEUE_OPTIONS });
      }
      await boss.stop({ graceful: false, close: false });
    } finally {
      await client.query('RESET ROLE');
      await client.query(`REVOKE CREATE ON DATABASE "${database}" FROM ${EVENT_ROLE}`);
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('ipbureau.events'))`).catch(() => undefined);
    await client.end();
  }
}
