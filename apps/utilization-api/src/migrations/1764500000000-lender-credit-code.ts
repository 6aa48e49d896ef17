import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lender of a pledge identified by its unified social credit code, so the financing by
 * lender counts a bank once however its name was typed. New pledges must carry it (the bank's
 * code is on the registration certificate); pledges recorded before keep NULL until an officer
 * corrects them, and are grouped by their normalized name meanwhile.
 */
export class LenderCreditCode1764500000000 implements MigrationInterface {
  name = 'LenderCreditCode1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pledges ADD COLUMN lender_credit_code varchar(18) CHECK (lender_credit_code ~ '^[0-9A-HJ-NPQRTUW-Y]{18}$')`);
    // The list's filter by lender and the lenders look-up read by code.
    await q.query(`CREATE INDEX pledges_lender_credit_code_idx ON pledges (lender_credit_code) WHERE lender_credit_code IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX pledges_lender_credit_code_idx`);
    await q.query(`ALTER TABLE pledges DROP COLUMN lender_credit_code`);
  }
}
