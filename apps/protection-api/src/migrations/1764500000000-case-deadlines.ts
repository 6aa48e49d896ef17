import type { MigrationInterface, QueryRunner } from 'typeorm';

type Day = [date: string, kind: 'holiday' | 'workday', name: string];

const run = (from: string, days: number, name: string): Day[] => {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => [new Date(start + i * 86_400_000).toISOString().slice(0, 10), 'holiday', name] as Day);
};

/**
 * China's public holidays and adjusted working days 调休上班日 for 2025 and 2026, nationwide
 * (region 000000), as the State Council's notices on the holiday arrangements announced them
 * (国办发明电〔2024〕12号 for 2025; the notice for 2026). Seeded unverified: the bureau checks them
 * against the notice and marks them verified in the calendar editor, and adds each later year.
 */
const SEED: Day[] = [
  // 2025
  ...run('2025-01-01', 1, '元旦'),
  ...run('2025-01-28', 8, '春节'),
  ['2025-01-26', 'workday', '春节调休'],
  ['2025-02-08', 'workday', '春节调休'],
  ...run('2025-04-04', 3, '清明节'),
  ...run('2025-05-01', 5, '劳动节'),
  ['2025-04-27', 'workday', '劳动节调休'],
  ...run('2025-05-31', 3, '端午节'),
  ...run('2025-10-01', 8, '国庆节、中秋节'),
  ['2025-09-28', 'workday', '国庆节调休'],
  ['2025-10-11', 'workday', '国庆节调休'],
  // 2026
  ...run('2026-01-01', 3, '元旦'),
  ['2026-01-04', 'workday', '元旦调休'],
  ...run('2026-02-15', 9, '春节'),
  ['2026-02-14', 'workday', '春节调休'],
  ['2026-02-28', 'workday', '春节调休'],
  ...run('2026-04-04', 3, '清明节'),
  ...run('2026-05-01', 5, '劳动节'),
  ['2026-05-09', 'workday', '劳动节调休'],
  ...run('2026-06-19', 3, '端午节'),
  ...run('2026-09-25', 3, '中秋节'),
  ...run('2026-10-01', 7, '国庆节'),
  ['2026-09-20', 'workday', '国庆节调休'],
  ['2026-10-10', 'workday', '国庆节调休'],
];

/**
 * Case time limits: the working-day calendar the bureau maintains each year, and the suspension
 * of a case (中止调查), which stops the clock of its time limit until the investigation resumes.
 */
export class CaseDeadlines1764500000000 implements MigrationInterface {
  name = 'CaseDeadlines1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_status_check`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_status_check CHECK (status IN ('registered', 'investigating', 'suspended', 'decided',
        'executed', 'closed', 'transferred', 'withdrawn', 'mediated'))`);
    await q.query(`
      CREATE TABLE working_calendar_days (
        id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
        day         date         NOT NULL,
        kind        varchar(8)   NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name        varchar(100) NOT NULL,
        -- 000000: nationwide; otherwise the division the day applies in.
        region_code varchar(6)   NOT NULL,
        verified    boolean      NOT NULL DEFAULT false,
        version     integer      NOT NULL DEFAULT 1,
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        UNIQUE (region_code, day)
      )`);
    await q.query(
      `INSERT INTO working_calendar_days (day, kind, name, region_code)
       SELECT d::date, k, n, '000000' FROM unnest($1::text[], $2::text[], $3::text[]) AS s(d, k, n)`,
      [SEED.map((d) => d[0]), SEED.map((d) => d[1]), SEED.map((d) => d[2])],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_calendar_days`);
    await q.query(`UPDATE cases SET status = 'investigating' WHERE status = 'suspended'`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_status_check`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_status_check CHECK (status IN ('registered', 'investigating', 'decided', 'executed', 'closed',
        'transferred', 'withdrawn', 'mediated'))`);
  }
}
