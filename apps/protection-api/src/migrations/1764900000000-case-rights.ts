import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rights an enforcement case involves 涉案权利: a patent by its ZL number, a mark by its
 * registration number, a GI or copyright by its registration number, a trade secret or another
 * right by its description. Indexed by kind and number, so the whitelist early warning finds the
 * cases naming a watched right.
 */
export class CaseRights1764900000000 implements MigrationInterface {
  name = 'CaseRights1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_rights (
        id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id     uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position    smallint     NOT NULL,
        kind        varchar(32)  NOT NULL CHECK (kind IN ('patent', 'trademark', 'geographical_indication', 'copyright', 'trade_secret', 'other')),
        number      varchar(40),
        title       varchar(200),
        region_code varchar(6)   NOT NULL,
        CHECK (number IS NOT NULL OR kind IN ('trade_secret', 'other')),
        UNIQUE (case_id, position)
      )`);
    await q.query(`CREATE INDEX case_rights_number_idx ON case_rights (kind, number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_rights`);
  }
}
