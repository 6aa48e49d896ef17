import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Registered trademarks and their dated status events (registration, renewals, cancellation, invalidation). */
export class CreateTrademarks1764200000000 implements MigrationInterface {
  name = 'CreateTrademarks1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trademarks (
        id                  uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        registration_number varchar(10)  NOT NULL,
        nice_classes        smallint[]   NOT NULL CHECK (cardinality(nice_classes) >= 1),
        holder_name         varchar(200) NOT NULL,
        holder_credit_code  varchar(18),
        kind                varchar(16)  NOT NULL CHECK (kind IN ('ordinary', 'collective', 'certification', 'madrid')),
        registration_date   date         NOT NULL,
        expiry_date         date         NOT NULL,
        status              varchar(16)  NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled', 'invalidated')),
        well_known          boolean      NOT NULL DEFAULT false,
        region_code         varchar(6)   NOT NULL,
        department_id       uuid,
        version             integer      NOT NULL DEFAULT 1,
        created_at          timestamptz  NOT NULL DEFAULT now(),
        created_by          uuid         NOT NULL
      )`);
    // A registration number names one registration nationwide.
    await q.query(`CREATE UNIQUE INDEX trademarks_registration_number_key ON trademarks (registration_number)`);
    await q.query(`CREATE INDEX trademarks_region_idx ON trademarks (region_code, registration_date DESC)`);
    await q.query(`
      CREATE TABLE trademark_status_events (
        id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        trademark_id    uuid         NOT NULL REFERENCES trademarks (id),
        seq             integer      NOT NULL,
        action          varchar(16)  NOT NULL CHECK (action IN ('register', 'renew', 'cancel', 'invalidate')),
        from_status     varchar(16),
        to_status       varchar(16)  NOT NULL,
        effective_date  date         NOT NULL,
        expiry_date     date,
        note            varchar(500),
        region_code     varchar(6)   NOT NULL,
        created_at      timestamptz  NOT NULL DEFAULT now(),
        created_by      uuid         NOT NULL,
        UNIQUE (trademark_id, seq),
        -- Registration and renewal set the term's end; the other events do not touch it.
        CHECK ((action IN ('register', 'renew')) = (expiry_date IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX trademark_status_events_asof_idx ON trademark_status_events (trademark_id, effective_date DESC, seq DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trademark_status_events`);
    await q.query(`DROP TABLE trademarks`);
  }
}
