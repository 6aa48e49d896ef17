import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDatabase } from '@ipbureau/dev-stack';
import { loadServiceConfig, openDataSource } from '@ipbureau/nest-kit';
import { CreatePledges1764000000000 } from '../src/migrations/1764000000000-create-pledges.js';
import { PledgeLifecycle1764100000000 } from '../src/migrations/1764100000000-pledge-lifecycle.js';
import { LenderCreditCode1764500000000 } from '../src/migrations/1764500000000-lender-credit-code.js';
import { UTILIZATION_SERVICE } from '../src/config.js';

let db: { url: string; drop: () => Promise<void> };
let dataSource: DataSource;
const OFFICER = '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01';
const insert = (rightNumber: string, lenderCreditCode: string | null) =>
  dataSource.query(
    `INSERT INTO pledges (pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, lender_credit_code, loan_amount, application_date, status, region_code, created_by)
     VALUES ('丙公司', '91350100M000100Y43', 'trademark', $1, '建行', $2, '1.00', '2024-01-01', 'applied', '440515', $3)`,
    [rightNumber, lenderCreditCode, OFFICER],
  );

// A pledge recorded before the lender's code was asked for must come through with no code.
beforeAll(async () => {
  db = await createDatabase(inject('databaseUrl'));
  const config = loadServiceConfig(UTILIZATION_SERVICE, { DATABASE_URL: db.url, LOG_LEVEL: 'silent', DB_POOL_SIZE: '2' });
  const before = await openDataSource(config, { entities: [], migrations: [CreatePledges1764000000000, PledgeLifecycle1764100000000] });
  await before.query(
    `INSERT INTO pledges (pledgor_name, pledgor_credit_code, right_kind, right_number, lender_name, loan_amount, application_date, status, region_code, created_by)
     VALUES ('甲公司', '91350100M000100Y43', 'trademark', '30000001', '中国银行 汕头分行', '100.10', '2023-03-01', 'applied', '440515', $1)`,
    [OFFICER],
  );
  await before.destroy();
  dataSource = await openDataSource(config, { entities: [], migrations: [CreatePledges1764000000000, PledgeLifecycle1764100000000, LenderCreditCode1764500000000] });
});
afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

describe('the lender credit code migration', () => {
  it('leaves the pledges recorded before it without a code, their lender as typed', async () => {
    expect(await dataSource.query(`SELECT lender_name, lender_credit_code FROM pledges WHERE right_number = '30000001'`)).toEqual([{ lender_name: '中国银行 汕头分行', lender_credit_code: null }]);
  });

  it('takes only a canonical code', async () => {
    await insert('30000002', '91350100M000100Y43');
    await expect(insert('30000003', '91350100m000100y43')).rejects.toThrow(/lender_credit_code/);
  });

  it('is undone by its down()', async () => {
    await dataSource.undoLastMigration();
    expect(await dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'pledges' AND column_name = 'lender_credit_code'`)).toEqual([]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM pledges`)).toEqual([{ n: 2 }]);
  });
});
