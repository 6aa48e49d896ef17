import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Geographical indications (GI products and GI trademarks) and the producers authorized to use them, each over a period. */
export class GeographicalIndications1764630000000 implements MigrationInterface {
  name = 'GeographicalIndications1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE geographical_indications (
        id                   uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        name                 varchar(100)  NOT NULL,
        protection_kind      varchar(12)   NOT NULL CHECK (protection_kind IN ('gi_product', 'gi_trademark')),
        registration_number  varchar(10),
        origin_area          varchar(500)  NOT NULL,
        holder_name          varchar(200)  NOT NULL,
        holder_credit_code   varchar(18),
        protected_on         date          NOT NULL,
        version              integer       NOT NULL DEFAULT 1,
        region_code          varchar(6)    NOT NULL,
        department_id        uuid,
        created_at           timestamptz   NOT NULL DEFAULT now(),
        created_by           uuid          NOT NULL,
        CHECK (protection_kind <> 'gi_trademark' OR registration_number IS NOT NULL),
        UNIQUE (protection_kind, name)
      )`);
    await q.query(`CREATE UNIQUE INDEX geographical_indications_registration_key ON geographical_indications (registration_number) WHERE registration_number IS NOT NULL`);
    await q.query(`CREATE INDEX geographical_indications_region_idx ON geographical_indications (region_code, protected_on)`);
    await q.query(`
      CREATE TABLE gi_producers (
        id               uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        gi_id            uuid          NOT NULL REFERENCES geographical_indications (id),
        credit_code      varchar(18)   NOT NULL,
        name             varchar(200)  NOT NULL,
        authorized_from  date          NOT NULL,
        authorized_to    date          CHECK (authorized_to IS NULL OR authorized_to >= authorized_from),
        region_code      varchar(6)    NOT NULL,
        created_at       timestamptz   NOT NULL DEFAULT now(),
        created_by       uuid          NOT NULL
      )`);
    await q.query(`CREATE INDEX gi_producers_gi_idx ON gi_producers (gi_id, credit_code, authorized_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gi_producers, geographical_indications`);
  }
}
