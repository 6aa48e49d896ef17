import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report reward rule 举报奖励标准 becomes dated reference data the section chief keeps (another
 * bureau, or the next measures, set other figures), instead of a code constant. Seeded with the rule
 * the code applied until now under the code the reports rewarded by it already carry
 * (reports.reward_rule), so each report still names the rule it was computed with.
 */
export class ReportRewardRules1765300000000 implements MigrationInterface {
  name = 'ReportRewardRules1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_reward_rules (
        id              uuid           PRIMARY KEY DEFAULT gen_random_uuid(),
        code            varchar(64)    NOT NULL UNIQUE,
        rate            numeric(5,4)   NOT NULL CHECK (rate > 0 AND rate <= 1),
        floor           numeric(18,2)  NOT NULL CHECK (floor >= 0),
        cap             numeric(18,2)  NOT NULL,
        basis_zh        varchar(300)   NOT NULL,
        basis_en        varchar(300)   NOT NULL,
        -- One rule per day: the reward of a report received that day must be unambiguous.
        effective_from  date           NOT NULL UNIQUE,
        version         integer        NOT NULL DEFAULT 1,
        region_code     varchar(6)     NOT NULL,
        created_by      uuid,
        created_at      timestamptz    NOT NULL DEFAULT now(),
        updated_at      timestamptz    NOT NULL DEFAULT now(),
        CHECK (cap >= floor)
      )`);
    await q.query(`COMMENT ON COLUMN report_reward_rules.created_by IS 'Null for the rule seeded by the migration'`);
    // 000000: the seeded rule is the deployment's, not one division's.
    await q.query(
      `INSERT INTO report_reward_rules (code, rate, floor, cap, basis_zh, basis_en, effective_from, region_code)
       VALUES ('samr-report-reward-2021', 0.05, 200.00, 100000.00, $1, $2, '2021-12-01', '000000')`,
      [
        '《市场监管领域重大违法行为举报奖励暂行办法》及本局细则：按罚没款的5%计发，最低200元，最高10万元',
        'SAMR interim measures on rewards for reporting serious violations, as the bureau applies them: 5 % of the fine, at least 200 and at most 100,000 yuan',
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_reward_rules`);
  }
}
