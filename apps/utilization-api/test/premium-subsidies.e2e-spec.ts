import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TErrorBody, TPage } from '@ipbureau/domain';
import type { TInsurancePolicyDetail, TInterestSubsidyDetail, TPaymentApproval, TPremiumSubsidyPayment } from '@ipbureau/domain/utilization';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { disbursedPledge, moneyApi } from './fund-factories.js';
import { startUtilization } from './pledge-factories.js';
import { JINPING, LONGHU, policyOf } from './product-factories.js';

// Premium subsidies of IP insurance policies, paid through the same maker-checker register as
// fund claims and interest subsidies, and the subsidies-paid metrics that now count them.

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let approver: string;
let otherApprover: string;
let viewer: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, approver, otherApprover, viewer] = await Promise.all([
    tokens.mint(['utilization:officer'], { name: '郑经办' }),
    tokens.mint(['utilization:approver'], { name: '陈科长' }),
    tokens.mint(['utilization:approver'], { name: '黄副科长' }),
    tokens.mint(['utilization:viewer']),
  ]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => moneyApi(utilization.baseUrl);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params)).rows[0]!.n);
const newPolicy = (extra: Record<string, unknown> = {}) => api().post<TInsurancePolicyDetail>(officer, '/insurance-policies', policyOf(extra));
const approve = (p: { version: number }, effectiveDate: string) => ({ decision: 'approve', version: p.version, effectiveDate });
const metric = async (key: string, query: string) => (await api().get<{ value: string }>(viewer, `/metrics/${key}?${query}`)).value;

