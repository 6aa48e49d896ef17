import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports and rewards 举报奖励 (with their append-only dated steps), exhibitions with their
 * complaints, e-commerce complaints, and the suspension 中止 of adjudication requests. The
 * reporter's identity is stored in clear (the handling officer works with it) and masked at read.
 */
export class ReportsAndExhibitions1764700000000 implements MigrationInterface {
  name = 'ReportsAndExhibitions1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reports (
        id                   uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        reporter_name        varchar(100)  NOT NULL,
        reporter_phone       varchar(20)   NOT NULL,
        reporter_id_number   varchar(18)   NOT NULL,
        subject              varchar(1000) NOT NULL,
        right_kind           varchar(32)   NOT NULL CHECK (right_kind IN ('patent', 'trademark', 'geographical_indication', 'copyright')),
        received_date        date          NOT NULL,
        handling_officer_id  uuid          NOT NULL,
        handling_officer_name varchar(100) NOT NULL,
        status               varchar(16)   NOT NULL CHECK (status IN ('received', 'verified', 'not_verified', 'reward_proposed', 'reward_approved', 'paid')),
        status_date          date          NOT NULL,
        case_id              uuid          REFERENCES cases (id),
        not_verified_reason  text,
        reward_basis         numeric(18,2),
        reward_amount        numeric(18,2) CHECK (reward_amount IS NULL OR reward_amount >= 0),
        reward_rule          varchar(64),
        paid_date            date,
        version              integer       NOT NULL DEFAULT 1,
        region_code          varchar(6)    NOT NULL,
        department_id        uuid,
        created_by           uuid          NOT NULL,
        created_at           timestamptz   NOT NULL DEFAULT now(),
        updated_at           timestamptz   NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reports_received_idx ON reports (received_date, region_code)`);
    await q.query(`
      CREATE TABLE report_events (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id      uuid          NOT NULL REFERENCES reports (id),
        action         varchar(16)   NOT NULL,
        from_status    varchar(16),
        to_status      varchar(16)   NOT NULL,
        effective_date date          NOT NULL,
        details        jsonb         NOT NULL DEFAULT '{}',
        amount         numeric(18,2),
        note           text,
        actor_id       uuid          NOT NULL,
        actor_name     varchar(100)  NOT NULL,
        recorded_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
        region_code    varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX report_events_report_idx ON report_events (report_id, effective_date, recorded_at)`);
    await q.query(`CREATE INDEX report_events_action_idx ON report_events (action, effective_date)`);
    await q.query(`CREATE TRIGGER report_events_append_only BEFORE UPDATE OR DELETE ON report_events FOR EACH ROW EXECUTE FUNCTION protection_append_only()`);

    await q.query(`
      CREATE TABLE exhibitions (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        name            varchar(200)  NOT NULL,
        venue           varchar(200)  NOT NULL,
        start_date      date          NOT NULL,
        end_date        date          NOT NULL,
        station_name    varchar(200)  NOT NULL,
        station_contact varchar(100),
        region_code     varchar(6)    NOT NULL,
        department_id   uuid,
        created_by      uuid          NOT NULL,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        UNIQUE (name, start_date),
        CHECK (end_date >= start_date)
      )`);
    await q.query(`
      CREATE TABLE exhibition_complaints (
        id                      uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        exhibition_id           uuid          NOT NULL REFERENCES exhibitions (id),
        complainant             varchar(200)  NOT NULL,
        complainant_credit_code varchar(18),
        exhibitor               varchar(200)  NOT NULL,
        booth                   varchar(40)   NOT NULL,
        right_kind              varchar(32)   NOT NULL,
        right_number            varchar(40)   NOT NULL,
        received_date           date          NOT NULL,
        status                  varchar(16)   NOT NULL CHECK (status IN ('pending', 'withdrawn', 'not_established', 'referred')),
        handled_date            date,
        case_id                 uuid          REFERENCES cases (id),
        note                    text,
        version                 integer       NOT NULL DEFAULT 1,
        region_code             varchar(6)    NOT NULL,
        department_id           uuid,
        created_by              uuid          NOT NULL,
        created_at              timestamptz   NOT NULL DEFAULT now(),
        CHECK ((status = 'pending') = (handled_date IS NULL))
      )`);
    await q.query(`CREATE INDEX exhibition_complaints_exhibition_idx ON exhibition_complaints (exhibition_id)`);
    await q.query(`CREATE INDEX exhibition_complaints_handled_idx ON exhibition_complaints (handled_date)`);
    await q.query(`
      CREATE TABLE ecommerce_complaints (
        id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        platform      varchar(100)  NOT NULL,
        shop          varchar(200)  NOT NULL,
        link          varchar(2000) NOT NULL,
        complainant   varchar(200)  NOT NULL,
        right_kind    varchar(32)   NOT NULL,
        right_number  varchar(40)   NOT NULL,
        received_date date          NOT NULL,
        status        varchar(16)   NOT NULL CHECK (status IN ('pending', 'taken_down', 'rejected')),
        outcome_date  date,
        note          text,
        version       integer       NOT NULL DEFAULT 1,
        region_code   varchar(6)    NOT NULL,
        department_id uuid,
        created_by    uuid          NOT NULL,
        created_at    timestamptz   NOT NULL DEFAULT now(),
        updated_at    timestamptz   NOT NULL DEFAULT now(),
        CHECK ((status = 'pending') = (outcome_date IS NULL))
      )`);
    await q.query(`CREATE INDEX ecommerce_complaints_outcome_idx ON ecommerce_complaints (status, outcome_date)`);

    // Adjudication requests may be suspended 中止 and resumed; their time limit excludes the suspension.
    await q.query(`ALTER TABLE adjudication_requests DROP CONSTRAINT adjudication_requests_status_check`);
    await q.query(
      `ALTER TABLE adjudication_requests ADD CONSTRAINT adjudication_requests_status_check CHECK (status IN ('received', 'accepted', 'suspended', 'adjudicated', 'agreed', 'confirmed', 'handed_over', 'withdrawn'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE adjudication_requests DROP CONSTRAINT adjudication_requests_status_check`);
    await q.query(
      `ALTER TABLE adjudication_requests ADD CONSTRAINT adjudication_requests_status_check CHECK (status IN ('received', 'accepted', 'adjudicated', 'agreed', 'confirmed', 'handed_over', 'withdrawn'))`,
    );
    for (const table of ['ecommerce_complaints', 'exhibition_complaints', 'exhibitions', 'report_events', 'reports']) await q.query(`DROP TABLE ${table}`);
  }
}
