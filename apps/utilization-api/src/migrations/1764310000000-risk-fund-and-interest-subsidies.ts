import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The money core of the pillar: the risk-compensation fund as an append-only ledger, lenders'
 * claims on defaulted loans, interest subsidies with their line-by-line calculation, and the
 * maker-checker register every payment out goes through.
 *
 * The fund's balance can never go negative. The service locks the fund row (FOR UPDATE) and
 * checks before it writes; below that, the ledger's insert trigger moves `funds.balance` under
 * the same row lock and its CHECK refuses a negative result, and an outflow may not be dated
 * before the latest entry (so no past date's balance can turn negative either).
 */
export class RiskFundAndInterestSubsidies1764310000000 implements MigrationInterface {
  name = 'RiskFundAndInterestSubsidies1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payment_approvals (
        id               uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind             varchar(32)   NOT NULL,
        subject_id       uuid          NOT NULL,
        summary          varchar(300)  NOT NULL,
        amount           numeric(18,2) NOT NULL CHECK (amount > 0),
        status           varchar(16)   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        entered_by       uuid          NOT NULL,
        entered_by_name  varchar(100)  NOT NULL,
        entered_at       timestamptz   NOT NULL DEFAULT now(),
        decided_by       uuid,
        decided_by_name  varchar(100),
        decided_on       date,
        decided_at       timestamptz,
        opinion          varchar(1000),
        region_code      varchar(6)    NOT NULL,
        department_id    uuid,
        UNIQUE (kind, subject_id),
        -- Maker-checker: the person who entered a payment never decides it.
        CONSTRAINT payment_approvals_four_eyes CHECK (decided_by IS NULL OR decided_by <> entered_by),
        CONSTRAINT payment_approvals_decided CHECK ((status = 'pending') = (decided_by IS NULL) AND (status = 'pending') = (decided_on IS NULL)),
        CONSTRAINT payment_approvals_rejection_opinion CHECK (status <> 'rejected' OR opinion IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX payment_approvals_status_idx ON payment_approvals (status, entered_at)`);

    await q.query(`
      CREATE TABLE funds (
        id           uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        name         varchar(200)  NOT NULL,
        balance      numeric(18,2) NOT NULL DEFAULT 0 CONSTRAINT funds_balance_not_negative CHECK (balance >= 0),
        region_code  varchar(6)    NOT NULL,
        department_id uuid,
        created_at   timestamptz   NOT NULL DEFAULT now(),
        created_by   uuid          NOT NULL
      )`);
    await q.query(`
      CREATE TABLE fund_rules (
        id                 uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        fund_id            uuid          NOT NULL REFERENCES funds (id),
        compensation_ratio numeric(5,4)  NOT NULL CHECK (compensation_ratio > 0 AND compensation_ratio <= 1),
        cap_per_loan       numeric(18,2) NOT NULL CHECK (cap_per_loan > 0),
        effective_from     date          NOT NULL,
        effective_to       date          CHECK (effective_to IS NULL OR effective_to >= effective_from),
        basis              varchar(200),
        region_code        varchar(6)    NOT NULL,
        created_at         timestamptz   NOT NULL DEFAULT now(),
        created_by         uuid          NOT NULL
      )`);
    await q.query(`
      CREATE TABLE fund_claims (
        id                 uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        fund_id            uuid          NOT NULL REFERENCES funds (id),
        pledge_id          uuid          NOT NULL REFERENCES pledges (id),
        -- The loan's parties and the rule's figures as they stood when the claim was entered.
        lender_name        varchar(200)  NOT NULL,
        pledgor_name       varchar(200)  NOT NULL,
        pledgor_credit_code varchar(18)  NOT NULL,
        default_date       date          NOT NULL,
        claim_date         date          NOT NULL,
        loss_amount        numeric(18,2) NOT NULL CHECK (loss_amount > 0),
        rule_id            uuid          NOT NULL REFERENCES fund_rules (id),
        compensation_ratio numeric(5,4)  NOT NULL,
        cap_per_loan       numeric(18,2) NOT NULL,
        computed_amount    numeric(18,2) NOT NULL,
        amount             numeric(18,2) NOT NULL CHECK (amount > 0 AND amount <= computed_amount AND amount <= cap_per_loan),
        recovered_amount   numeric(18,2) NOT NULL DEFAULT 0 CHECK (recovered_amount >= 0 AND recovered_amount <= amount),
        status             varchar(16)   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        paid_on            date,
        note               varchar(500),
        region_code        varchar(6)    NOT NULL,
        department_id      uuid,
        version            integer       NOT NULL DEFAULT 1,
        created_at         timestamptz   NOT NULL DEFAULT now(),
        updated_at         timestamptz   NOT NULL DEFAULT now(),
        created_by         uuid          NOT NULL
      )`);
    // One loan, one claim that stands (a rejected one may be entered again, corrected).
    await q.query(`CREATE UNIQUE INDEX fund_claims_one_per_loan ON fund_claims (pledge_id) WHERE status <> 'rejected'`);

    await q.query(`
      CREATE TABLE fund_ledger (
        id           uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        seq          bigserial     NOT NULL UNIQUE,
        fund_id      uuid          NOT NULL REFERENCES funds (id),
        kind         varchar(16)   NOT NULL CHECK (kind IN ('contribution', 'claim_payment', 'recovery')),
        entry_date   date          NOT NULL,
        amount       numeric(18,2) NOT NULL CHECK (amount > 0),
        funder_name  varchar(200),
        pledge_id    uuid          REFERENCES pledges (id),
        claim_id     uuid          REFERENCES fund_claims (id),
        note         varchar(500),
        region_code  varchar(6)    NOT NULL,
        created_at   timestamptz   NOT NULL DEFAULT now(),
        created_by   uuid          NOT NULL,
        created_by_name varchar(100) NOT NULL,
        -- Every payment and recovery is traceable to its loan and claim; a contribution names its funder.
        CONSTRAINT fund_ledger_traceable CHECK (
          (kind = 'contribution' AND funder_name IS NOT NULL AND pledge_id IS NULL AND claim_id IS NULL)
          OR (kind <> 'contribution' AND pledge_id IS NOT NULL AND claim_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX fund_ledger_fund_date_idx ON fund_ledger (fund_id, entry_date, seq)`);
    // The ledger is the fund's books: an entry once made is never changed or removed.
    await q.query(`
      CREATE FUNCTION fund_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'fund_ledger is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER fund_ledger_append_only BEFORE UPDATE OR DELETE ON fund_ledger FOR EACH ROW EXECUTE FUNCTION fund_ledger_append_only()`);
    // The last line under the service's own check: moves the balance under the fund's row lock
    // (funds_balance_not_negative refuses a negative result) and keeps outflows in date order.
    await q.query(`
      CREATE FUNCTION fund_ledger_post() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        latest date;
      BEGIN
        PERFORM 1 FROM funds WHERE id = NEW.fund_id FOR UPDATE;
        IF NEW.kind = 'claim_payment' THEN
          SELECT max(entry_date) INTO latest FROM fund_ledger WHERE fund_id = NEW.fund_id;
          IF latest IS NOT NULL AND NEW.entry_date < latest THEN
            RAISE EXCEPTION 'a payment out of fund % can not be dated % before its latest entry %', NEW.fund_id, NEW.entry_date, latest
              USING ERRCODE = 'check_violation';
          END IF;
          UPDATE funds SET balance = balance - NEW.amount WHERE id = NEW.fund_id;
        ELSE
          UPDATE funds SET balance = balance + NEW.amount WHERE id = NEW.fund_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER fund_ledger_post BEFORE INSERT ON fund_ledger FOR EACH ROW EXECUTE FUNCTION fund_ledger_post()`);

    await q.query(`
      CREATE TABLE interest_subsidy_rules (
        id                        uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        subsidy_ratio             numeric(5,4)  NOT NULL CHECK (subsidy_ratio > 0 AND subsidy_ratio <= 1),
        annual_cap_per_enterprise numeric(18,2) NOT NULL CHECK (annual_cap_per_enterprise > 0),
        effective_from            date          NOT NULL,
        effective_to              date          CHECK (effective_to IS NULL OR effective_to >= effective_from),
        basis                     varchar(200),
        region_code               varchar(6)    NOT NULL,
        created_at                timestamptz   NOT NULL DEFAULT now(),
        created_by                uuid          NOT NULL
      )`);
    await q.query(`
      CREATE TABLE interest_subsidies (
        id                     uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        pledge_id              uuid          NOT NULL REFERENCES pledges (id),
        enterprise_credit_code varchar(18)   NOT NULL,
        enterprise_name        varchar(200)  NOT NULL,
        lender_name            varchar(200)  NOT NULL,
        application_date       date          NOT NULL,
        interest_total         numeric(18,2) NOT NULL CHECK (interest_total > 0),
        amount                 numeric(18,2) NOT NULL CHECK (amount > 0),
        status                 varchar(16)   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        paid_on                date,
        region_code            varchar(6)    NOT NULL,
        department_id          uuid,
        version                integer       NOT NULL DEFAULT 1,
        created_at             timestamptz   NOT NULL DEFAULT now(),
        updated_at             timestamptz   NOT NULL DEFAULT now(),
        created_by             uuid          NOT NULL,
        CONSTRAINT interest_subsidies_paid CHECK ((status = 'approved') = (paid_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX interest_subsidies_paid_idx ON interest_subsidies (paid_on) WHERE status = 'approved'`);
    await q.query(`
      CREATE TABLE interest_subsidy_lines (
        subsidy_id           uuid          NOT NULL REFERENCES interest_subsidies (id),
        line_no              integer       NOT NULL,
        enterprise_credit_code varchar(18) NOT NULL,
        period_from          date          NOT NULL,
        period_to            date          NOT NULL,
        paid_on              date          NOT NULL,
        interest_paid        numeric(18,2) NOT NULL CHECK (interest_paid > 0),
        rule_id              uuid          NOT NULL REFERENCES interest_subsidy_rules (id),
        subsidy_ratio        numeric(5,4)  NOT NULL,
        computed             numeric(18,2) NOT NULL,
        cap_year             integer       NOT NULL,
        annual_cap           numeric(18,2) NOT NULL,
        cap_remaining_before numeric(18,2) NOT NULL,
        granted              numeric(18,2) NOT NULL CHECK (granted >= 0 AND granted <= computed AND granted <= cap_remaining_before),
        region_code          varchar(6)    NOT NULL,
        PRIMARY KEY (subsidy_id, line_no)
      )`);
    await q.query(`CREATE INDEX interest_subsidy_lines_cap_idx ON interest_subsidy_lines (enterprise_credit_code, cap_year)`);
    await q.query(`
      CREATE FUNCTION interest_subsidy_lines_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'interest_subsidy_lines is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER interest_subsidy_lines_append_only BEFORE UPDATE OR DELETE ON interest_subsidy_lines FOR EACH ROW EXECUTE FUNCTION interest_subsidy_lines_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE interest_subsidy_lines`);
    await q.query(`DROP FUNCTION interest_subsidy_lines_append_only()`);
    await q.query(`DROP TABLE interest_subsidies`);
    await q.query(`DROP TABLE interest_subsidy_rules`);
    await q.query(`DROP TABLE fund_ledger`);
    await q.query(`DROP FUNCTION fund_ledger_post()`);
    await q.query(`DROP FUNCTION fund_ledger_append_only()`);
    await q.query(`DROP TABLE fund_claims`);
    await q.query(`DROP TABLE fund_rules`);
    await q.query(`DROP TABLE funds`);
    await q.query(`DROP TABLE payment_approvals`);
  }
}
