import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables an import writes a row (or two) into per line of the file. */
const TABLES = ['patents', 'patent_status_events', 'trademarks', 'trademark_status_events'];

/**
 * New patents, trademarks and their status events take time-ordered ids (UUID version 7, RFC 9562:
 * 48 bits of Unix milliseconds, then random bits) instead of wholly random ones. A random id lands
 * on a random page of every index keyed by it (the primary key, and the events' patent and
 * trademark keys), so an import of a few thousand rows touched thousands of index pages, each
 * written whole to the WAL after a checkpoint, and a batch cost more the larger the registry
 * (at 200,000 patents a 5,000-row batch's event insert took twice what it took at 10,000).
 * Time-ordered ids land at the right edge of those indexes. Ids stay UUIDs; existing ones stay.
 */
export class TimeOrderedIds1764730000000 implements MigrationInterface {
  name = 'TimeOrderedIds1764730000000';

  async up(q: QueryRunner): Promise<void> {
    // PostgreSQL 18 has uuidv7(); this is the same layout: a version-4 UUID's first 48 bits
    // replaced by the millisecond clock, and its version nibble set from 4 to 7.
    await q.query(`
      CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $fn$
        SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                 PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
      $fn$`);
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} ALTER COLUMN id SET DEFAULT uuid_v7()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`DROP FUNCTION uuid_v7()`);
  }
}
