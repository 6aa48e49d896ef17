import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Branches 分支机构 of agencies: a branch names its head office, itself a registered agency. */
export class AgencyBranches1764400000000 implements MigrationInterface {
  name = 'AgencyBranches1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agencies ADD COLUMN head_agency_id uuid REFERENCES agencies (id) CONSTRAINT agencies_not_own_branch CHECK (head_agency_id <> id)`);
    await q.query(`CREATE INDEX agencies_head_idx ON agencies (head_agency_id) WHERE head_agency_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agencies_head_idx`);
    await q.query(`ALTER TABLE agencies DROP COLUMN head_agency_id`);
  }
}
