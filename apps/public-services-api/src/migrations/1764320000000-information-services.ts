import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patent information service requests with their dated status events, patent navigation
 * projects, and trusteeship contracts with their service records.
 */
export class InformationServices1764320000000 implements MigrationInterface {
  name = 'InformationServices1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE info_requests (
        id                     uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind                   varchar(16)   NOT NULL CHECK (kind IN ('search', 'analysis', 'alert', 'navigation')),
        enterprise_name        varchar(200)  NOT NULL,
        enterprise_credit_code varchar(18)   NOT NULL,
        subject                varchar(300)  NOT NULL,
        description            text          NOT NULL DEFAULT '',
        requested_date         date          NOT NULL,
        status                 varchar(16)   NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'assigned', 'delivered', 'rated', 'cancelled')),
        provider_name          varchar(200),
        provider_agency_id     uuid          REFERENCES agencies (id),
        assigned_on            date,
        deliverable            text,
        delivered_on           date,
        rating                 smallint      CHECK (rating BETWEEN 1 AND 5),
        rating_comment         text,
        rated_on               date,
        region_code            varchar(6)    NOT NULL,
        department_id          uuid,
        version                integer       NOT NULL DEFAULT 1,
        created_at             timestamptz   NOT NULL DEFAULT now(),
        created_by             uuid          NOT NULL,
        CONSTRAINT info_requests_rated_check CHECK ((rating IS NULL) = (rated_on IS NULL))
      )`);
    await q.query(`CREATE INDEX info_requests_region_idx ON info_requests (region_code, requested_date)`);
    await q.query(`CREATE INDEX info_requests_rated_idx ON info_requests (rated_on) WHERE rated_on IS NOT NULL`);
    await q.query(`
      CREATE TABLE info_request_events (
        id          bigserial    PRIMARY KEY,
        request_id  uuid         NOT NULL REFERENCES info_requests (id),
        from_status varchar(16),
        to_status   varchar(16)  NOT NULL,
        action      varchar(16)  NOT NULL,
        event_date  date         NOT NULL,
        note        text         NOT NULL DEFAULT '',
        region_code varchar(6)   NOT NULL,
        at          timestamptz  NOT NULL DEFAULT now(),
        by_user     uuid         NOT NULL
      )`);
    await q.query(`CREATE INDEX info_request_events_request_idx ON info_request_events (request_id, id)`);

    await q.query(`
      CREATE TABLE navigation_projects (
        id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        title         varchar(300)  NOT NULL,
        kind          varchar(16)   NOT NULL CHECK (kind IN ('industry', 'enterprise', 'region', 'rd_project')),
        industry      varchar(100)  NOT NULL,
        undertaker    varchar(200)  NOT NULL,
        start_date    date          NOT NULL,
        end_date      date,
        budget        numeric(18,2),
        deliverables  jsonb         NOT NULL DEFAULT '[]',
        region_code   varchar(6)    NOT NULL,
        department_id uuid,
        version       integer       NOT NULL DEFAULT 1,
        created_at    timestamptz   NOT NULL DEFAULT now(),
        created_by    uuid          NOT NULL,
        CONSTRAINT navigation_projects_period_check CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX navigation_projects_region_idx ON navigation_projects (region_code, start_date)`);

    await q.query(`
      CREATE TABLE trusteeship_contracts (
        id                     uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id              uuid          NOT NULL REFERENCES agencies (id),
        enterprise_name        varchar(200)  NOT NULL,
        enterprise_credit_code varchar(18)   NOT NULL,
        contract_number        varchar(60)   NOT NULL,
        start_date             date          NOT NULL,
        end_date               date          NOT NULL,
        terminated_on          date,
        termination_reason     text,
        fee                    numeric(18,2),
        rights                 jsonb         NOT NULL DEFAULT '[]',
        region_code            varchar(6)    NOT NULL,
        department_id          uuid,
        version                integer       NOT NULL DEFAULT 1,
        created_at             timestamptz   NOT NULL DEFAULT now(),
        created_by             uuid          NOT NULL,
        CONSTRAINT trusteeship_contracts_period_check CHECK (end_date >= start_date),
        CONSTRAINT trusteeship_contracts_termination_check CHECK (
          (terminated_on IS NULL AND termination_reason IS NULL)
          OR (terminated_on IS NOT NULL AND termination_reason IS NOT NULL AND terminated_on >= start_date AND terminated_on < end_date))
      )`);
    await q.query(`CREATE UNIQUE INDEX trusteeship_contracts_number_key ON trusteeship_contracts (agency_id, contract_number)`);
    await q.query(`CREATE INDEX trusteeship_contracts_region_idx ON trusteeship_contracts (region_code, start_date)`);
    await q.query(`
      CREATE TABLE trusteeship_services (
        id           uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id  uuid         NOT NULL REFERENCES trusteeship_contracts (id),
        service_date date         NOT NULL,
        kind         varchar(20)  NOT NULL CHECK (kind IN ('fee_management', 'consultation', 'monitoring', 'filing', 'training', 'other')),
        content      text         NOT NULL,
        region_code  varchar(6)   NOT NULL,
        at           timestamptz  NOT NULL DEFAULT now(),
        by_user      uuid         NOT NULL
      )`);
    await q.query(`CREATE INDEX trusteeship_services_contract_idx ON trusteeship_services (contract_id, service_date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trusteeship_services, trusteeship_contracts, navigation_projects, info_request_events, info_requests`);
  }
}
