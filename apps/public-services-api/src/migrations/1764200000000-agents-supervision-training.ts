import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agency status and optimistic locking; practising patent agents and their practices;
 * supervision records with their dated status events; training and publicity events.
 *
 * "One agency at a time" would be an exclusion constraint over (agent_id =, daterange &&),
 * but that needs btree_gist, which the service role may not create (trusted extensions need
 * CREATE on the database, which the role does not hold). The trigger below enforces the same
 * rule inside PostgreSQL: it locks the agent's row, so two writers of the same agent's
 * practices queue, and the second sees the first's row before checking for overlap.
 */
export class AgentsSupervisionTraining1764200000000 implements MigrationInterface {
  name = 'AgentsSupervisionTraining1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agencies
        ADD COLUMN version           integer     NOT NULL DEFAULT 1,
        ADD COLUMN status            varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deregistered')),
        ADD COLUMN deregistered_date date,
        ADD CONSTRAINT agencies_deregistration_check CHECK (
          (status = 'active' AND deregistered_date IS NULL)
          OR (status = 'deregistered' AND deregistered_date IS NOT NULL AND deregistered_date > established_date))`);

    await q.query(`
      CREATE TABLE patent_agents (
        id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        name           varchar(100) NOT NULL,
        licence_number varchar(40)  NOT NULL,
        region_code    varchar(6)   NOT NULL,
        department_id  uuid,
        version        integer      NOT NULL DEFAULT 1,
        created_at     timestamptz  NOT NULL DEFAULT now(),
        created_by     uuid         NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX patent_agents_licence_key ON patent_agents (licence_number)`);
    await q.query(`CREATE INDEX patent_agents_region_idx ON patent_agents (region_code, name)`);

    await q.query(`
      CREATE TABLE agent_practices (
        id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        agent_id    uuid        NOT NULL REFERENCES patent_agents (id),
        agency_id   uuid        NOT NULL REFERENCES agencies (id),
        start_date  date        NOT NULL,
        end_date    date,
        -- District of the agency, copied when the practice starts so past figures never move.
        region_code varchar(6)  NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        created_by  uuid        NOT NULL,
        CONSTRAINT agent_practices_period_check CHECK (end_date IS NULL OR end_date > start_date)
      )`);
    await q.query(`CREATE INDEX agent_practices_agent_idx ON agent_practices (agent_id, start_date)`);
    await q.query(`CREATE INDEX agent_practices_agency_idx ON agent_practices (agency_id, start_date)`);
    await q.query(`
      CREATE FUNCTION agent_practices_no_overlap() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE clash record;
      BEGIN
        PERFORM 1 FROM patent_agents WHERE id = NEW.agent_id FOR UPDATE;
        SELECT p.id, p.agency_id INTO clash FROM agent_practices p
         WHERE p.agent_id = NEW.agent_id AND p.id <> NEW.id
           AND daterange(p.start_date, p.end_date, '[)') && daterange(NEW.start_date, NEW.end_date, '[)')
         LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'agent % already practises at agency % in this period', NEW.agent_id, clash.agency_id
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'agent_practices_no_overlap';
        END IF;
        RETURN NEW;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER agent_practices_no_overlap BEFORE INSERT OR UPDATE OF agent_id, start_date, end_date ON agent_practices
        FOR EACH ROW EXECUTE FUNCTION agent_practices_no_overlap()`);

    await q.query(`
      CREATE TABLE supervision_records (
        id             uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind           varchar(16)   NOT NULL CHECK (kind IN ('inspection', 'violation')),
        agency_id      uuid          REFERENCES agencies (id),
        agent_id       uuid          REFERENCES patent_agents (id),
        violation_kind varchar(32)   CHECK (violation_kind IN ('unlicensed_agency', 'certificate_lending', 'abnormal_applications', 'improper_solicitation', 'other')),
        found_date     date          NOT NULL,
        description    text          NOT NULL DEFAULT '',
        sanction       varchar(16)   CHECK (sanction IN ('warning', 'fine', 'suspension', 'revocation')),
        fine_amount    numeric(18,2) CHECK (fine_amount >= 0),
        status         varchar(16)   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'rectified', 'closed')),
        version        integer       NOT NULL DEFAULT 1,
        region_code    varchar(6)    NOT NULL,
        department_id  uuid,
        created_at     timestamptz   NOT NULL DEFAULT now(),
        created_by     uuid          NOT NULL,
        CONSTRAINT supervision_subject_check CHECK (agency_id IS NOT NULL OR agent_id IS NOT NULL),
        CONSTRAINT supervision_violation_check CHECK ((kind = 'violation') = (violation_kind IS NOT NULL)),
        CONSTRAINT supervision_fine_check CHECK ((sanction IS NOT DISTINCT FROM 'fine') = (fine_amount IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX supervision_records_found_idx ON supervision_records (found_date, region_code)`);
    await q.query(`CREATE INDEX supervision_records_agency_idx ON supervision_records (agency_id)`);
    await q.query(`CREATE INDEX supervision_records_agent_idx ON supervision_records (agent_id)`);
    await q.query(`
      CREATE TABLE supervision_status_events (
        id          bigserial   PRIMARY KEY,
        record_id   uuid        NOT NULL REFERENCES supervision_records (id),
        from_status varchar(16),
        to_status   varchar(16) NOT NULL,
        action      varchar(16) NOT NULL,
        event_date  date        NOT NULL,
        note        text        NOT NULL DEFAULT '',
        at          timestamptz NOT NULL DEFAULT now(),
        by_user     uuid        NOT NULL
      )`);
    await q.query(`CREATE INDEX supervision_status_events_record_idx ON supervision_status_events (record_id, id)`);

    await q.query(`
      CREATE TABLE training_events (
        id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        kind           varchar(16)  NOT NULL CHECK (kind IN ('training', 'publicity')),
        topic          varchar(200) NOT NULL,
        audience       varchar(16)  NOT NULL CHECK (audience IN ('enterprises', 'agencies', 'officials', 'universities', 'public')),
        event_date     date         NOT NULL,
        online         boolean      NOT NULL,
        venue          varchar(200),
        planned_count  integer      NOT NULL CHECK (planned_count >= 0),
        attended_count integer      CHECK (attended_count >= 0),
        version        integer      NOT NULL DEFAULT 1,
        region_code    varchar(6)   NOT NULL,
        department_id  uuid,
        created_at     timestamptz  NOT NULL DEFAULT now(),
        created_by     uuid         NOT NULL,
        CONSTRAINT training_events_venue_check CHECK (online OR venue IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX training_events_date_idx ON training_events (event_date, region_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE training_events`);
    await q.query(`DROP TABLE supervision_status_events`);
    await q.query(`DROP TABLE supervision_records`);
    await q.query(`DROP TABLE agent_practices`);
    await q.query(`DROP FUNCTION agent_practices_no_overlap()`);
    await q.query(`DROP TABLE patent_agents`);
    await q.query(`ALTER TABLE agencies DROP CONSTRAINT agencies_deregistration_check, DROP COLUMN deregistered_date, DROP COLUMN status, DROP COLUMN version`);
  }
}
