import pg from 'pg';

/**
 * The database roles and the shared audit trail, prepared with the administrator connection
 * before a service opens its own. Idempotent: every service runs it at start, and two
 * services starting together do not trip over each other.
 *
 * - Each service has a role `ipb_<schema>` that owns its schema and nothing else; the service's
 *   connections run as that role (`SET ROLE` at connect), so it cannot touch another's tables.
 * - `audit.events` is owned by `ipb_audit`, a role nobody logs in as. Services append through
 *   `audit.append(...)`, a SECURITY DEFINER function that links each entry to the previous one
 *   by SHA-256; they hold no INSERT, UPDATE or DELETE on the table itself. platform-api (the
 *   auditor's reader) may SELECT and call `audit.verify()`.
 */
export function serviceRole(schema: string): string {
  return `ipb_${schema}`;
}

export const SERVICE_SCHEMAS = ['platform', 'creation', 'utilization', 'protection', 'public_services'] as const;

const GENESIS = "repeat('0', 64)";

// The canonical text an entry's hash covers. jsonb prints keys in a fixed order, so the same
// entry always yields the same text.
const PAYLOAD = `jsonb_build_object(
    'chain', e.chain, 'chainSeq', e.chain_seq,
    'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'actorId', e.actor_id, 'actorName', e.actor_name, 'actorRoles', to_jsonb(e.actor_roles),
    'service', e.service, 'entity', e.entity, 'entityId', e.entity_id, 'action', e.action,
    'before', e.before, 'after', e.after, 'requestId', e.request_id,
    'clientAddress', e.client_address, 'regionCode', e.region_code)::text`;

