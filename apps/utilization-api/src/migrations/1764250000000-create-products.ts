import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Patent awards, transfer and licence contracts, commercialization projects, IP insurance, securitization (utilization pillar). */
export class CreateProducts1764250000000 implements MigrationInterface {
  name = 'CreateProducts1764250000000';

  async up(q: QueryRunner): Promise<void> {
    const owned = `
        region_code     varchar(6)    NOT NULL,
        department_id   uuid,
        version         integer       NOT NULL DEFAULT 1,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        updated_at      timestamptz   NOT NULL DEFAULT now(),
        created_by      uuid          NOT NULL`;

    await q.query(`
      CREATE TABLE awards (
        id                 uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind               varchar(16)   NOT NULL CHECK (kind IN ('patent_award', 'sci_tech_award')),
        level              varchar(16)   NOT NULL CHECK (level IN ('national', 'provincial', 'municipal')),
        year               integer       NOT NULL CHECK (year BETWEEN 1985 AND 2100),
        grade              varchar(16)   NOT NULL CHECK (grade IN ('gold', 'silver', 'excellence', 'special', 'first', 'second', 'third')),
        award_name         varchar(200)  NOT NULL,
        patent_number      varchar(24)   NOT NULL,
        patent_title       varchar(300)  NOT NULL,
        holder_name        varchar(200)  NOT NULL,
        holder_credit_code varchar(18),
        announced_date     date,
        note               varchar(500),${owned}
      )`);
    // A patent wins one award of a kind and level in a year; a second entry is a duplicate.
    await q.query(`CREATE UNIQUE INDEX awards_patent_kind_level_year_key ON awards (patent_number, kind, level, year)`);
    await q.query(`CREATE INDEX awards_region_year_idx ON awards (region_code, year)`);

    await q.query(`
      CREATE TABLE transfer_contracts (
        id                   uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                 varchar(16)   NOT NULL CHECK (kind IN ('assignment', 'license')),
        license_kind         varchar(16)   CHECK (license_kind IN ('exclusive', 'sole', 'ordinary')),
        rights               jsonb         NOT NULL,
        contract_number      varchar(64),
        licensor_name        varchar(200)  NOT NULL,
        licensor_credit_code varchar(18),
        licensee_name        varchar(200)  NOT NULL,
        licensee_credit_code varchar(18)   NOT NULL,
        amount               numeric(18,2) NOT NULL CHECK (amount >= 0),
        contract_date        date          NOT NULL,
        registration_number  varchar(64),
        registration_date    date,
        term_from            date,
        term_to              date,
        note                 varchar(500),${owned},
        CHECK ((kind = 'license') = (license_kind IS NOT NULL)),
        CHECK (registration_date IS NULL OR registration_date >= contract_date),
        CHECK (term_to IS NULL OR term_from IS NULL OR term_to > term_from)
      )`);
    await q.query(`CREATE INDEX transfer_contracts_region_date_idx ON transfer_contracts (region_code, contract_date DESC)`);
    await q.query(`CREATE INDEX transfer_contracts_rights_idx ON transfer_contracts USING gin (rights jsonb_path_ops)`);

    await q.query(`
      CREATE TABLE commercialization_projects (
        id                     uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        name                   varchar(200)  NOT NULL,
        enterprise_name        varchar(200)  NOT NULL,
        enterprise_credit_code varchar(18)   NOT NULL,
        rights                 jsonb         NOT NULL,
        start_date             date          NOT NULL,
        end_date               date          CHECK (end_date IS NULL OR end_date > start_date),
        description            varchar(2000),${owned}
      )`);
    // Support funds are a ledger: rows are added, never changed; the project's total is their sum.
    await q.query(`
      CREATE TABLE commercialization_funds (
        id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id    uuid          NOT NULL REFERENCES commercialization_projects (id),
        seq           integer       NOT NULL,
        source        varchar(16)   NOT NULL CHECK (source IN ('national', 'provincial', 'municipal', 'district')),
        programme     varchar(200)  NOT NULL,
        amount        numeric(18,2) NOT NULL CHECK (amount > 0),
        granted_date  date          NOT NULL,
        region_code   varchar(6)    NOT NULL,
        created_at    timestamptz   NOT NULL DEFAULT now(),
        created_by    uuid          NOT NULL,
        UNIQUE (project_id, seq)
      )`);

    await q.query(`
      CREATE TABLE insurance_policies (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                varchar(32)   NOT NULL CHECK (kind IN ('patent_enforcement', 'infringement_liability', 'pledge_loan_guarantee', 'overseas')),
        policy_number       varchar(64)   NOT NULL UNIQUE,
        insurer_name        varchar(200)  NOT NULL,
        insured_name        varchar(200)  NOT NULL,
        insured_credit_code varchar(18)   NOT NULL,
        insured_sum         numeric(18,2) NOT NULL CHECK (insured_sum > 0),
        premium             numeric(18,2) NOT NULL CHECK (premium > 0),
        premium_subsidy     numeric(18,2) NOT NULL CHECK (premium_subsidy >= 0 AND premium_subsidy <= premium),
        period_from         date          NOT NULL,
        period_to           date          NOT NULL CHECK (period_to > period_from),
        rights              jsonb         NOT NULL DEFAULT '[]',
        note                varchar(500),${owned}
      )`);
    await q.query(`CREATE INDEX insurance_policies_region_from_idx ON insurance_policies (region_code, period_from DESC)`);
    await q.query(`
      CREATE TABLE insurance_claims (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        policy_id       uuid          NOT NULL REFERENCES insurance_policies (id),
        seq             integer       NOT NULL,
        filed_date      date          NOT NULL,
        claimed_amount  numeric(18,2) NOT NULL CHECK (claimed_amount > 0),
        description     varchar(1000) NOT NULL,
        status          varchar(16)   NOT NULL CHECK (status IN ('filed', 'paid', 'refused')),
        paid_amount     numeric(18,2) CHECK (paid_amount > 0 AND paid_amount <= claimed_amount),
        decided_date    date          CHECK (decided_date >= filed_date),
        refusal_reason  varchar(500),
        decided_by      uuid,${owned},
        UNIQUE (policy_id, seq),
        CHECK ((status = 'paid') = (paid_amount IS NOT NULL)),
        CHECK ((status = 'filed') = (decided_date IS NULL))
      )`);

    await q.query(`
      CREATE TABLE securitization_products (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind           varchar(16)   NOT NULL CHECK (kind IN ('abs', 'abn', 'trust')),
        name           varchar(200)  NOT NULL,
        code           varchar(32),
        issuer_name    varchar(200)  NOT NULL,
        amount         numeric(18,2) NOT NULL CHECK (amount > 0),
        issue_date     date          NOT NULL,
        maturity_date  date          CHECK (maturity_date IS NULL OR maturity_date > issue_date),
        rights         jsonb         NOT NULL,
        enterprises    jsonb         NOT NULL,
        note           varchar(500),${owned}
      )`);
    await q.query(`CREATE INDEX securitization_products_region_issue_idx ON securitization_products (region_code, issue_date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE securitization_products, insurance_claims, insurance_policies, commercialization_funds, commercialization_projects, transfer_contracts, awards`);
  }
}
