import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit lists, the key-enterprise list and adjudication/mediation requests. The blacklist's and
 * the requests' dated steps are append-only tables, so whether a credit code was listed on a past
 * date, or how many agreements were signed in a past period, is reproduced from them.
 */
export class CreditListsAndAdjudication1764600000000 implements MigrationInterface {
  name = 'CreditListsAndAdjudication1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION protection_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$`);

    await q.query(`
      CREATE TABLE blacklist_entries (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind   varchar(16)   NOT NULL CHECK (subject_kind IN ('infringer', 'agency')),
        credit_code    varchar(18)   NOT NULL,
        name           varchar(200)  NOT NULL,
        grounds        text          NOT NULL,
        source         varchar(16)   NOT NULL CHECK (source IN ('case', 'referral')),
        case_id        uuid          REFERENCES cases (id),
        referral_id    uuid          UNIQUE,
        violation      varchar(100),
        decided_on     date          NOT NULL,
        status         varchar(16)   NOT NULL CHECK (status IN ('pending', 'published', 'removed')),
        listed_date    date          NOT NULL,
        published_date date,
        removed_date   date,
        version        integer       NOT NULL DEFAULT 1,
        region_code    varchar(6)    NOT NULL,
        department_id  uuid,
        created_by     uuid,
        created_at     timestamptz   NOT NULL DEFAULT now(),
        updated_at     timestamptz   NOT NULL DEFAULT now(),
        CHECK ((source = 'case') = (case_id IS NOT NULL)),
        CHECK ((source = 'referral') = (referral_id IS NOT NULL)),
        UNIQUE (case_id, credit_code)
      )`);
    await q.query(`CREATE INDEX blacklist_entries_credit_code_idx ON blacklist_entries (credit_code)`);
    await q.query(`
      CREATE TABLE blacklist_events (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id       uuid          NOT NULL REFERENCES blacklist_entries (id),
        action         varchar(16)   NOT NULL CHECK (action IN ('list', 'publish', 'remove')),
        from_status    varchar(16),
        to_status      varchar(16)   NOT NULL,
        effective_date date          NOT NULL,
        reason         text,
        actor_id       uuid,
        actor_name     varchar(100)  NOT NULL,
        recorded_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
        region_code    varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX blacklist_events_entry_idx ON blacklist_events (entry_id, effective_date, recorded_at)`);
    await q.query(`CREATE TRIGGER blacklist_events_append_only BEFORE UPDATE OR DELETE ON blacklist_events FOR EACH ROW EXECUTE FUNCTION protection_append_only()`);

    await q.query(`
      CREATE TABLE whitelist_rights (
        id                uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        right_kind        varchar(32)   NOT NULL CHECK (right_kind IN ('patent', 'trademark', 'geographical_indication', 'copyright')),
        right_number      varchar(40)   NOT NULL,
        right_name        varchar(200)  NOT NULL,
        owner_name        varchar(200)  NOT NULL,
        owner_credit_code varchar(18)   NOT NULL,
        valid_from        date          NOT NULL,
        valid_to          date,
        version           integer       NOT NULL DEFAULT 1,
        region_code       varchar(6)    NOT NULL,
        department_id     uuid,
        created_by        uuid          NOT NULL,
        created_at        timestamptz   NOT NULL DEFAULT now(),
        updated_at        timestamptz   NOT NULL DEFAULT now(),
        UNIQUE (right_kind, right_number),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX whitelist_rights_owner_idx ON whitelist_rights (owner_credit_code)`);

    await q.query(`
      CREATE TABLE key_enterprise_batches (
        id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        name          varchar(200)  NOT NULL UNIQUE,
        admitted_on   date          NOT NULL,
        region_code   varchar(6)    NOT NULL,
        department_id uuid,
        created_by    uuid          NOT NULL,
        created_at    timestamptz   NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE key_enterprises (
        id           uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id     uuid          NOT NULL REFERENCES key_enterprise_batches (id),
        credit_code  varchar(18)   NOT NULL,
        name         varchar(200)  NOT NULL,
        admitted_on  date          NOT NULL,
        region_code  varchar(6)    NOT NULL,
        UNIQUE (batch_id, credit_code)
      )`);
    await q.query(`CREATE INDEX key_enterprises_credit_code_idx ON key_enterprises (credit_code, admitted_on)`);
    await q.query(`
      CREATE TABLE key_enterprise_rights (
        enterprise_id uuid          NOT NULL REFERENCES key_enterprises (id),
        position      smallint      NOT NULL,
        right_kind    varchar(32)   NOT NULL,
        right_number  varchar(40)   NOT NULL,
        right_name    varchar(200),
        region_code   varchar(6)    NOT NULL,
        PRIMARY KEY (enterprise_id, position)
      )`);

    await q.query(`
      CREATE TABLE adjudication_requests (
        id                     uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                   varchar(16)   NOT NULL CHECK (kind IN ('adjudication', 'mediation')),
        request_number         varchar(64)   NOT NULL UNIQUE,
        subject                varchar(500)  NOT NULL,
        patent_number          varchar(40),
        applicant_name         varchar(200)  NOT NULL,
        applicant_credit_code  varchar(18),
        respondent_name        varchar(200)  NOT NULL,
        respondent_credit_code varchar(18),
        received_date          date          NOT NULL,
        accepted_date          date,
        status                 varchar(16)   NOT NULL CHECK (status IN ('received', 'accepted', 'adjudicated', 'agreed', 'confirmed', 'handed_over', 'withdrawn')),
        status_date            date          NOT NULL,
        version                integer       NOT NULL DEFAULT 1,
        region_code            varchar(6)    NOT NULL,
        department_id          uuid,
        created_by             uuid          NOT NULL,
        created_at             timestamptz   NOT NULL DEFAULT now(),
        updated_at             timestamptz   NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE adjudication_events (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id     uuid          NOT NULL REFERENCES adjudication_requests (id),
        action         varchar(16)   NOT NULL,
        from_status    varchar(16),
        to_status      varchar(16)   NOT NULL,
        effective_date date          NOT NULL,
        details        jsonb         NOT NULL DEFAULT '{}',
        note           text,
        actor_id       uuid          NOT NULL,
        actor_name     varchar(100)  NOT NULL,
        recorded_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
        region_code    varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX adjudication_events_request_idx ON adjudication_events (request_id, effective_date, recorded_at)`);
    await q.query(`CREATE INDEX adjudication_events_action_idx ON adjudication_events (action, effective_date)`);
    await q.query(`CREATE TRIGGER adjudication_events_append_only BEFORE UPDATE OR DELETE ON adjudication_events FOR EACH ROW EXECUTE FUNCTION protection_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['adjudication_events', 'adjudication_requests', 'key_enterprise_rights', 'key_enterprises', 'key_enterprise_batches', 'whitelist_rights', 'blacklist_events', 'blacklist_entries']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION protection_append_only()`);
  }
}
