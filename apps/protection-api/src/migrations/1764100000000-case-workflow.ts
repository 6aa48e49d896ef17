import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case's life: the full set of statuses, a version for optimistic locking, what the decision,
 * transfer or mediation recorded, and the dated, append-only timeline the metrics are computed
 * from (a past date's figures are reproduced from it, never from the current status). Parties and
 * assigned officers become part of the case.
 */
export class CaseWorkflow1764100000000 implements MigrationInterface {
  name = 'CaseWorkflow1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_status_check`);
    await q.query(`
      ALTER TABLE cases
        ADD CONSTRAINT cases_status_check CHECK (status IN ('registered', 'investigating', 'decided', 'executed', 'closed',
          'transferred', 'withdrawn', 'mediated')),
        ADD COLUMN version                 integer       NOT NULL DEFAULT 1,
        ADD COLUMN status_date             date,
        ADD COLUMN outcome                 varchar(16)   CHECK (outcome IN ('punished', 'not_established')),
        ADD COLUMN decision_number         varchar(64),
        ADD COLUMN fine_amount             numeric(18,2) CHECK (fine_amount >= 0),
        ADD COLUMN confiscation_amount     numeric(18,2) CHECK (confiscation_amount >= 0),
        ADD COLUMN transfer_recipient_kind varchar(8)    CHECK (transfer_recipient_kind IN ('police', 'court')),
        ADD COLUMN transfer_recipient_name varchar(200),
        ADD COLUMN agreement_date          date,
        ADD COLUMN updated_at              timestamptz   NOT NULL DEFAULT now()`);
    await q.query(`UPDATE cases SET status_date = registered_date`);
    await q.query(`ALTER TABLE cases ALTER COLUMN status_date SET NOT NULL`);

    await q.query(`
      CREATE TABLE case_events (
        id                  uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id             uuid          NOT NULL REFERENCES cases (id),
        action              varchar(16)   NOT NULL,
        from_status         varchar(16),
        to_status           varchar(16)   NOT NULL,
        effective_date      date          NOT NULL,
        details             jsonb         NOT NULL DEFAULT '{}',
        -- Kept as columns (not only in details) so the fines metric sums exact numerics in SQL.
        fine_amount         numeric(18,2),
        confiscation_amount numeric(18,2),
        note                text,
        actor_id            uuid          NOT NULL,
        actor_name          varchar(100)  NOT NULL,
        recorded_at         timestamptz   NOT NULL DEFAULT clock_timestamp(),
        region_code         varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, effective_date, recorded_at)`);
    await q.query(`CREATE INDEX case_events_status_idx ON case_events (to_status, effective_date)`);
    // A case file is a legal record: a step once recorded is never changed or removed.
    await q.query(`
      CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_events is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION case_events_append_only()`);
    await q.query(`
      INSERT INTO case_events (case_id, action, from_status, to_status, effective_date, actor_id, actor_name, recorded_at, region_code)
      SELECT id, 'register', NULL, 'registered', registered_date, created_by, '', created_at, region_code FROM cases`);

    await q.query(`
      CREATE TABLE case_parties (
        id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id     uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position    smallint     NOT NULL,
        kind        varchar(16)  NOT NULL CHECK (kind IN ('organization', 'person')),
        role        varchar(16)  NOT NULL CHECK (role IN ('respondent', 'right_holder')),
        name        varchar(200) NOT NULL,
        credit_code varchar(18),
        region_code varchar(6)   NOT NULL,
        CHECK ((kind = 'organization') = (credit_code IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX case_parties_case_idx ON case_parties (case_id, position)`);
    await q.query(`CREATE INDEX case_parties_credit_code_idx ON case_parties (credit_code) WHERE credit_code IS NOT NULL`);

    await q.query(`
      CREATE TABLE case_officers (
        case_id     uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        user_id     uuid         NOT NULL,
        position    smallint     NOT NULL,
        name        varchar(100) NOT NULL,
        region_code varchar(6)   NOT NULL,
        PRIMARY KEY (case_id, user_id)
      )`);
    await q.query(`CREATE INDEX case_officers_user_idx ON case_officers (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_officers`);
    await q.query(`DROP TABLE case_parties`);
    await q.query(`DROP TABLE case_events`);
    await q.query(`DROP FUNCTION case_events_append_only()`);
    await q.query(`DELETE FROM cases WHERE status NOT IN ('registered', 'investigating', 'decided', 'closed')`);
    await q.query(`
      ALTER TABLE cases DROP CONSTRAINT cases_status_check,
        DROP COLUMN version, DROP COLUMN status_date, DROP COLUMN outcome, DROP COLUMN decision_number,
        DROP COLUMN fine_amount, DROP COLUMN confiscation_amount, DROP COLUMN transfer_recipient_kind,
        DROP COLUMN transfer_recipient_name, DROP COLUMN agreement_date, DROP COLUMN updated_at,
        ADD CONSTRAINT cases_status_check CHECK (status IN ('registered', 'investigating', 'decided', 'closed'))`);
  }
}
