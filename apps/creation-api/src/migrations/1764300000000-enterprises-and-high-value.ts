import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enterprises with their cultivation titles and GB/T 29490 certifications; the facts the
 * high-value invention patent rule reads: the IPC → strategic-emerging-industry mapping (seeded
 * with a starter table the bureau edits), patent family members abroad, awards, and the pledged
 * rights kept from utilization's pledge events.
 */
export class EnterprisesAndHighValue1764300000000 implements MigrationInterface {
  name = 'EnterprisesAndHighValue1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE enterprises (
        id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        credit_code    varchar(18)  NOT NULL,
        name           varchar(200) NOT NULL,
        industry       varchar(100),
        region_code    varchar(6)   NOT NULL,
        department_id  uuid,
        version        integer      NOT NULL DEFAULT 1,
        created_at     timestamptz  NOT NULL DEFAULT now(),
        created_by     uuid         NOT NULL
      )`);
    // A credit code names one organisation nationwide.
    await q.query(`CREATE UNIQUE INDEX enterprises_credit_code_key ON enterprises (credit_code)`);
    await q.query(`CREATE INDEX enterprises_region_idx ON enterprises (region_code, name)`);
    // An enterprise's patents are those whose applicant carries its credit code.
    await q.query(`CREATE INDEX patents_applicant_credit_code_idx ON patents (applicant_credit_code)`);

    await q.query(`
      CREATE TABLE enterprise_titles (
        id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id   uuid         NOT NULL REFERENCES enterprises (id),
        kind            varchar(32)  NOT NULL CHECK (kind IN ('national_demonstration', 'national_advantage', 'provincial_demonstration', 'provincial_advantage', 'municipal_cultivation')),
        awarded_on      date         NOT NULL,
        document_number varchar(100),
        ended_on        date,
        end_reason      varchar(16)  CHECK (end_reason IN ('revoked', 'expired')),
        region_code     varchar(6)   NOT NULL,
        created_at      timestamptz  NOT NULL DEFAULT now(),
        created_by      uuid         NOT NULL,
        UNIQUE (enterprise_id, kind, awarded_on),
        CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
        CHECK (ended_on IS NULL OR ended_on >= awarded_on)
      )`);
    // "New in a period" counts titles by kind and award date.
    await q.query(`CREATE INDEX enterprise_titles_kind_awarded_idx ON enterprise_titles (kind, awarded_on)`);

    await q.query(`
      CREATE TABLE ip_certifications (
        id                  uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        enterprise_id       uuid         NOT NULL REFERENCES enterprises (id),
        certificate_number  varchar(64)  NOT NULL,
        certification_body  varchar(200) NOT NULL,
        issued_on           date         NOT NULL,
        valid_until         date         NOT NULL,
        status              varchar(16)  NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'suspended', 'withdrawn')),
        version             integer      NOT NULL DEFAULT 1,
        region_code         varchar(6)   NOT NULL,
        created_at          timestamptz  NOT NULL DEFAULT now(),
        created_by          uuid         NOT NULL,
        CHECK (valid_until > issued_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX ip_certifications_number_key ON ip_certifications (certificate_number)`);
    await q.query(`CREATE INDEX ip_certifications_enterprise_idx ON ip_certifications (enterprise_id, issued_on)`);
    await q.query(`
      CREATE TABLE ip_certification_events (
        id                uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        certification_id  uuid         NOT NULL REFERENCES ip_certifications (id),
        seq               integer      NOT NULL,
        action            varchar(16)  NOT NULL CHECK (action IN ('issue', 'suspend', 'reinstate', 'withdraw', 'renew')),
        from_status       varchar(16),
        to_status         varchar(16)  NOT NULL,
        effective_date    date         NOT NULL,
        valid_until       date,
        note              varchar(500),
        region_code       varchar(6)   NOT NULL,
        created_at        timestamptz  NOT NULL DEFAULT now(),
        created_by        uuid         NOT NULL,
        UNIQUE (certification_id, seq),
        CHECK ((action IN ('issue', 'renew')) = (valid_until IS NOT NULL))
      )`);

    // Reference data, the same for every district: region_code 000000 says "nationwide".
    await q.query(`
      CREATE TABLE ipc_industry_mappings (
        id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        ipc_prefix     varchar(24)  NOT NULL,
        industry_code  varchar(2)   NOT NULL CHECK (industry_code IN ('1', '2', '3', '4', '5', '6', '7', '8', '9')),
        subcategory    varchar(100),
        note           varchar(500),
        version        integer      NOT NULL DEFAULT 1,
        region_code    varchar(6)   NOT NULL DEFAULT '000000',
        updated_at     timestamptz  NOT NULL DEFAULT now(),
        updated_by     uuid,
        UNIQUE (ipc_prefix, industry_code)
      )`);
    const seed: [string, string, string][] = [
      ['G06F', '1', '1.3 新兴软件和新型信息技术服务'],
      ['G06N', '1', '1.5 人工智能'],
      ['H04L', '1', '1.1 下一代信息网络产业'],
      ['H04W', '1', '1.1 下一代信息网络产业'],
      ['H01L', '1', '1.2 电子核心产业'],
      ['G11C', '1', '1.2 电子核心产业'],
      ['H04N', '1', '1.1 下一代信息网络产业'],
      ['B25J', '2', '2.1 智能制造装备产业（工业机器人）'],
      ['B33Y', '2', '2.1 智能制造装备产业（增材制造）'],
      ['G05B 19', '2', '2.1 智能制造装备产业（数控系统）'],
      ['B64C', '2', '2.2 航空装备产业'],
      ['B64G', '2', '2.3 卫星及应用产业'],
      ['B61B', '2', '2.4 轨道交通装备产业'],
      ['B63B', '2', '2.5 海洋工程装备产业'],
      ['B82Y', '3', '3.6 前沿新材料'],
      ['C01B 32', '3', '3.6 前沿新材料（石墨烯、碳材料）'],
      ['C22C', '3', '3.1 先进钢铁材料、有色金属材料'],
      ['C04B 35', '3', '3.4 先进无机非金属材料'],
      ['C08L', '3', '3.3 先进石化化工新材料'],
      ['C12N', '4', '4.1 生物医药产业'],
      ['C12Q', '4', '4.1 生物医药产业'],
      ['C07K', '4', '4.1 生物医药产业'],
      ['A61K 39', '4', '4.1 生物医药产业（疫苗）'],
      ['A61K 38', '4', '4.1 生物医药产业（多肽药物）'],
      ['A61B', '4', '4.2 生物医学工程产业'],
      ['A61F 2', '4', '4.2 生物医学工程产业（植入器械）'],
      ['B60L', '5', '5.1 新能源汽车整车制造'],
      ['B60K 6', '5', '5.1 新能源汽车整车制造（混合动力）'],
      ['H01M', '5', '5.2 新能源汽车装置、配件制造（动力电池）'],
      ['H02S', '6', '6.3 太阳能产业'],
      ['H01L 31', '6', '6.3 太阳能产业（光伏电池）'],
      ['F24S', '6', '6.3 太阳能产业（光热）'],
      ['F03D', '6', '6.2 风能产业'],
      ['G21C', '6', '6.1 核电产业'],
      ['C02F', '7', '7.2 先进环保产业（水污染防治）'],
      ['B01D 53', '7', '7.2 先进环保产业（大气污染防治）'],
      ['B09B', '7', '7.3 资源循环利用产业（固体废物）'],
      ['B09C', '7', '7.2 先进环保产业（土壤修复）'],
      ['F23G', '7', '7.2 先进环保产业（垃圾焚烧）'],
      ['G06T', '8', '8.1 数字创意技术设备制造'],
      ['A63F 13', '8', '8.2 数字文化创意活动（电子游戏）'],
      ['H04N 21', '8', '8.2 数字文化创意活动（数字内容分发）'],
    ];
    for (const [prefix, code, sub] of seed) {
      await q.query(`INSERT INTO ipc_industry_mappings (ipc_prefix, industry_code, subcategory, note) VALUES ($1, $2, $3, '初始映射（可修改）')`, [prefix, code, sub]);
    }

    await q.query(`
      CREATE TABLE patent_family_members (
        id           uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        patent_id    uuid         NOT NULL REFERENCES patents (id),
        country      varchar(2)   NOT NULL CHECK (country ~ '^[A-Z]{2}$' AND country <> 'CN'),
        number       varchar(40)  NOT NULL,
        grant_date   date,
        region_code  varchar(6)   NOT NULL,
        created_at   timestamptz  NOT NULL DEFAULT now(),
        created_by   uuid         NOT NULL,
        UNIQUE (patent_id, country, number)
      )`);
    await q.query(`CREATE INDEX patent_family_members_granted_idx ON patent_family_members (patent_id, grant_date)`);
    await q.query(`
      CREATE TABLE patent_awards (
        id           uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        patent_id    uuid         NOT NULL REFERENCES patents (id),
        kind         varchar(16)  NOT NULL CHECK (kind IN ('patent_award', 'sci_tech_award')),
        level        varchar(12)  NOT NULL CHECK (level IN ('national', 'provincial', 'municipal')),
        year         smallint     NOT NULL CHECK (year BETWEEN 1985 AND 2100),
        grade        varchar(12)  NOT NULL CHECK (grade IN ('gold', 'silver', 'excellence', 'special', 'first', 'second', 'third')),
        region_code  varchar(6)   NOT NULL,
        created_at   timestamptz  NOT NULL DEFAULT now(),
        created_by   uuid         NOT NULL,
        UNIQUE (patent_id, kind, level, year)
      )`);
    await q.query(`CREATE INDEX patent_awards_patent_idx ON patent_awards (patent_id, level, year)`);

    // Pledged rights as utilization reports them; a patent is matched by its application number.
    await q.query(`
      CREATE TABLE pledged_rights (
        id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        pledge_id      uuid         NOT NULL,
        right_kind     varchar(12)  NOT NULL CHECK (right_kind IN ('patent', 'trademark', 'gi')),
        right_number   varchar(20)  NOT NULL,
        registered_on  date,
        released_on    date,
        region_code    varchar(6)   NOT NULL,
        updated_at     timestamptz  NOT NULL DEFAULT now(),
        UNIQUE (pledge_id, right_kind, right_number)
      )`);
    await q.query(`CREATE INDEX pledged_rights_right_idx ON pledged_rights (right_kind, right_number, registered_on)`);
    // Each delivered event once: a redelivery finds its id here and changes nothing.
    await q.query(`
      CREATE TABLE pledge_event_receipts (
        event_id     uuid         PRIMARY KEY,
        event_type   varchar(32)  NOT NULL,
        pledge_id    uuid         NOT NULL,
        payload      jsonb        NOT NULL,
        region_code  varchar(6)   NOT NULL,
        received_at  timestamptz  NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pledge_event_receipts`);
    await q.query(`DROP TABLE pledged_rights`);
    await q.query(`DROP TABLE patent_awards`);
    await q.query(`DROP TABLE patent_family_members`);
    await q.query(`DROP TABLE ipc_industry_mappings`);
    await q.query(`DROP TABLE ip_certification_events`);
    await q.query(`DROP TABLE ip_certifications`);
    await q.query(`DROP TABLE enterprise_titles`);
    await q.query(`DROP TABLE enterprises`);
    await q.query(`DROP INDEX patents_applicant_credit_code_idx`);
  }
}
