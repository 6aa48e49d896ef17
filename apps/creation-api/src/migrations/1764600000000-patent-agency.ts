import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The patent agency 代理机构 (by credit code) and the practising agent 专利代理师 (by licence
 * number) recorded on a patent, so that agencies can be supervised by how their applications
 * fared (`GET /agency-facts`). Both optional: an applicant may file without an agency.
 */
export class PatentAgency1764600000000 implements MigrationInterface {
  name = 'PatentAgency1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE patents ADD COLUMN agency_credit_code varchar(18), ADD COLUMN agent_licence_number varchar(40)`);
    await q.query(`ALTER TABLE patents ADD CONSTRAINT patents_agent_needs_agency CHECK (agent_licence_number IS NULL OR agency_credit_code IS NOT NULL)`);
    await q.query(`CREATE INDEX patents_agency_idx ON patents (agency_credit_code, filing_date) WHERE agency_credit_code IS NOT NULL`);
    // The agency facts count flags per application number.
    await q.query(`CREATE INDEX abnormal_flags_application_idx ON abnormal_flags (application_number) WHERE application_number IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX abnormal_flags_application_idx`);
    await q.query(`ALTER TABLE patents DROP COLUMN agent_licence_number, DROP COLUMN agency_credit_code`);
  }
}
