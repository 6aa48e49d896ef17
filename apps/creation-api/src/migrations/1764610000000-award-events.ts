import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Awards that arrive from utilization as `award.granted`: each patent award keeps the award id
 * it came with (at most one award per id), and each event is received once, with what became
 * of it (an award for a patent not registered here is kept with its payload, not applied).
 */
export class AwardEvents1764610000000 implements MigrationInterface {
  name = 'AwardEvents1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE patent_awards ADD COLUMN award_id uuid UNIQUE`);
    await q.query(`
      CREATE TABLE award_event_receipts (
        event_id       uuid         PRIMARY KEY,
        award_id       uuid         NOT NULL,
        patent_number  varchar(20)  NOT NULL,
        outcome        varchar(16)  NOT NULL CHECK (outcome IN ('pending', 'added', 'linked', 'duplicate_award', 'unknown_patent')),
        payload        jsonb        NOT NULL,
        region_code    varchar(6)   NOT NULL,
        received_at    timestamptz  NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX award_event_receipts_unknown_idx ON award_event_receipts (patent_number) WHERE outcome = 'unknown_patent'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE award_event_receipts`);
    await q.query(`ALTER TABLE patent_awards DROP COLUMN award_id`);
  }
}
