import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A supervision record remembers its referral to the protection pillar's blacklist: the id of
 * the `blacklist.referred` event published in the same transaction, and the decision date. Both
 * or neither; at most one referral per record.
 */
export class BlacklistReferral1764300000000 implements MigrationInterface {
  name = 'BlacklistReferral1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE supervision_records
        ADD COLUMN referral_event_id uuid UNIQUE,
        ADD COLUMN referred_on       date,
        ADD CONSTRAINT supervision_records_referral_check CHECK ((referral_event_id IS NULL) = (referred_on IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_records DROP CONSTRAINT supervision_records_referral_check, DROP COLUMN referred_on, DROP COLUMN referral_event_id`);
  }
}
