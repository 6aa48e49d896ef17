import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whitelist early warnings already raised, one row per (whitelist entry, matter): a scan raises
 * only the pairs not here and adds them in the same transaction as the alerts it publishes, so a
 * warning is told once instead of being published again on every scan as the history grows.
 */
export class WhitelistWarningsRaised1765100000000 implements MigrationInterface {
  name = 'WhitelistWarningsRaised1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE whitelist_warnings_raised (
        whitelist_id  uuid         NOT NULL REFERENCES whitelist_rights (id),
        record_id     uuid         NOT NULL,
        source        varchar(24)  NOT NULL CHECK (source IN ('adjudication', 'rights_determination', 'case')),
        raised_on     date         NOT NULL,
        region_code   varchar(6)   NOT NULL,
        PRIMARY KEY (whitelist_id, record_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE whitelist_warnings_raised`);
  }
}