describe('premium subsidy payments through maker-checker', () => {
  it('is paid only on another person’s approval: the maker deciding is 403 and writes nothing; the approval records the amount and date on the policy', async () => {
    const policy = await newPolicy({ premium: '0.30', premiumSubsidy: '0.10', periodFrom: '2025-01-01', periodTo: '2025-12-31' });
    // An approver entering the payment is its maker.
    const payment = await api().post<TPremiumSubsidyPayment>(approver, '/premium-subsidy-payments', { policyId: policy.id, version: policy.version, applicationDate: '2025-02-01' });
    expect(payment).toMatchObject({ policyId: policy.id, policyNumber: policy.policyNumber, amount: '0.10', premium: '0.30', status: 'pending', paidOn: null, enteredByName: '陈科长', district: JINPING });

    const queue = await api().get<TPage<TPaymentApproval>>(viewer, '/payment-approvals?status=pending&kind=premium_subsidy');
    expect(queue.items.map((a) => [a.subjectId, a.amount, a.summary])).toEqual([[payment.id, '0.10', `${policy.insuredName} · ${policy.policyNumber}`]]);

    const own = await api().send<TErrorBody>(approver, 'POST', `/premium-subsidy-payments/${payment.id}/decision`, approve(payment, '2025-03-01'));
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/maker can not be the checker/);
    const byOfficer = await api().send<TErrorBody>(officer, 'POST', `/premium-subsidy-payments/${payment.id}/decision`, approve(payment, '2025-03-01'));
    expect(byOfficer.status).toBe(403);
    // Nothing was written by the refusals: the payment, its approval and the policy are as entered.
    expect((await db.query(`SELECT status, paid_on, version FROM utilization.premium_subsidy_payments WHERE id = $1`, [payment.id])).rows).toEqual([{ status: 'pending', paid_on: null, version: payment.version }]);
    expect((await db.query(`SELECT status, decided_by FROM utilization.payment_approvals WHERE kind = 'premium_subsidy' AND subject_id = $1`, [payment.id])).rows).toEqual([{ status: 'pending', decided_by: null }]);
    expect((await db.query(`SELECT premium_subsidy_paid_amount, premium_subsidy_paid_on, version FROM utilization.insurance_policies WHERE id = $1`, [policy.id])).rows).toEqual([
      { premium_subsidy_paid_amount: null, premium_subsidy_paid_on: null, version: policy.version },
    ]);
    expect(await count(`audit.events WHERE entity = 'premium_subsidy_payment' AND entity_id = $1`, [payment.id])).toBe(1);

    // While it awaits approval, a second entry and a change of the subsidy are both refused.
    expect((await api().send(officer, 'POST', '/premium-subsidy-payments', { policyId: policy.id, version: policy.version, applicationDate: '2025-02-02' })).status).toBe(409);
    expect((await api().send(officer, 'PATCH', `/insurance-policies/${policy.id}`, { version: policy.version, premiumSubsidy: '0.20' })).status).toBe(409);
    expect(await count(`utilization.premium_subsidy_payments WHERE policy_id = $1`, [policy.id])).toBe(1);

    const paid = await api().post<TPremiumSubsidyPayment>(otherApprover, `/premium-subsidy-payments/${payment.id}/decision`, approve(payment, '2025-03-01'));
    // The organization profile asks for one enterprise's payments by its credit code.
    const byInsured = await api().get<TPage<TPremiumSubsidyPayment>>(viewer, `/premium-subsidy-payments?insuredCreditCode=${payment.insuredCreditCode.toLowerCase()}`);
    expect(byInsured.items.map((p) => p.id)).toEqual([payment.id]);
    expect(paid).toMatchObject({ status: 'approved', paidOn: '2025-03-01', decidedByName: '黄副科长', amount: '0.10' });
    const after = await api().get<TInsurancePolicyDetail>(viewer, `/insurance-policies/${policy.id}`);
    expect(after).toMatchObject({ premiumSubsidyPaidAmount: '0.10', premiumSubsidyPaidOn: '2025-03-01', version: policy.version + 1 });
    expect(after.subsidyPayments).toEqual([paid]);
    const policies = await api().get<TPage<{ id: string; premiumSubsidyPaidOn: string | null }>>(viewer, `/insurance-policies?q=${policy.policyNumber}`);
    expect(policies.items.map((p) => p.premiumSubsidyPaidOn)).toEqual(['2025-03-01']);

    const again = await api().send<TErrorBody>(approver, 'POST', `/premium-subsidy-payments/${payment.id}/decision`, approve(paid, '2025-03-02'));
    expect(again.status).toBe(409);
    expect((await api().send(officer, 'POST', '/premium-subsidy-payments', { policyId: policy.id, version: after.version, applicationDate: '2025-04-01' })).status).toBe(409);
    expect((await db.query(`SELECT entity_id, action FROM audit.events WHERE entity = 'premium_subsidy_payment' ORDER BY seq`)).rows).toEqual([
      { entity_id: payment.id, action: 'create' },
      { entity_id: payment.id, action: 'approve' },
    ]);
  });

  it('takes a new entry after a rejection with its opinion, and refuses a policy without subsidy, a stale version, a viewer and a future date, writing nothing', async () => {
    const policy = await newPolicy({ premiumSubsidy: '2000.00', periodFrom: '2024-01-01', periodTo: '2024-12-31', district: LONGHU });
    const first = await api().post<TPremiumSubsidyPayment>(officer, '/premium-subsidy-payments', { policyId: policy.id, version: policy.version, applicationDate: '2024-03-01' });
    const noOpinion = await api().send<TErrorBody>(approver, 'POST', `/premium-subsidy-payments/${first.id}/decision`, { decision: 'reject', version: first.version, effectiveDate: '2024-03-05' });
    expect(noOpinion.status).toBe(400);
    expect(noOpinion.body.issues?.map((i) => i.path)).toEqual(['opinion']);
    const rejected = await api().post<TPremiumSubsidyPayment>(approver, `/premium-subsidy-payments/${first.id}/decision`, { decision: 'reject', version: first.version, effectiveDate: '2024-03-05', opinion: '保费发票缺失' });
    expect(rejected).toMatchObject({ status: 'rejected', opinion: '保费发票缺失', paidOn: null });
    expect((await api().get<TInsurancePolicyDetail>(viewer, `/insurance-policies/${policy.id}`)).premiumSubsidyPaidAmount).toBeNull();

    const second = await api().post<TPremiumSubsidyPayment>(officer, '/premium-subsidy-payments', { policyId: policy.id, version: policy.version, applicationDate: '2024-03-10' });
    expect(second).toMatchObject({ status: 'pending', amount: '2000.00' });
    const stale = await api().send(approver, 'POST', `/premium-subsidy-payments/${second.id}/decision`, approve({ version: second.version + 1 }, '2024-03-20'));
    expect(stale.status).toBe(409);
    const early = await api().send(approver, 'POST', `/premium-subsidy-payments/${second.id}/decision`, approve(second, '2024-03-09'));
    expect(early.status).toBe(422);
    expect((await api().get<TPremiumSubsidyPayment>(viewer, `/premium-subsidy-payments/${second.id}`)).status).toBe('pending');

    const before = await count('utilization.premium_subsidy_payments');
    const none = await newPolicy({ premiumSubsidy: '0.00' });
    const nothing = await api().send<TErrorBody>(officer, 'POST', '/premium-subsidy-payments', { policyId: none.id, version: none.version, applicationDate: '2024-03-01' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.message).toContain('no premium subsidy');
    const staleEntry = await newPolicy();
    expect((await api().send(officer, 'POST', '/premium-subsidy-payments', { policyId: staleEntry.id, version: staleEntry.version + 1, applicationDate: '2024-03-01' })).status).toBe(409);
    expect((await api().send(viewer, 'POST', '/premium-subsidy-payments', { policyId: staleEntry.id, version: staleEntry.version, applicationDate: '2024-03-01' })).status).toBe(403);
    expect((await api().send(officer, 'POST', '/premium-subsidy-payments', { policyId: staleEntry.id, version: staleEntry.version, applicationDate: '2999-01-01' })).status).toBe(422);
    expect((await api().send(officer, 'POST', '/premium-subsidy-payments', { policyId: staleEntry.id, version: staleEntry.version, applicationDate: '2023-12-31' })).status).toBe(422);
    expect(await count('utilization.premium_subsidy_payments')).toBe(before);
    expect(await count('utilization.payment_approvals')).toBe(before);
  });
});