const AUDIT_DDL = `
CREATE SCHEMA IF NOT EXISTS audit AUTHORIZATION ipb_audit;
SET LOCAL ROLE ipb_audit;
CREATE TABLE IF NOT EXISTS audit.events (
  seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chain          text        NOT NULL,
  chain_seq      bigint      NOT NULL,
  at             timestamptz NOT NULL,
  actor_id       uuid,
  actor_name     text,
  actor_roles    text[]      NOT NULL DEFAULT '{}',
  service        text        NOT NULL,
  entity         text        NOT NULL,
  entity_id      text        NOT NULL,
  action         text        NOT NULL,
  before         jsonb,
  after          jsonb,
  request_id     text,
  client_address text,
  region_code    text,
  prev_hash      text        NOT NULL,
  hash           text        NOT NULL,
  UNIQUE (chain, chain_seq)
);
CREATE INDEX IF NOT EXISTS events_entity_idx ON audit.events (entity, entity_id);
CREATE INDEX IF NOT EXISTS events_actor_idx ON audit.events (actor_id, at);
CREATE INDEX IF NOT EXISTS events_at_idx ON audit.events (at);

CREATE OR REPLACE FUNCTION audit.entry_hash(e audit.events) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT encode(sha256(convert_to(e.prev_hash || ${PAYLOAD}, 'UTF8')), 'hex')
$fn$;

CREATE OR REPLACE FUNCTION audit.append(
  p_service text, p_actor_id uuid, p_actor_name text, p_actor_roles text[],
  p_entity text, p_entity_id text, p_action text, p_before jsonb, p_after jsonb,
  p_request_id text, p_client_address text, p_region_code text
) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = audit, pg_temp AS $fn$
DECLARE
  e audit.events;
BEGIN
  -- One writer per chain at a time, held to the end of the caller's transaction, so links
  -- are made in commit order and a rolled-back write leaves no entry behind.
  PERFORM pg_advisory_xact_lock(hashtext('audit.chain:' || p_service));
  SELECT hash, chain_seq INTO e.prev_hash, e.chain_seq
    FROM audit.events WHERE chain = p_service ORDER BY chain_seq DESC LIMIT 1;
  e.prev_hash := coalesce(e.prev_hash, ${GENESIS});
  e.chain_seq := coalesce(e.chain_seq, 0) + 1;
  e.chain := p_service;
  e.at := date_trunc('milliseconds', clock_timestamp());
  e.actor_id := p_actor_id; e.actor_name := p_actor_name; e.actor_roles := coalesce(p_actor_roles, '{}');
  e.service := p_service; e.entity := p_entity; e.entity_id := p_entity_id; e.action := p_action;
  e.before := p_before; e.after := p_after; e.request_id := p_request_id;
  e.client_address := p_client_address; e.region_code := p_region_code;
  e.hash := audit.entry_hash(e);
  INSERT INTO audit.events (chain, chain_seq, at, actor_id, actor_name, actor_roles, service, entity, entity_id,
                            action, before, after, request_id, client_address, region_code, prev_hash, hash)
  VALUES (e.chain, e.chain_seq, e.at, e.actor_id, e.actor_name, e.actor_roles, e.service, e.entity, e.entity_id,
          e.action, e.before, e.after, e.request_id, e.client_address, e.region_code, e.prev_hash, e.hash)
  RETURNING seq INTO e.seq;
  RETURN e.seq;
END
$fn$;

-- Every entry whose hash does not match its content, or whose link does not match the entry
-- before it in its chain (an edit, an insertion or a deletion in the middle).
CREATE OR REPLACE FUNCTION audit.verify() RETURNS TABLE (chain text, chain_seq bigint, reason text, checked bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = audit, pg_temp AS $fn$
  WITH ordered AS (
    SELECT e.chain, e.chain_seq, e.prev_hash, e.hash, audit.entry_hash(e) AS recomputed,
           lag(e.hash) OVER w AS expected_prev, lag(e.chain_seq) OVER w AS previous_seq
      FROM audit.events e
    WINDOW w AS (PARTITION BY e.chain ORDER BY e.chain_seq)
  ), breaks AS (
    SELECT o.chain, o.chain_seq,
           CASE WHEN o.hash <> o.recomputed THEN 'hash' ELSE 'link' END AS reason
      FROM ordered o
     WHERE o.hash <> o.recomputed
        OR o.prev_hash <> coalesce(o.expected_prev, ${GENESIS})
        OR o.chain_seq <> coalesce(o.previous_seq, 0) + 1
  )
  SELECT b.chain, b.chain_seq, b.reason, (SELECT count(*) FROM audit.events) FROM breaks b
  UNION ALL
  SELECT NULL, NULL, NULL, (SELECT count(*) FROM audit.events) WHERE NOT EXISTS (SELECT 1 FROM breaks)
$fn$;

RESET ROLE;
REVOKE ALL ON SCHEMA audit FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.append(text, uuid, text, text[], text, text, text, jsonb, jsonb, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.verify() FROM PUBLIC;
`;

export function createRole(role: string): string {
  // CREATE ROLE has no IF NOT EXISTS; two services starting at once may race, so a
  // duplicate is simply accepted.
  return `DO $do$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
      BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    END IF;
  END $do$;`;
}

export async function prepareFoundation(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const role of ['ipb_audit', ...SERVICE_SCHEMAS.map(serviceRole)]) await client.query(createRole(role));
    await client.query('BEGIN');
    // Serialises concurrent preparations of the same database.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('ipbureau.foundation'))`);
    await client.query(`GRANT ipb_audit TO CURRENT_USER`).catch(() => undefined);
    for (const schema of SERVICE_SCHEMAS) {
      const role = serviceRole(schema);
      await client.query(`GRANT ${role} TO CURRENT_USER`).catch(() => undefined);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${role}`);
      await client.query(`REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`);
    }
    await client.query(AUDIT_DDL);
    for (const schema of SERVICE_SCHEMAS) {
      const role = serviceRole(schema);
      await client.query(`GRANT USAGE ON SCHEMA audit TO ${role}`);
      await client.query(
        `GRANT EXECUTE ON FUNCTION audit.append(text, uuid, text, text[], text, text, text, jsonb, jsonb, text, text, text) TO ${role}`,
      );
    }
    // The auditor reads the trail through platform-api.
    await client.query(`GRANT SELECT ON audit.events TO ipb_platform`);
    await client.query(`GRANT EXECUTE ON FUNCTION audit.verify() TO ipb_platform`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
