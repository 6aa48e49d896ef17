import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDatabase } from '@ipbureau/dev-stack';
import { loadServiceConfig, openDataSource } from '@ipbureau/nest-kit';
import { CreatePledges1764000000000 } from '../src/migrations/1764000000000-create-pledges.js';
import { PledgeLifecycle1764100000000 } from '../src/migrations/1764100000000-pledge-lifecycle.js';
import { UTILIZATION_SERVICE } from '../src/config.js';

let db: { url: string; drop: () => Promise<void> };
let dataSource: DataSource;
const OFFICER = '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01';

// Registrations recorded before the lifecycle existed ('active' / 'released') must come through
// the migration as registered pledges with a timeline, and keep blocking a second pledge.
beforeAll(async () => {
  db = await createDatabase(inject('databaseUrl'));
  const config = loadServiceConfig(UTILIZATION_SERVICE, { DATABASE_URL: db.url, LOG_LEVEL: 'silent', DB_POOL_SIZE: '2' });
  const before = await openDataSource(config, { entities: [], migrations: [CreatePledges1764000000000] });
  await before.query(
    `INSERT INTO pledges (pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, loan_amount, registration_date, status, region_code, created_by)
     VALUES ('甲公司', '91350100M000100Y43', 'trademark', '30000001', '工行', '100.10', '2023-03-01', 'active', '440515', $1),
            ('乙公司', '91350100M000100Y43', 'trademark', '30000002', '中行', '200.20', '2022-01-01', 'released', '440513', $1)`,
    [OFFICER],
  );
  await before.destroy();
  dataSource = await openDataSource(config, { entities: [], migrations: [CreatePledges1764000000000, PledgeLifecycle1764100000000] });
});
afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

describe('the lifecycle migration', () => {
  it('turns an active registration into a registered pledge with its two events', async () => {
    const [pledge] = await dataSource.query(`SELECT id, status, version, to_char(application_date, 'YYYY-MM-DD') AS applied, registration_number FROM pledges WHERE right_number = '30000001'`);
    expect(pledge).toMatchObject({ status: 'registered', version: 1, applied: '2023-03-01', registration_number: null });
    const events = await dataSource.query(`SELECT seq, action, to_char(effective_date, 'YYYY-MM-DD') AS date FROM pledge_events WHERE pledge_id = $1 ORDER BY seq`, [pledge.id]);
    expect(events).toEqual([
      { seq: 1, action: 'apply', date: '2023-03-01' },
      { seq: 2, action: 'register', date: '2023-03-01' },
    ]);
  });

  it('keeps a released registration released, and a migrated registration still holds its right', async () => {
    expect(await dataSource.query(`SELECT status FROM pledges WHERE right_number = '30000002'`)).toEqual([{ status: 'released' }]);
    await expect(
      dataSource.query(
        `INSERT INTO pledges (pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, loan_amount, application_date, status, region_code, created_by)
         VALUES ('丙公司', '91350100M000100Y43', 'trademark', '30000001', '建行', '1.00', '2024-01-01', 'applied', '440515', $1)`,
        [OFFICER],
      ),
    ).rejects.toThrow(/pledges_active_right_key/);
  });
});
