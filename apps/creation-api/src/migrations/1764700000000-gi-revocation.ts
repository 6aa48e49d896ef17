import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A GI's protection can be revoked 撤销 (a CNIPA announcement, or the GI trademark cancelled): the
 * date it took effect and why. The GI metrics count a GI from its protection date to the day
 * before its revocation, so a past date still counts it.
 */
export class GiRevocation1764700000000 implements MigrationInterface {
  name = 'GiRevocation1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE geographical_indications
        ADD COLUMN revoked_on        date,
        ADD COLUMN revocation_reason varchar(500),
        ADD CONSTRAINT geographical_indications_revocation_check
          CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL) AND (revoked_on IS NULL OR revoked_on >= protected_on))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE geographical_indications DROP COLUMN revoked_on, DROP COLUMN revocation_reason`);
  }
}
