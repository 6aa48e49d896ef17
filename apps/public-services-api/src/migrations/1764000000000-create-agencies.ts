import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Patent and trademark agencies (public-services pillar). */
export class CreateAgencies1764000000000 implements MigrationInterface {
  name = 'CreateAgencies1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agencies (
        id               uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        name             varchar(200) NOT NULL,
        credit_code      varchar(18)  NOT NULL,
        kind             varchar(16)  NOT NULL CHECK (kind IN ('patent', 'trademark', 'both')),
        licence_number   varchar(40),
        established_date date         NOT NULL,
        region_code      varchar(6)   NOT NULL,
        department_id    uuid,
        created_at       timestamptz  NOT NULL DEFAULT now(),
        created_by       uuid         NOT NULL,
        -- Patent agencies practise under a licence; trademark agencies are only on record.
        CONSTRAINT agencies_licence_check CHECK (kind = 'trademark' OR licence_number IS NOT NULL)
      )`);
    // A credit code names one legal entity nationwide; a branch has its own.
    await q.query(`CREATE UNIQUE INDEX agencies_credit_code_key ON agencies (credit_code)`);
    await q.query(`CREATE INDEX agencies_region_idx ON agencies (region_code, name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agencies`);
  }
}
