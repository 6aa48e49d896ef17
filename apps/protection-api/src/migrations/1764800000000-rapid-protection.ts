import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rapid protection centre (registered enterprises, pre-examination and rights-determination
 * requests with their dated steps), the rights-protection workstations and their assistance
 * requests, and overseas assistance (disputes with their dated steps, risk alerts and their
 * recipients). Dated steps are append-only (protection_append_only from 1764600000000), so a past
 * period's figures are reproduced from them.
 */
export class RapidProtection1764800000000 implements MigrationInterface {
  name = 'RapidProtection1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rapid_entities (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        credit_code     varchar(18)   NOT NULL UNIQUE,
        name            varchar(200)  NOT NULL,
        registered_date date          NOT NULL,
        region_code     varchar(6)    NOT NULL,
        department_id   uuid,
        created_by      uuid          NOT NULL,
        created_at      timestamptz   NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE rapid_requests (
        id                 uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind               varchar(24)   NOT NULL CHECK (kind IN ('pre_examination', 'rights_determination')),
        application_number varchar(20)   NOT NULL,
        patent_type        varchar(24)   NOT NULL,
        title              varchar(300)  NOT NULL,
        technical_field    varchar(24)   NOT NULL,
        entity_id          uuid          NOT NULL REFERENCES rapid_entities (id),
        credit_code        varchar(18)   NOT NULL,
        enterprise_name    varchar(200)  NOT NULL,
        submitted_date     date          NOT NULL,
        sla_working_days   smallint      NOT NULL,
        due_date           date          NOT NULL,
        accepted_date      date,
        decided_date       date,
        filed_date         date,
        reason             text,
        status             varchar(16)   NOT NULL CHECK (status IN ('submitted', 'accepted', 'passed', 'not_passed', 'filed', 'withdrawn')),
        status_date        date          NOT NULL,
        version            integer       NOT NULL DEFAULT 1,
        region_code        varchar(6)    NOT NULL,
        department_id      uuid,
        created_by         uuid          NOT NULL,
        created_at         timestamptz   NOT NULL DEFAULT now(),
        updated_at         timestamptz   NOT NULL DEFAULT now(),
        CHECK (due_date >= submitted_date)
      )`);
    await q.query(`CREATE INDEX rapid_requests_submitted_idx ON rapid_requests (submitted_date, region_code)`);
    await q.query(`CREATE INDEX rapid_requests_open_idx ON rapid_requests (due_date) WHERE status IN ('submitted', 'accepted')`);
    await q.query(`
      CREATE TABLE rapid_request_events (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id     uuid          NOT NULL REFERENCES rapid_requests (id),
        action         varchar(16)   NOT NULL CHECK (action IN ('submit', 'accept', 'pass', 'fail', 'file', 'withdraw')),
        from_status    varchar(16),
        to_status      varchar(16)   NOT NULL,
        effective_date date          NOT NULL,
        reason         text,
        note           text,
        actor_id       uuid          NOT NULL,
        actor_name     varchar(100)  NOT NULL,
        recorded_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
        region_code    varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX rapid_request_events_request_idx ON rapid_request_events (request_id, effective_date, recorded_at)`);
    await q.query(`CREATE TRIGGER rapid_request_events_append_only BEFORE UPDATE OR DELETE ON rapid_request_events FOR EACH ROW EXECUTE FUNCTION protection_append_only()`);

    await q.query(`
      CREATE TABLE rights_workstations (
        id                uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        name              varchar(200)  NOT NULL UNIQUE,
        host_organization varchar(200)  NOT NULL,
        industry          varchar(24)   NOT NULL,
        established_date  date          NOT NULL,
        closed_date       date,
        version           integer       NOT NULL DEFAULT 1,
        region_code       varchar(6)    NOT NULL,
        department_id     uuid,
        created_by        uuid          NOT NULL,
        created_at        timestamptz   NOT NULL DEFAULT now(),
        updated_at        timestamptz   NOT NULL DEFAULT now(),
        CHECK (closed_date IS NULL OR closed_date >= established_date)
      )`);
    await q.query(`
      CREATE TABLE workstation_assistance (
        id                 uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        workstation_id     uuid          NOT NULL REFERENCES rights_workstations (id),
        enterprise_name    varchar(200)  NOT NULL,
        credit_code        varchar(18),
        matter             text          NOT NULL,
        received_date      date          NOT NULL,
        concluded_date     date,
        outcome            varchar(16)   CHECK (outcome IN ('resolved', 'referred', 'unresolved')),
        outcome_note       text,
        version            integer       NOT NULL DEFAULT 1,
        region_code        varchar(6)    NOT NULL,
        department_id      uuid,
        created_by         uuid          NOT NULL,
        created_at         timestamptz   NOT NULL DEFAULT now(),
        updated_at         timestamptz   NOT NULL DEFAULT now(),
        CHECK ((concluded_date IS NULL) = (outcome IS NULL)),
        CHECK (concluded_date IS NULL OR concluded_date >= received_date)
      )`);
    await q.query(`CREATE INDEX workstation_assistance_station_idx ON workstation_assistance (workstation_id, received_date)`);

    await q.query(`
      CREATE TABLE overseas_disputes (
        id              uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
        credit_code     varchar(18)    NOT NULL,
        enterprise_name varchar(200)   NOT NULL,
        country         varchar(100)   NOT NULL,
        kind            varchar(24)    NOT NULL,
        opponent        varchar(200)   NOT NULL,
        amount          numeric(18,2),
        currency        char(3),
        reported_date   date           NOT NULL,
        status          varchar(16)    NOT NULL CHECK (status IN ('reported', 'assisting', 'resolved', 'closed')),
        status_date     date           NOT NULL,
        version         integer        NOT NULL DEFAULT 1,
        region_code     varchar(6)     NOT NULL,
        department_id   uuid,
        created_by      uuid           NOT NULL,
        created_at      timestamptz    NOT NULL DEFAULT now(),
        updated_at      timestamptz    NOT NULL DEFAULT now(),
        CHECK ((amount IS NULL) = (currency IS NULL))
      )`);
    await q.query(`
      CREATE TABLE overseas_dispute_events (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        dispute_id     uuid          NOT NULL REFERENCES overseas_disputes (id),
        action         varchar(16)   NOT NULL CHECK (action IN ('report', 'assist', 'resolve', 'close')),
        from_status    varchar(16),
        to_status      varchar(16)   NOT NULL,
        effective_date date          NOT NULL,
        assistance     text,
        note           text,
        actor_id       uuid          NOT NULL,
        actor_name     varchar(100)  NOT NULL,
        recorded_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
        region_code    varchar(6)    NOT NULL
      )`);
    await q.query(`CREATE INDEX overseas_dispute_events_dispute_idx ON overseas_dispute_events (dispute_id, effective_date, recorded_at)`);
    await q.query(`CREATE TRIGGER overseas_dispute_events_append_only BEFORE UPDATE OR DELETE ON overseas_dispute_events FOR EACH ROW EXECUTE FUNCTION protection_append_only()`);
    await q.query(`
      CREATE TABLE overseas_risk_alerts (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        title          varchar(300)  NOT NULL,
        industry       varchar(24)   NOT NULL,
        published_date date          NOT NULL,
        content        text          NOT NULL,
        region_code    varchar(6)    NOT NULL,
        department_id  uuid,
        created_by     uuid          NOT NULL,
        created_at     timestamptz   NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE overseas_risk_alert_recipients (
        alert_id     uuid          NOT NULL REFERENCES overseas_risk_alerts (id),
        credit_code  varchar(18)   NOT NULL,
        name         varchar(200)  NOT NULL,
        source       varchar(24)   NOT NULL,
        region_code  varchar(6)    NOT NULL,
        PRIMARY KEY (alert_id, credit_code)
      )`);
    await q.query(`CREATE TRIGGER overseas_risk_alert_recipients_append_only BEFORE UPDATE OR DELETE ON overseas_risk_alert_recipients FOR EACH ROW EXECUTE FUNCTION protection_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'overseas_risk_alert_recipients',
      'overseas_risk_alerts',
      'overseas_dispute_events',
      'overseas_disputes',
      'workstation_assistance',
      'rights_workstations',
      'rapid_request_events',
      'rapid_requests',
      'rapid_entities',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
