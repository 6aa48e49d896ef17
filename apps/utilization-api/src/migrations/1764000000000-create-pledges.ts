import type { MigrationInterface, QueryRunner } from 'typeorm';

/** IP pledge financing registrations (utilization pillar). */
export class CreatePledges1764000000000 implements MigrationInterface {
  name = 'CreatePledges1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pledges (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        pledgor_name        varchar(200)  NOT NULL,
        pledgor_credit_code varchar(18)   NOT NULL,
        right_kind          varchar(16)   NOT NULL CHECK (right_kind IN ('patent', 'trademark', 'gi')),
        right_number        varchar(24)   NOT NULL,
        lender_name         varchar(200)  NOT NULL,
        loan_amount         numeric(18,2) NOT NULL CHECK (loan_amount > 0),
        registration_date   date          NOT NULL,
        status              varchar(16)   NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released')),
        region_code         varchar(6)    NOT NULL,
        department_id       uuid,
        created_at          timestamptz   NOT NULL DEFAULT now(),
        created_by          uuid          NOT NULL
      )`);
    // One right, one active pledge. Keyed by the number alone: patent numbers (ZL…) and
    // registration numbers (digits) never coincide, and a GI mark is itself a registered
    // trademark, so the same number pledged as 'gi' and as 'trademark' is the same right.
    await q.query(`CREATE UNIQUE INDEX pledges_active_right_key ON pledges (right_number) WHERE status = 'active'`);
    await q.query(`CREATE INDEX pledges_region_registered_idx ON pledges (region_code, registration_date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pledges`);
  }
}
