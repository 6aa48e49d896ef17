import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patent subsidies 专利资助: rules with effective dates, applications with their dated review
 * steps, abnormal-application flags per entity, and clawback cases with a ledger of recoveries.
 */
export class PatentSubsidies1764500000000 implements MigrationInterface {
  name = 'PatentSubsidies1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subsidy_rules (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        patent_type     varchar(20)   NOT NULL,
        kind            varchar(16)   NOT NULL CHECK (kind IN ('grant', 'pct_filing', 'foreign_filing')),
        amount          numeric(18,2) NOT NULL CHECK (amount >= 0),
        effective_from  date          NOT NULL,
        effective_to    date          CHECK (effective_to IS NULL OR effective_to >= effective_from),
        basis           varchar(200),
        version         integer       NOT NULL DEFAULT 1,
        region_code     varchar(6)    NOT NULL,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        created_by      uuid          NOT NULL
      )`);
    await q.query(`CREATE INDEX subsidy_rules_lookup_idx ON subsidy_rules (patent_type, kind, effective_from)`);
    await q.query(`
      CREATE TABLE subsidy_applications (
        id                uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        credit_code       varchar(18)   NOT NULL,
        entity_name       varchar(200)  NOT NULL,
        patent_id         uuid          NOT NULL REFERENCES patents (id),
        kind              varchar(16)   NOT NULL,
        application_date  date          NOT NULL,
        rule_id           uuid          NOT NULL REFERENCES subsidy_rules (id),
        amount            numeric(18,2) NOT NULL,
        status            varchar(16)   NOT NULL
          CHECK (status IN ('submitted', 'first_passed', 'returned', 'approved', 'rejected', 'paid')),
        paid_on           date,
        voucher_number    varchar(64),
        version           integer       NOT NULL DEFAULT 1,
        region_code       varchar(6)    NOT NULL,
        department_id     uuid,
        created_at        timestamptz   NOT NULL DEFAULT now(),
        created_by        uuid          NOT NULL
      )`);
    // One live application per patent and kind: a rejected one may be applied for again.
    await q.query(`CREATE UNIQUE INDEX subsidy_applications_once_idx ON subsidy_applications (patent_id, kind) WHERE status <> 'rejected'`);
    await q.query(`CREATE INDEX subsidy_applications_paid_idx ON subsidy_applications (paid_on) WHERE paid_on IS NOT NULL`);
    await q.query(`
      CREATE TABLE subsidy_steps (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id  uuid          NOT NULL REFERENCES subsidy_applications (id),
        seq             integer       NOT NULL,
        action          varchar(16)   NOT NULL,
        from_status     varchar(16),
        to_status       varchar(16)   NOT NULL,
        effective_date  date          NOT NULL,
        opinion         varchar(1000),
        actor_id        uuid          NOT NULL,
        actor_name      varchar(100),
        region_code     varchar(6)    NOT NULL,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        UNIQUE (application_id, seq)
      )`);
    await q.query(`
      CREATE TABLE abnormal_flags (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        credit_code         varchar(18)   NOT NULL,
        flagged_on          date          NOT NULL,
        source              varchar(200)  NOT NULL,
        application_number  varchar(16),
        note                varchar(500),
        region_code         varchar(6)    NOT NULL,
        created_at          timestamptz   NOT NULL DEFAULT now(),
        created_by          uuid          NOT NULL
      )`);
    await q.query(`CREATE INDEX abnormal_flags_credit_code_idx ON abnormal_flags (credit_code)`);
    await q.query(`
      CREATE TABLE clawback_cases (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        subsidy_id          uuid          NOT NULL REFERENCES subsidy_applications (id),
        patent_id           uuid          NOT NULL REFERENCES patents (id),
        reason              varchar(16)   NOT NULL CHECK (reason IN ('abnormal', 'lapsed', 'invalidated')),
        opened_on           date          NOT NULL,
        amount_owed         numeric(18,2) NOT NULL CHECK (amount_owed > 0),
        status              varchar(16)   NOT NULL CHECK (status IN ('open', 'recovered', 'written_off')),
        closed_on           date,
        write_off_opinion   varchar(1000),
        version             integer       NOT NULL DEFAULT 1,
        region_code         varchar(6)    NOT NULL,
        created_at          timestamptz   NOT NULL DEFAULT now(),
        created_by          uuid          NOT NULL
      )`);
    // A subsidy is clawed back once, whatever happens to its patent afterwards.
    await q.query(`CREATE UNIQUE INDEX clawback_cases_subsidy_idx ON clawback_cases (subsidy_id)`);
    await q.query(`
      CREATE TABLE clawback_recoveries (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id         uuid          NOT NULL REFERENCES clawback_cases (id),
        received_on     date          NOT NULL,
        amount          numeric(18,2) NOT NULL CHECK (amount > 0),
        voucher_number  varchar(64),
        region_code     varchar(6)    NOT NULL,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        created_by      uuid          NOT NULL
      )`);
    await q.query(`CREATE INDEX clawback_recoveries_case_idx ON clawback_recoveries (case_id, received_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE clawback_recoveries, clawback_cases, abnormal_flags, subsidy_steps, subsidy_applications, subsidy_rules`);
  }
}
