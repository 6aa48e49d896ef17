import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TPage } from '@ipbureau/domain';
import type { TInsurancePolicy, TInsurancePolicyDetail, TSecuritization } from '@ipbureau/domain/utilization';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { startUtilization } from './pledge-factories.js';
import { JINPING, LONGHU, policyOf, productApi, securitizationOf } from './product-factories.js';

// IP insurance policies and their claims (filed → paid / refused), securitization and trust
// products, and the metrics over them.

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let viewer: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, viewer] = await Promise.all([tokens.mint(['utilization:officer'], { name: '郑经办' }), tokens.mint(['utilization:viewer'])]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => productApi(utilization.baseUrl);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params)).rows[0]!.n);
type Issues = { issues: { path: string }[]; message: string };

describe('IP insurance policies', () => {
  it('records a policy with its exact amounts and one audit entry; a repeated policy number is 409 and a subsidy above the premium 400, neither written', async () => {
    const body = policyOf({ premium: '0.30', premiumSubsidy: '0.10', insuredSum: '0.20' });
    const res = await api().post<TInsurancePolicyDetail>(officer, '/insurance-policies', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ premium: '0.30', premiumSubsidy: '0.10', insuredSum: '0.20', paidClaims: '0.00', claims: [], district: JINPING });
    expect(await count(`audit.events WHERE entity = 'insurance_policy' AND entity_id = $1`, [res.body.id])).toBe(1);

    const before = await count('utilization.insurance_policies');
    expect((await api().post(officer, '/insurance-policies', policyOf({ policyNumber: body.policyNumber }))).status).toBe(409);
    const over = await api().post<Issues>(officer, '/insurance-policies', policyOf({ premium: '100.00', premiumSubsidy: '100.01' }));
    expect(over.status).toBe(400);
    expect(over.body.issues.map((i) => i.path)).toEqual(['premiumSubsidy']);
    const period = await api().post<Issues>(officer, '/insurance-policies', policyOf({ periodTo: '2023-12-31' }));
    expect(period.body.issues.map((i) => i.path)).toEqual(['periodTo']);
    expect(await count('utilization.insurance_policies')).toBe(before);
  });

  it('files claims and pays one within what the insured sum has left; overpaying is 422, paying twice 409 naming the allowed actions, and a refusal keeps its reason', async () => {
    const policy = (await api().post<TInsurancePolicyDetail>(officer, '/insurance-policies', policyOf({ insuredSum: '500000.00' }))).body;
    const first = await api().post<TInsurancePolicyDetail>(officer, `/insurance-policies/${policy.id}/claims`, { filedDate: '2024-03-01', claimedAmount: '400000.00', description: '维权诉讼费用' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const claimA = first.body.claims[0]!;
    expect(claimA).toMatchObject({ seq: 1, status: 'filed', allowedActions: ['pay', 'refuse'] });
    const second = await api().post<TInsurancePolicyDetail>(officer, `/insurance-policies/${policy.id}/claims`, { filedDate: '2024-05-01', claimedAmount: '300000.00', description: '第二起侵权' });
    const claimB = second.body.claims[1]!;

    const paid = await api().post<TInsurancePolicyDetail>(officer, `/insurance-claims/${claimA.id}/transitions`, { action: 'pay', version: claimA.version, effectiveDate: '2024-04-01', paidAmount: '350000.00' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.paidClaims).toBe('350000.00');
    expect(paid.body.claims[0]).toMatchObject({ status: 'paid', paidAmount: '350000.00', decidedDate: '2024-04-01', allowedActions: [] });

    // 150,000 is left of the insured sum: paying 150,000.01 on the second claim is refused.
    const over = await api().post<Issues>(officer, `/insurance-claims/${claimB.id}/transitions`, { action: 'pay', version: claimB.version, effectiveDate: '2024-06-01', paidAmount: '150000.01' });
    expect(over.status).toBe(422);
    expect(over.body.issues.map((i) => i.path)).toEqual(['paidAmount']);
    const again = await api().post<Issues>(officer, `/insurance-claims/${claimA.id}/transitions`, { action: 'refuse', version: paid.body.claims[0]!.version, effectiveDate: '2024-04-02', reason: 'x' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('allowed: none');
    const stale = await api().post(officer, `/insurance-claims/${claimB.id}/transitions`, { action: 'refuse', version: claimB.version + 1, effectiveDate: '2024-06-01', reason: 'x' });
    expect(stale.status).toBe(409);

    const refused = await api().post<TInsurancePolicyDetail>(officer, `/insurance-claims/${claimB.id}/transitions`, { action: 'refuse', version: claimB.version, effectiveDate: '2024-06-01', reason: '不属于保险责任范围' });
    expect(refused.body.claims[1]).toMatchObject({ status: 'refused', refusalReason: '不属于保险责任范围', paidAmount: null });
    const rows = await db.query(`SELECT status, paid_amount::text AS paid FROM utilization.insurance_claims WHERE policy_id = $1 ORDER BY seq`, [policy.id]);
    expect(rows.rows).toEqual([
      { status: 'paid', paid: '350000.00' },
      { status: 'refused', paid: null },
    ]);
    expect(await count(`audit.events WHERE entity = 'insurance_claim' AND entity_id = $1`, [claimA.id])).toBe(2);
    // The cover can not be moved to start after a claim on it was filed.
    const moved = await api().patch<Issues>(officer, `/insurance-policies/${policy.id}`, { version: policy.version, periodFrom: '2024-04-01' });
    expect(moved.status).toBe(422);
    expect(moved.body.issues.map((i) => i.path)).toEqual(['periodFrom']);
  });

  it('refuses a claim filed before the cover starts or for more than the insured sum (422), writing nothing; a viewer may read but not file', async () => {
    const policy = (await api().post<TInsurancePolicyDetail>(officer, '/insurance-policies', policyOf())).body;
    expect((await api().post(officer, `/insurance-policies/${policy.id}/claims`, { filedDate: '2023-12-31', claimedAmount: '1.00', description: 'x' })).status).toBe(422);
    expect((await api().post(officer, `/insurance-policies/${policy.id}/claims`, { filedDate: '2024-02-01', claimedAmount: '500000.01', description: 'x' })).status).toBe(422);
    expect((await api().post(viewer, `/insurance-policies/${policy.id}/claims`, { filedDate: '2024-02-01', claimedAmount: '1.00', description: 'x' })).status).toBe(403);
    expect(await count('utilization.insurance_claims WHERE policy_id = $1', [policy.id])).toBe(0);

    const updated = await api().patch<TInsurancePolicyDetail>(officer, `/insurance-policies/${policy.id}`, { version: policy.version, premiumSubsidy: '6000.00' });
    expect(updated.body).toMatchObject({ premiumSubsidy: '6000.00', version: policy.version + 1 });
    expect((await api().patch(officer, `/insurance-policies/${policy.id}`, { version: policy.version, note: 'stale' })).status).toBe(409);
    expect((await api().patch(officer, `/insurance-policies/${policy.id}`, { version: updated.body.version, premium: '5999.99' })).status).toBe(400);
    const list = await api().get<TPage<TInsurancePolicy>>(viewer, `/insurance-policies?q=${policy.policyNumber}`);
    expect(list.body.items.map((p) => p.id)).toEqual([policy.id]);
  });
});

describe('securitization and trust products', () => {
  it('records a product with its underlying rights and enterprises, corrects it against the version read, and refuses a bad credit code writing nothing', async () => {
    const res = await api().post<TSecuritization>(officer, '/securitization-products', securitizationOf());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.rights).toHaveLength(2);
    expect(res.body).toMatchObject({ amount: '100000000.00', issueDate: '2024-09-20', version: 1 });
    const updated = await api().patch<TSecuritization>(officer, `/securitization-products/${res.body.id}`, { version: 1, code: '1234567' });
    expect(updated.body).toMatchObject({ code: '1234567', version: 2 });
    expect((await api().patch(officer, `/securitization-products/${res.body.id}`, { version: 1, code: 'x' })).status).toBe(409);

    const before = await count('utilization.securitization_products');
    const bad = await api().post<Issues>(officer, '/securitization-products', securitizationOf({ enterprises: [{ name: 'x', creditCode: '91350100M000100Y44' }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i) => i.path)).toEqual(['enterprises.0.creditCode']);
    expect(await count('utilization.securitization_products')).toBe(before);
    expect((await api().get(viewer, `/securitization-products/${res.body.id}`)).status).toBe(200);
  });
});

describe('insurance and securitization metrics', () => {
  it('sums policies by the start of cover and products by issue date for a past period, per district', async () => {
    await api().post(officer, '/insurance-policies', policyOf({ periodFrom: '2022-03-01', periodTo: '2023-02-28', insuredSum: '0.10' }));
    await api().post(officer, '/insurance-policies', policyOf({ periodFrom: '2022-12-31', periodTo: '2023-12-30', insuredSum: '0.20', district: LONGHU }));
    await api().post(officer, '/insurance-policies', policyOf({ periodFrom: '2021-12-31', periodTo: '2022-12-30', insuredSum: '9.00' }));
    const m = (key: string, district?: string) => api().metric(viewer, key, '2022-01-01', '2022-12-31', district);
    expect(await m('insurance.contracts_in_period')).toBe('2');
    expect(await m('insurance.insured_sum_in_period')).toBe('0.30');
    expect(await m('insurance.insured_sum_in_period', LONGHU)).toBe('0.20');

    await api().post(officer, '/securitization-products', securitizationOf({ issueDate: '2022-06-30', amount: '50000000.05' }));
    await api().post(officer, '/securitization-products', securitizationOf({ kind: 'trust', issueDate: '2023-01-01', amount: '1.00' }));
    expect(await m('securitization.amount_in_period')).toBe('50000000.05');
  });
});
