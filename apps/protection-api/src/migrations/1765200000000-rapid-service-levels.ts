import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rapid protection centre's service levels 服务时限 become dated reference data the section
 * chief keeps (each centre sets its own), instead of code constants. Seeded with the levels the
 * code applied until now, effective early enough to cover every existing request, so the requests
 * already on record keep the level copied onto them and the table agrees with them.
 */
export class RapidServiceLevels1765200000000 implements MigrationInterface {
  name = 'RapidServiceLevels1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rapid_service_levels (
        id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            varchar(24)   NOT NULL CHECK (kind IN ('pre_examination', 'rights_determination')),
        working_days    smallint      NOT NULL CHECK (working_days BETWEEN 1 AND 250),
        basis_zh        varchar(300)  NOT NULL,
        basis_en        varchar(300)  NOT NULL,
        effective_from  date          NOT NULL,
        version         integer       NOT NULL DEFAULT 1,
        region_code     varchar(6)    NOT NULL,
        created_by      uuid,
        created_at      timestamptz   NOT NULL DEFAULT now(),
        updated_at      timestamptz   NOT NULL DEFAULT now(),
        -- One level per kind and day: the clock of a request submitted that day must be unambiguous.
        UNIQUE (kind, effective_from)
      )`);
    await q.query(`COMMENT ON COLUMN rapid_service_levels.created_by IS 'Null for the levels seeded by the migration'`);
    // 000000: the seeded levels are the deployment's, not one division's.
    await q.query(
      `INSERT INTO rapid_service_levels (kind, working_days, basis_zh, basis_en, effective_from, region_code) VALUES
        ('pre_examination', 5, $1, $2, '2000-01-01', '000000'),
        ('rights_determination', 20, $3, $4, '2000-01-01', '000000')`,
      [
        '保护中心预审服务承诺：受理后5个工作日内出具预审结论',
        'The centre’s commitment: a pre-examination outcome within 5 working days',
        '保护中心快速确权服务承诺：20个工作日内办结',
        'The centre’s commitment: rights determination within 20 working days',
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rapid_service_levels`);
  }
}
