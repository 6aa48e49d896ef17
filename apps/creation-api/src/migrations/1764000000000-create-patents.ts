import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Patents, one row per CNIPA application (creation pillar). Tables land in the service's schema. */
export class CreatePatents1764000000000 implements MigrationInterface {
  name = 'CreatePatents1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE patents (
        id                    uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        application_number    varchar(16)  NOT NULL,
        patent_type           varchar(20)  NOT NULL
          CHECK (patent_type IN ('invention', 'utility_model', 'design', 'pct_invention', 'pct_utility_model')),
        title                 varchar(200) NOT NULL,
        applicant_name        varchar(200) NOT NULL,
        applicant_credit_code varchar(18),
        filing_date           date         NOT NULL,
        status                varchar(16)  NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'granted', 'rejected', 'withdrawn', 'lapsed')),
        region_code           varchar(6)   NOT NULL,
        department_id         uuid,
        created_at            timestamptz  NOT NULL DEFAULT now(),
        created_by            uuid         NOT NULL
      )`);
    // An application number names one application nationwide, so it is unique in the table and
    // with that in every region the deployment serves.
    await q.query(`CREATE UNIQUE INDEX patents_application_number_key ON patents (application_number)`);
    await q.query(`CREATE INDEX patents_region_created_idx ON patents (region_code, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE patents`);
  }
}
