import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments of insurance premium subsidies through the maker-checker register: one row per
 * payment entered (a rejected one may be followed by another, never two pending or paid for one
 * policy), and the paid amount and date recorded on the policy once approved.
 */
export class PremiumSubsidyPayments1764400000000 implements MigrationInterface {
  name = 'PremiumSubsidyPayments1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE premium_subsidy_payments (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        policy_id           uuid          NOT NULL REFERENCES insurance_policies (id),
        policy_number       varchar(64)   NOT NULL,
        insurer_name        varchar(200)  NOT NULL,
        insured_name        varchar(200)  NOT NULL,
        insured_credit_code varchar(18)   NOT NULL,
        premium             numeric(18,2) NOT NULL CHECK (premium > 0),
        amount              numeric(18,2) NOT NULL CHECK (amount > 0 AND amount <= premium),
        application_date    date          NOT NULL,
        status              varchar(16)   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        paid_on             date          CHECK (paid_on >= application_date),
        region_code         varchar(6)    NOT NULL,
        department_id       uuid,
        version             integer       NOT NULL DEFAULT 1,
        created_at          timestamptz   NOT NULL DEFAULT now(),
        updated_at          timestamptz   NOT NULL DEFAULT now(),
        created_by          uuid          NOT NULL,
        CONSTRAINT premium_subsidy_payments_paid CHECK ((status = 'approved') = (paid_on IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX premium_subsidy_payments_one_per_policy ON premium_subsidy_payments (policy_id) WHERE status <> 'rejected'`);
    await q.query(`CREATE INDEX premium_subsidy_payments_paid_idx ON premium_subsidy_payments (paid_on) WHERE status = 'approved'`);
    await q.query(`ALTER TABLE insurance_policies ADD COLUMN premium_subsidy_paid_amount numeric(18,2) CHECK (premium_subsidy_paid_amount > 0)`);
    await q.query(`ALTER TABLE insurance_policies ADD COLUMN premium_subsidy_paid_on date`);
    await q.query(`ALTER TABLE insurance_policies ADD CONSTRAINT insurance_policies_subsidy_paid CHECK ((premium_subsidy_paid_amount IS NULL) = (premium_subsidy_paid_on IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE insurance_policies DROP CONSTRAINT insurance_policies_subsidy_paid`);
    await q.query(`ALTER TABLE insurance_policies DROP COLUMN premium_subsidy_paid_on`);
    await q.query(`ALTER TABLE insurance_policies DROP COLUMN premium_subsidy_paid_amount`);
    await q.query(`DROP TABLE premium_subsidy_payments`);
  }
}
