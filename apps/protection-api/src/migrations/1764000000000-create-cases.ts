import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Administrative enforcement cases (protection pillar). */
export class CreateCases1764000000000 implements MigrationInterface {
  name = 'CreateCases1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cases (
        id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        case_number     varchar(64)  NOT NULL,
        kind            varchar(32)  NOT NULL CHECK (kind IN ('trademark_infringement', 'patent_dispute',
                          'counterfeit_patent', 'copyright', 'trade_secret', 'unfair_competition', 'gi_misuse')),
        source          varchar(16)  NOT NULL CHECK (source IN ('complaint', 'report', 'inspection', 'referral')),
        title           varchar(200) NOT NULL,
        registered_date date         NOT NULL,
        status          varchar(16)  NOT NULL DEFAULT 'registered'
          CHECK (status IN ('registered', 'investigating', 'decided', 'closed')),
        region_code     varchar(6)   NOT NULL,
        department_id   uuid,
        created_at      timestamptz  NOT NULL DEFAULT now(),
        created_by      uuid         NOT NULL
      )`);
    // A case number carries the issuing bureau's abbreviation (汕市监…), so within the region a
    // deployment serves the same text never names two cases.
    await q.query(`CREATE UNIQUE INDEX cases_case_number_key ON cases (case_number)`);
    await q.query(`CREATE INDEX cases_region_registered_idx ON cases (region_code, registered_date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cases`);
  }
}
