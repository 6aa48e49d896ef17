import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TErrorBody, TMetricValue, TPage } from '@ipbureau/domain';
import type { TInterestSubsidy, TInterestSubsidyDetail, TInterestSubsidyRule, TPaymentApproval } from '@ipbureau/domain/utilization';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { disbursedPledge, moneyApi } from './fund-factories.js';
import { CHENGHAI, pledgorCode, startUtilization } from './pledge-factories.js';

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let approver: string;
let viewer: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, approver, viewer] = await Promise.all([
    tokens.mint(['utilization:officer'], { name: '林经办' }),
    tokens.mint(['utilization:approver'], { name: '陈科长' }),
    tokens.mint(['utilization:viewer']),
  ]);
  // The city's rules: half the interest up to 50,000 a year in 2024; from 2025 40 % up to 30,000.
  // Chenghai has its own rule for 2026 (60 %, up to 10,000).
  await api().post<TInterestSubsidyRule>(officer, '/interest-subsidy-rules', { subsidyRatio: '0.5', annualCapPerEnterprise: '50000.00', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31', basis: '汕市监〔2024〕2号' });
  await api().post<TInterestSubsidyRule>(officer, '/interest-subsidy-rules', { subsidyRatio: '0.4', annualCapPerEnterprise: '30000.00', effectiveFrom: '2025-01-01' });
  await api().post<TInterestSubsidyRule>(officer, '/interest-subsidy-rules', { subsidyRatio: '0.6', annualCapPerEnterprise: '10000.00', effectiveFrom: '2026-01-01', district: CHENGHAI });
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => moneyApi(utilization.baseUrl);
const period = (periodFrom: string, periodTo: string, paidOn: string, interestPaid: string) => ({ periodFrom, periodTo, paidOn, interestPaid });
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);

describe('interest subsidies', () => {
  it('computes each period at the rule in force on its payment date, cut exactly at the annual cap, and shows the lines', async () => {
    const pledge = await disbursedPledge(utilization.baseUrl, officer);
    const subsidy = await api().post<TInterestSubsidyDetail>(officer, '/interest-subsidies', {
      pledgeId: pledge.id,
      applicationDate: '2025-04-10',
      periods: [
        period('2025-01-01', '2025-03-31', '2025-03-31', '10000.00'),
        period('2024-06-01', '2024-09-30', '2024-09-30', '60000.00'),
        period('2024-10-01', '2024-12-31', '2024-12-31', '40000.02'),
      ],
    });
    expect(subsidy).toMatchObject({ status: 'pending', interestTotal: '110000.02', amount: '54000.00', enterpriseCreditCode: pledge.pledgorCreditCode, enteredByName: '林经办' });
    expect(subsidy.lines.map((l) => [l.lineNo, l.paidOn, l.interestPaid, l.subsidyRatio, l.computed, l.capYear, l.annualCap, l.capRemainingBefore, l.granted, l.capped])).toEqual([
      [1, '2024-09-30', '60000.00', '0.5', '30000.00', 2024, '50000.00', '50000.00', '30000.00', false],
      [2, '2024-12-31', '40000.02', '0.5', '20000.01', 2024, '50000.00', '20000.00', '20000.00', true],
      [3, '2025-03-31', '10000.00', '0.4', '4000.00', 2025, '30000.00', '30000.00', '4000.00', false],
    ]);
    expect(await api().get<TInterestSubsidyDetail>(viewer, `/interest-subsidies/${subsidy.id}`)).toEqual(subsidy);

    // The cap for 2024 is used up: a further application for 2024 interest of the same enterprise pays nothing and is refused.
    const again = await disbursedPledge(utilization.baseUrl, officer, pledge.pledgorCreditCode);
    const refused = await api().send<TErrorBody>(officer, 'POST', '/interest-subsidies', { pledgeId: again.id, applicationDate: '2025-01-10', periods: [period('2024-06-01', '2024-12-31', '2024-12-31', '1000.00')] });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('annual cap');
    expect(await count(`SELECT count(*) FROM utilization.interest_subsidies WHERE pledge_id = $1`, [again.id])).toBe(0);

    // 2025 has 26,000.00 left.
    const rest = await api().post<TInterestSubsidyDetail>(officer, '/interest-subsidies', { pledgeId: again.id, applicationDate: '2025-07-10', periods: [period('2025-04-01', '2025-06-30', '2025-06-30', '100000.00')] });
    expect(rest.lines[0]).toMatchObject({ computed: '40000.00', capRemainingBefore: '26000.00', granted: '26000.00', capped: true });
    expect(rest.amount).toBe('26000.00');
  });

  it('is paid only on another person’s approval; a rejection frees the enterprise’s cap', async () => {
    const enterprise = pledgorCode();
    const pledge = await disbursedPledge(utilization.baseUrl, officer, enterprise);
    const body = { pledgeId: pledge.id, applicationDate: '2025-01-15', periods: [period('2024-06-01', '2024-12-31', '2024-12-20', '100000.00')] };
    const first = await api().post<TInterestSubsidyDetail>(approver, '/interest-subsidies', body);
    expect(first.amount).toBe('50000.00');

    const own = await api().send<TErrorBody>(approver, 'POST', `/interest-subsidies/${first.id}/decision`, { decision: 'approve', version: first.version, effectiveDate: '2025-02-01' });
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/maker can not be the checker/);
    const byOfficer = await api().send<TErrorBody>(officer, 'POST', `/interest-subsidies/${first.id}/decision`, { decision: 'reject', version: first.version, effectiveDate: '2025-02-01', opinion: '材料不全' });
    expect(byOfficer.status).toBe(403);
    expect((await api().get<TInterestSubsidy>(viewer, `/interest-subsidies/${first.id}`)).status).toBe('pending');

    const other = await tokens.mint(['utilization:approver'], { name: '黄副科长' });
    const rejected = await api().post<TInterestSubsidyDetail>(other, `/interest-subsidies/${first.id}/decision`, { decision: 'reject', version: first.version, effectiveDate: '2025-02-01', opinion: '付息凭证与银行回单不符' });
    expect(rejected).toMatchObject({ status: 'rejected', opinion: '付息凭证与银行回单不符', decidedByName: '黄副科长', paidOn: null });

    const second = await api().post<TInterestSubsidyDetail>(officer, '/interest-subsidies', { ...body, applicationDate: '2025-02-10' });
    expect(second.lines[0]).toMatchObject({ capRemainingBefore: '50000.00', granted: '50000.00' });
    const queue = await api().get<TPage<TPaymentApproval>>(viewer, '/payment-approvals?status=pending&kind=interest_subsidy');
    expect(queue.items.map((a) => a.subjectId)).toContain(second.id);
    const paid = await api().post<TInterestSubsidyDetail>(approver, `/interest-subsidies/${second.id}/decision`, { decision: 'approve', version: second.version, effectiveDate: '2025-03-05' });
    expect(paid).toMatchObject({ status: 'approved', paidOn: '2025-03-05', decidedByName: '陈科长' });

    const audit = await db.query(`SELECT entity_id, action FROM audit.events WHERE entity = 'interest_subsidy' AND entity_id = ANY($1) ORDER BY seq`, [[first.id, second.id]]);
    expect(audit.rows).toEqual([
      { entity_id: first.id, action: 'create' },
      { entity_id: first.id, action: 'transition' },
      { entity_id: second.id, action: 'create' },
      { entity_id: second.id, action: 'approve' },
    ]);

    const metric = async (query: string) => {
      const res = await fetch(`${utilization.baseUrl}/metrics/subsidies.interest_paid_in_period?${query}`, { headers: { authorization: `Bearer ${viewer}` } });
      expect(res.status).toBe(200);
      return ((await res.json()) as TMetricValue).value;
    };
    expect(await metric('from=2025-03-01&to=2025-03-31')).toBe('50000.00');
    expect(await metric('from=2025-01-01&to=2025-02-28')).toBe('0.00');
    expect(await metric('from=2025-03-01&to=2025-03-31&district=440507')).toBe('0.00');
  });

  it('shows the lender of its pledge, the name following a correction of the pledge’s lender', async () => {
    const pledge = await disbursedPledge(utilization.baseUrl, officer);
    const subsidy = await api().post<TInterestSubsidyDetail>(officer, '/interest-subsidies', { pledgeId: pledge.id, applicationDate: '2024-10-10', periods: [period('2024-06-01', '2024-09-30', '2024-09-30', '100.00')] });
    expect(subsidy.lenderName).toBe(pledge.lenderName);
    await api().expectStatus(200, officer, 'PATCH', `/pledges/${pledge.id}`, { version: pledge.version, lenderName: '中国工商银行股份有限公司汕头分行' });
    const shown = await api().get<TInterestSubsidyDetail>(viewer, `/interest-subsidies/${subsidy.id}`);
    expect(shown).toEqual({ ...subsidy, lenderName: '中国工商银行股份有限公司汕头分行' });
    const listed = await api().get<TPage<TInterestSubsidy>>(viewer, `/interest-subsidies?pledgeId=${pledge.id}`);
    expect(listed.items.map((s) => s.lenderName)).toEqual(['中国工商银行股份有限公司汕头分行']);
  });

  it('takes a district’s own rule before the city’s', async () => {
    const pledge = await disbursedPledge(utilization.baseUrl, officer);
    const subsidy = await api().post<TInterestSubsidyDetail>(officer, '/interest-subsidies', { pledgeId: pledge.id, applicationDate: '2026-04-01', periods: [period('2026-01-01', '2026-03-31', '2026-03-31', '20000.00')] });
    expect(subsidy.lines[0]).toMatchObject({ subsidyRatio: '0.6', computed: '12000.00', annualCap: '10000.00', granted: '10000.00', capped: true });
  });

  it('refuses bad input by field, interest not yet paid, overlapping rules and viewers, writing nothing', async () => {
    const pledge = await disbursedPledge(utilization.baseUrl, officer);
    const before = await count(`SELECT count(*) FROM utilization.interest_subsidies`);
    const bad = await api().send<TErrorBody>(officer, 'POST', '/interest-subsidies', { pledgeId: pledge.id, applicationDate: '2025-01-01', periods: [period('2024-07-01', '2024-06-01', '2024-07-02', '0.1'), period('2024-07-01', '2024-09-30', '2024-09-30', '-5')] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.map((i) => i.path)).toEqual(['periods.0.periodTo', 'periods.1.interestPaid']);
    const unpaid = await api().send<TErrorBody>(officer, 'POST', '/interest-subsidies', { pledgeId: pledge.id, applicationDate: '2024-09-01', periods: [period('2024-07-01', '2024-09-30', '2024-09-30', '100.00')] });
    expect(unpaid.status).toBe(422);
    const beforeLoan = await api().send<TErrorBody>(officer, 'POST', '/interest-subsidies', { pledgeId: pledge.id, applicationDate: '2025-01-01', periods: [period('2024-03-01', '2024-05-31', '2024-05-31', '100.00')] });
    expect(beforeLoan.status).toBe(422);
    expect(beforeLoan.body.message).toContain('2024-06-01');
    const byViewer = await api().send(viewer, 'POST', '/interest-subsidies', { pledgeId: pledge.id, applicationDate: '2025-01-01', periods: [period('2024-07-01', '2024-09-30', '2024-09-30', '100.00')] });
    expect(byViewer.status).toBe(403);
    expect(await count(`SELECT count(*) FROM utilization.interest_subsidies`)).toBe(before);
    const overlap = await api().send(officer, 'POST', '/interest-subsidy-rules', { subsidyRatio: '0.3', annualCapPerEnterprise: '1.00', effectiveFrom: '2024-12-01', effectiveTo: '2025-01-31' });
    expect(overlap.status).toBe(409);
    expect((await api().get<TInterestSubsidyRule[]>(viewer, '/interest-subsidy-rules')).length).toBe(3);
  });
});
