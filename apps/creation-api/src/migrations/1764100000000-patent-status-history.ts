import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patents' legal status over time: every change is a dated event (never overwritten), so the
 * valid stock on any past date can be recomputed. Also IPC symbols, the annual-fee paid-until
 * date, the grant date and a version for optimistic locking.
 */
export class PatentStatusHistory1764100000000 implements MigrationInterface {
  name = 'PatentStatusHistory1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE patents DROP CONSTRAINT patents_status_check`);
    await q.query(`
      ALTER TABLE patents
        ADD CONSTRAINT patents_status_check
          CHECK (status IN ('pending', 'granted', 'rejected', 'withdrawn', 'lapsed', 'invalidated', 'expired')),
        ADD COLUMN grant_date            date,
        ADD COLUMN ipc_symbols           varchar(24)[] NOT NULL DEFAULT '{}',
        ADD COLUMN annual_fee_paid_until date,
        ADD COLUMN version               integer       NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE patent_status_events (
        id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        patent_id       uuid         NOT NULL REFERENCES patents (id),
        seq             integer      NOT NULL,
        action          varchar(16)  NOT NULL
          CHECK (action IN ('file', 'grant', 'reject', 'withdraw', 'lapse', 'restore', 'invalidate', 'expire')),
        from_status     varchar(16),
        to_status       varchar(16)  NOT NULL,
        effective_date  date         NOT NULL,
        note            varchar(500),
        region_code     varchar(6)   NOT NULL,
        created_at      timestamptz  NOT NULL DEFAULT now(),
        created_by      uuid         NOT NULL,
        UNIQUE (patent_id, seq)
      )`);
    // "Status as of a date" reads the last event on or before it, per patent.
    await q.query(`CREATE INDEX patent_status_events_asof_idx ON patent_status_events (patent_id, effective_date DESC, seq DESC)`);
    // Grants are counted by date for the cumulative and period metrics.
    await q.query(`CREATE INDEX patent_status_events_action_date_idx ON patent_status_events (action, effective_date)`);
    // Patents registered before this migration were all pending: their history starts at filing.
    await q.query(`
      INSERT INTO patent_status_events (patent_id, seq, action, from_status, to_status, effective_date, region_code, created_by)
      SELECT id, 1, 'file', NULL, 'pending', filing_date, region_code, created_by FROM patents`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE patent_status_events`);
    await q.query(`ALTER TABLE patents DROP COLUMN grant_date, DROP COLUMN ipc_symbols, DROP COLUMN annual_fee_paid_until, DROP COLUMN version`);
  }
}