describe('subsidies paid in a period', () => {
  it('counts premium subsidies beside interest subsidies, by payment date and district, exactly', async () => {
    // An interest subsidy of 0.20 paid on 2025-03-15 beside the premium subsidy of 0.10 paid on 2025-03-01 (Jinping).
    await api().post(officer, '/interest-subsidy-rules', { subsidyRatio: '0.5', annualCapPerEnterprise: '50000.00', effectiveFrom: '2024-01-01' });
    const pledge = await disbursedPledge(utilization.baseUrl, officer);
    const subsidy = await api().post<TInterestSubsidyDetail>(officer, '/interest-subsidies', {
      pledgeId: pledge.id,
      applicationDate: '2025-01-10',
      periods: [{ periodFrom: '2024-07-01', periodTo: '2024-12-31', paidOn: '2024-12-31', interestPaid: '0.40' }],
    });
    await api().post(approver, `/interest-subsidies/${subsidy.id}/decision`, approve(subsidy, '2025-03-15'));

    const march = 'from=2025-03-01&to=2025-03-31';
    expect(await metric('subsidies.premium_paid_in_period', march)).toBe('0.10');
    expect(await metric('subsidies.interest_paid_in_period', march)).toBe('0.20');
    expect(await metric('subsidies.paid_in_period', march)).toBe('0.30');
    expect(await metric('subsidies.paid_in_period', `${march}&district=${JINPING}`)).toBe('0.10');
    expect(await metric('subsidies.paid_in_period', 'from=2025-03-02&to=2025-03-31')).toBe('0.20');
    // The rejected and the pending payments of 2024 count nowhere.
    expect(await metric('subsidies.premium_paid_in_period', 'from=2024-01-01&to=2024-12-31')).toBe('0.00');
  });
});
