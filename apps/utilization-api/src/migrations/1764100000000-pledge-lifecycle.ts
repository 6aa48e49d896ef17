import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pledge lifecycle: a pledge is recorded from its application on, its status moves only by
 * transitions, and every transition is a dated, insert-only event in `pledge_events`. Disbursements
 * and repayments are those events' amounts, so the events are also the loan's ledger and any past
 * date's figures can be recomputed from them. The columns on `pledges` are the current state,
 * kept for lists and filters.
 *
 * Rows recorded before this migration were registrations ('active'); they become 'registered'
 * with their registration date as both application and registration event. Their registration
 * number was never asked for and stays empty.
 */
export class PledgeLifecycle1764100000000 implements MigrationInterface {
  name = 'PledgeLifecycle1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX pledges_active_right_key`);
    await q.query(`ALTER TABLE pledges DROP CONSTRAINT IF EXISTS pledges_status_check`);
    await q.query(`
      ALTER TABLE pledges
        ADD COLUMN application_date    date,
        ADD COLUMN registration_number varchar(50),
        ADD COLUMN disbursement_date   date,
        ADD COLUMN maturity_date       date,
        ADD COLUMN disbursed_amount    numeric(18,2) NOT NULL DEFAULT 0,
        ADD COLUMN repaid_amount       numeric(18,2) NOT NULL DEFAULT 0,
        ADD COLUMN version             integer       NOT NULL DEFAULT 1,
        ADD COLUMN updated_at          timestamptz   NOT NULL DEFAULT now(),
        ALTER COLUMN registration_date DROP NOT NULL,
        ALTER COLUMN status DROP DEFAULT`);
    await q.query(`UPDATE pledges SET application_date = registration_date, status = CASE status WHEN 'active' THEN 'registered' ELSE status END`);
    await q.query(`ALTER TABLE pledges ALTER COLUMN application_date SET NOT NULL`);
    await q.query(`
      ALTER TABLE pledges
        ADD CONSTRAINT pledges_status_check CHECK (status IN ('applied', 'registered', 'disbursed', 'extended', 'repaid', 'defaulted', 'released', 'withdrawn')),
        ADD CONSTRAINT pledges_ledger_check CHECK (disbursed_amount >= 0 AND repaid_amount >= 0 AND repaid_amount <= disbursed_amount AND disbursed_amount <= loan_amount)`);
    // One right, one pledge that holds it (PLEDGE_ACTIVE_STATUSES). Keyed by the number alone:
    // patent numbers (ZL…) and registration numbers (digits) never coincide, and a GI mark is
    // itself a registered trademark.
    await q.query(`CREATE UNIQUE INDEX pledges_active_right_key ON pledges (right_number) WHERE status IN ('applied', 'registered', 'disbursed', 'extended', 'defaulted')`);
    await q.query(`
      CREATE TABLE pledge_events (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        pledge_id           uuid          NOT NULL REFERENCES pledges (id),
        seq                 integer       NOT NULL,
        action              varchar(16)   NOT NULL CHECK (action IN ('apply', 'register', 'disburse', 'repay', 'extend', 'default', 'release', 'withdraw')),
        from_status         varchar(16),
        to_status           varchar(16)   NOT NULL,
        effective_date      date          NOT NULL,
        amount              numeric(18,2) CHECK (amount > 0),
        registration_number varchar(50),
        maturity_date       date,
        note                varchar(500),
        region_code         varchar(6)    NOT NULL,
        department_id       uuid,
        created_at          timestamptz   NOT NULL DEFAULT now(),
        created_by          uuid          NOT NULL,
        created_by_name     varchar(100)  NOT NULL,
        UNIQUE (pledge_id, seq)
      )`);
    await q.query(`CREATE INDEX pledge_events_action_date_idx ON pledge_events (action, effective_date)`);
    await q.query(`
      INSERT INTO pledge_events (pledge_id, seq, action, from_status, to_status, effective_date, region_code, department_id, created_at, created_by, created_by_name)
      SELECT id, 1, 'apply', NULL, 'applied', registration_date, region_code, department_id, created_at, created_by, '' FROM pledges`);
    await q.query(`
      INSERT INTO pledge_events (pledge_id, seq, action, from_status, to_status, effective_date, region_code, department_id, created_at, created_by, created_by_name)
      SELECT id, 2, 'register', 'applied', 'registered', registration_date, region_code, department_id, created_at, created_by, '' FROM pledges`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pledge_events`);
    await q.query(`DROP INDEX pledges_active_right_key`);
    await q.query(`ALTER TABLE pledges DROP CONSTRAINT pledges_status_check, DROP CONSTRAINT pledges_ledger_check`);
    await q.query(`UPDATE pledges SET status = CASE WHEN status IN ('applied', 'registered', 'disbursed', 'extended', 'defaulted') THEN 'active' ELSE 'released' END, registration_date = COALESCE(registration_date, application_date)`);
    await q.query(`
      ALTER TABLE pledges
        DROP COLUMN application_date, DROP COLUMN registration_number, DROP COLUMN disbursement_date, DROP COLUMN maturity_date,
        DROP COLUMN disbursed_amount, DROP COLUMN repaid_amount, DROP COLUMN version, DROP COLUMN updated_at,
        ALTER COLUMN registration_date SET NOT NULL,
        ALTER COLUMN status SET DEFAULT 'active',
        ADD CONSTRAINT pledges_status_check CHECK (status IN ('active', 'released'))`);
    await q.query(`CREATE UNIQUE INDEX pledges_active_right_key ON pledges (right_number) WHERE status = 'active'`);
  }
}
