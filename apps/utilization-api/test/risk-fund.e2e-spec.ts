import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TErrorBody, TMetricValue, TPage } from '@ipbureau/domain';
import type { TFund, TFundBalance, TFundBalanceSeries, TFundClaim, TFundEntry, TFundRule, TPaymentApproval } from '@ipbureau/domain/utilization';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { defaultedPledge, insertDefaultedPledges, moneyApi } from './fund-factories.js';
import { CHENGHAI, patentNumber, pledgeApi, pledgeOf, startUtilization } from './pledge-factories.js';

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let approver: string;
let secondApprover: string;
let viewer: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, approver, secondApprover, viewer] = await Promise.all([
    tokens.mint(['utilization:officer'], { name: '林经办' }),
    tokens.mint(['utilization:approver'], { name: '陈科长' }),
    tokens.mint(['utilization:approver'], { name: '黄副科长' }),
    tokens.mint(['utilization:viewer'], { name: '只读' }),
  ]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => moneyApi(utilization.baseUrl);
const defaulted = (options: Parameters<typeof defaultedPledge>[2] = {}) => defaultedPledge(utilization.baseUrl, officer, options);

/** A fund with one rule (from 2024-01-01, open-ended) and the given contributions, dated 2025-01-0n. */
async function fundWith(contributions: string[], rule: { compensationRatio: string; capPerLoan: string } = { compensationRatio: '0.4', capPerLoan: '2000000.00' }) {
  const fund = await api().post<TFund>(officer, '/funds', { name: `测试风险补偿资金 ${Math.random()}` });
  await api().post<TFundRule>(officer, `/funds/${fund.id}/rules`, { ...rule, effectiveFrom: '2024-01-01', basis: '汕市监〔2024〕1号' });
  for (const [i, amount] of contributions.entries()) {
    await api().post(officer, `/funds/${fund.id}/contributions`, { funderName: '汕头市财政局', entryDate: `2025-01-0${i + 1}`, amount });
  }
  return fund;
}
const claimOf = (fundId: string, pledgeId: string, lossAmount: string, claimDate = '2025-07-01') => ({ fundId, pledgeId, lossAmount, claimDate });
const approve = (claim: TFundClaim, effectiveDate = '2025-08-01') => ({ decision: 'approve', version: claim.version, effectiveDate });
const storedBalance = async (fundId: string) => (await db.query(`SELECT balance::text FROM utilization.funds WHERE id = $1`, [fundId])).rows[0].balance as string;
const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params)).rows[0].count);
const ledgerRows = (fundId: string) => count(`SELECT count(*) FROM utilization.fund_ledger WHERE fund_id = $1`, [fundId]);
const auditRows = (entityId: string) => count(`SELECT count(*) FROM audit.events WHERE entity_id = $1`, [entityId]);

describe('the fund ledger', () => {
  it('keeps money exact: 0.10 + 0.20 is 0.30 in the balance, the ledger and the metric', async () => {
    const fund = await fundWith(['0.10', '0.20']);
    expect(await api().get<TFund>(officer, `/funds/${fund.id}`)).toMatchObject({ balance: '0.30' });
    expect(await storedBalance(fund.id)).toBe('0.30');
    const ledger = await api().get<TPage<TFundEntry>>(viewer, `/funds/${fund.id}/ledger`);
    expect(ledger.items.map((e) => [e.entryDate, e.kind, e.amount, e.balanceAfter, e.funderName])).toEqual([
      ['2025-01-02', 'contribution', '0.20', '0.30', '汕头市财政局'],
      ['2025-01-01', 'contribution', '0.10', '0.10', '汕头市财政局'],
    ]);
    expect(await api().get<TFundBalance>(viewer, `/funds/${fund.id}/balance?asOf=2025-01-01`)).toMatchObject({ balance: '0.10', contributed: '0.10' });
    expect(await api().get<TFundBalance>(viewer, `/funds/${fund.id}/balance?asOf=2024-12-31`)).toMatchObject({ balance: '0.00' });
    const sheet = await fetch(`${utilization.baseUrl}/funds/${fund.id}/ledger?format=xlsx`, { headers: { authorization: `Bearer ${viewer}` } });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
    expect((await sheet.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('refuses to change or remove a ledger entry, in the database itself', async () => {
    const fund = await fundWith(['100.00']);
    await expect(db.query(`UPDATE utilization.fund_ledger SET amount = 1 WHERE fund_id = $1`, [fund.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM utilization.fund_ledger WHERE fund_id = $1`, [fund.id])).rejects.toThrow(/append-only/);
    expect(await storedBalance(fund.id)).toBe('100.00');
  });

  it('refuses, below the service, a payment the balance does not cover', async () => {
    const fund = await fundWith(['100.00']);
    const pledge = await defaulted();
    const claim = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledge.id, '100.00'));
    await expect(
      db.query(
        `INSERT INTO utilization.fund_ledger (fund_id, kind, entry_date, amount, pledge_id, claim_id, region_code, created_by, created_by_name)
         VALUES ($1, 'claim_payment', '2025-08-01', 100.01, $2, $3, '440500', gen_random_uuid(), 'x')`,
        [fund.id, pledge.id, claim.id],
      ),
    ).rejects.toThrow(/funds_balance_not_negative/);
    expect(await ledgerRows(fund.id)).toBe(1);
  });

  it('records every write once in the audit trail', async () => {
    const fund = await fundWith(['500.00']);
    const entries = await api().get<TPage<TFundEntry>>(viewer, `/funds/${fund.id}/ledger`);
    expect(await auditRows(fund.id)).toBe(1);
    expect(await auditRows(entries.items[0]!.id)).toBe(1);
    const rules = await api().get<TFundRule[]>(viewer, `/funds/${fund.id}/rules`);
    expect(await auditRows(rules[0]!.id)).toBe(1);
  });

  it('refuses overlapping rules, and contributions dated in the future, writing nothing', async () => {
    const fund = await fundWith([]);
    const overlap = await api().send<TErrorBody>(officer, 'POST', `/funds/${fund.id}/rules`, { compensationRatio: '0.5', capPerLoan: '100.00', effectiveFrom: '2025-01-01' });
    expect(overlap.status).toBe(409);
    const future = await api().send<TErrorBody>(officer, 'POST', `/funds/${fund.id}/contributions`, { funderName: '市财政局', entryDate: '2999-01-01', amount: '1.00' });
    expect(future.status).toBe(422);
    const badRatio = await api().send<TErrorBody>(officer, 'POST', `/funds/${fund.id}/rules`, { compensationRatio: '1.5', capPerLoan: '100.00', effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' });
    expect(badRatio.status).toBe(400);
    expect(badRatio.body.issues?.map((i) => i.path)).toEqual(['compensationRatio']);
    expect(await count(`SELECT count(*) FROM utilization.fund_rules WHERE fund_id = $1`, [fund.id])).toBe(1);
    expect(await ledgerRows(fund.id)).toBe(0);
  });
});

describe('claims on defaulted loans', () => {
  it('computes the claim at the rule’s ratio and cap, pays it on another person’s approval, traceable to the loan', async () => {
    const fund = await fundWith(['3000000.00'], { compensationRatio: '0.4', capPerLoan: '1000000.00' });
    const pledge = await defaulted({ disbursed: '2000000.00' });
    const claim = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledge.id, '1500000.00'));
    expect(claim).toMatchObject({ status: 'pending', defaultDate: '2025-06-15', compensationRatio: '0.4', computedAmount: '600000.00', amount: '600000.00', capped: false, enteredByName: '林经办' });

    const queue = await api().get<TPage<TPaymentApproval>>(viewer, '/payment-approvals?status=pending&kind=fund_claim');
    expect(queue.items.find((a) => a.subjectId === claim.id)).toMatchObject({ amount: '600000.00', status: 'pending', enteredByName: '林经办' });

    const paid = await api().post<TFundClaim>(approver, `/fund-claims/${claim.id}/decision`, approve(claim));
    expect(paid).toMatchObject({ status: 'approved', paidOn: '2025-08-01', decidedByName: '陈科长', version: claim.version + 1 });
    expect(await api().get<TFund>(viewer, `/funds/${fund.id}`)).toMatchObject({ balance: '2400000.00' });
    const payments = await db.query(`SELECT pledge_id, claim_id, amount::text FROM utilization.fund_ledger WHERE fund_id = $1 AND kind = 'claim_payment'`, [fund.id]);
    expect(payments.rows).toEqual([{ pledge_id: pledge.id, claim_id: claim.id, amount: '600000.00' }]);
    const audit = await db.query(`SELECT action, actor_name FROM audit.events WHERE entity = 'fund_claim' AND entity_id = $1 ORDER BY seq`, [claim.id]);
    expect(audit.rows).toEqual([
      { action: 'create', actor_name: '林经办' },
      { action: 'approve', actor_name: '陈科长' },
    ]);

    // A second decision is refused.
    const again = await api().send<TErrorBody>(secondApprover, 'POST', `/fund-claims/${claim.id}/decision`, approve(paid));
    expect(again.status).toBe(409);

    // Recoveries go back to the fund against the claim, never beyond what it paid.
    const recovered = await api().post<TFundClaim>(officer, `/fund-claims/${claim.id}/recoveries`, { entryDate: '2025-10-10', amount: '100000.00' });
    expect(recovered.recoveredAmount).toBe('100000.00');
    const tooMuch = await api().send<TErrorBody>(officer, 'POST', `/fund-claims/${claim.id}/recoveries`, { entryDate: '2025-10-11', amount: '500000.01' });
    expect(tooMuch.status).toBe(422);
    expect(await api().get<TFundBalance>(viewer, `/funds/${fund.id}/balance`)).toMatchObject({ balance: '2500000.00', claimsPaid: '600000.00', recovered: '100000.00' });
    expect(await api().get<TFundBalance>(viewer, `/funds/${fund.id}/balance?asOf=2025-07-31`)).toMatchObject({ balance: '3000000.00' });
    const series = await api().get<TFundBalanceSeries>(viewer, `/funds/${fund.id}/balance-series`);
    expect(series.points).toEqual([
      { date: '2025-01-01', balance: '3000000.00' },
      { date: '2025-08-01', balance: '2400000.00' },
      { date: '2025-10-10', balance: '2500000.00' },
    ]);
  });

  it('pays the cap per loan when the ratio would give more', async () => {
    const fund = await fundWith(['3000000.00'], { compensationRatio: '0.5', capPerLoan: '800000.00' });
    const pledge = await defaulted();
    const claim = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledge.id, '2000000.00'));
    expect(claim).toMatchObject({ computedAmount: '1000000.00', amount: '800000.00', capped: true });
  });

  it('refuses a claim that would overdraw the fund with 422 naming the amount, writing nothing', async () => {
    const fund = await fundWith(['100000.00']);
    const pledge = await defaulted();
    const before = await count(`SELECT count(*) FROM audit.events WHERE entity = 'fund_claim'`, []);
    const res = await api().send<TErrorBody>(officer, 'POST', '/fund-claims', claimOf(fund.id, pledge.id, '500000.00'));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('200,000.00');
    expect(res.body.message).toContain('100,000.00');
    expect(await count(`SELECT count(*) FROM utilization.fund_claims WHERE pledge_id = $1`, [pledge.id])).toBe(0);
    expect(await count(`SELECT count(*) FROM utilization.payment_approvals`, [])).toBe(await count(`SELECT count(*) FROM utilization.fund_claims`, []) + (await count(`SELECT count(*) FROM utilization.interest_subsidies`, [])));
    expect(await count(`SELECT count(*) FROM audit.events WHERE entity = 'fund_claim'`, [])).toBe(before);
    expect(await storedBalance(fund.id)).toBe('100000.00');
  });

  it('refuses at approval a payment the balance no longer covers, leaving the claim pending and the ledger unchanged', async () => {
    const fund = await fundWith(['100000.00']);
    const [first, second] = await Promise.all([defaulted(), defaulted()]);
    const a = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, first.id, '200000.00'));
    const b = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, second.id, '200000.00'));
    await api().post(approver, `/fund-claims/${a.id}/decision`, approve(a));
    const refused = await api().send<TErrorBody>(approver, 'POST', `/fund-claims/${b.id}/decision`, approve(b));
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('80,000.00');
    expect(await api().get<TFundClaim>(viewer, `/fund-claims/${b.id}`)).toMatchObject({ status: 'pending', version: b.version, decidedByName: null });
    expect(await ledgerRows(fund.id)).toBe(2);
    expect(await storedBalance(fund.id)).toBe('20000.00');
    expect(await auditRows(b.id)).toBe(1);
  });

  it('never lets 20 concurrent approvals overdraw a small fund: the sum paid is what the balance allowed', async () => {
    const fund = await fundWith(['1000000.00'], { compensationRatio: '0.5', capPerLoan: '1000000.00' });
    const pledges = await insertDefaultedPledges(db, 20);
    const claims: TFundClaim[] = [];
    for (const pledgeId of pledges) claims.push(await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledgeId, '300000.00')));
    const results = await Promise.all(claims.map((c) => api().send<TErrorBody>(approver, 'POST', `/fund-claims/${c.id}/decision`, approve(c))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array<number>(6).fill(201), ...Array<number>(14).fill(422)]);
    const paid = await db.query(`SELECT count(*)::int AS n, sum(amount)::text AS total FROM utilization.fund_ledger WHERE fund_id = $1 AND kind = 'claim_payment'`, [fund.id]);
    expect(paid.rows[0]).toEqual({ n: 6, total: '900000.00' });
    expect(await storedBalance(fund.id)).toBe('100000.00');
    expect(await api().get<TFundBalance>(viewer, `/funds/${fund.id}/balance`)).toMatchObject({ balance: '100000.00' });
    expect(await count(`SELECT count(*) FROM utilization.fund_claims WHERE fund_id = $1 AND status = 'approved'`, [fund.id])).toBe(6);
  });

  it('refuses a claim on a loan that is not defaulted, and a second claim on one loan', async () => {
    const fund = await fundWith(['1000000.00']);
    const pledge = await defaulted();
    await api().post(officer, '/fund-claims', claimOf(fund.id, pledge.id, '100.00'));
    const twice = await api().send<TErrorBody>(officer, 'POST', '/fund-claims', claimOf(fund.id, pledge.id, '100.00'));
    expect(twice.status).toBe(409);
    const running = await pledgeApi(utilization.baseUrl).applied(officer, pledgeOf('patent', patentNumber()));
    const notDefaulted = await api().send<TErrorBody>(officer, 'POST', '/fund-claims', claimOf(fund.id, running.id, '100.00'));
    expect(notDefaulted.status).toBe(409);
    expect(notDefaulted.body.message).toContain('applied');
    const tooEarly = await defaulted();
    const early = await api().send<TErrorBody>(officer, 'POST', '/fund-claims', claimOf(fund.id, tooEarly.id, '100.00', '2025-06-01'));
    expect(early.status).toBe(422);
    const beyond = await api().send<TErrorBody>(officer, 'POST', '/fund-claims', claimOf(fund.id, tooEarly.id, '5000000.01'));
    expect(beyond.status).toBe(422);
    expect(await count(`SELECT count(*) FROM utilization.fund_claims WHERE pledge_id = $1`, [tooEarly.id])).toBe(0);
    // A district's fund covers only its district's loans (the pledges here are Chenghai's).
    const longhu = await api().post<TFund>(officer, '/funds', { name: '龙湖区风险补偿资金', district: '440507' });
    const elsewhere = await api().send<TErrorBody>(officer, 'POST', '/fund-claims', claimOf(longhu.id, tooEarly.id, '100.00'));
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.message).toContain('does not cover');
  });
});

describe('maker-checker and roles', () => {
  it('never lets the user who entered a claim approve it, even an approver; another approver may', async () => {
    const fund = await fundWith(['1000000.00']);
    const pledge = await defaulted();
    const claim = await api().post<TFundClaim>(approver, '/fund-claims', claimOf(fund.id, pledge.id, '1000.00'));
    const own = await api().send<TErrorBody>(approver, 'POST', `/fund-claims/${claim.id}/decision`, approve(claim));
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/maker can not be the checker/);
    expect(await ledgerRows(fund.id)).toBe(1);
    expect(await auditRows(claim.id)).toBe(1);
    const approval = await db.query(`SELECT status FROM utilization.payment_approvals WHERE subject_id = $1`, [claim.id]);
    expect(approval.rows).toEqual([{ status: 'pending' }]);
    await api().post(secondApprover, `/fund-claims/${claim.id}/decision`, approve(claim));
    expect(await storedBalance(fund.id)).toBe('999600.00');
  });

  it('records a rejection with its opinion and pays nothing; a rejection needs an opinion', async () => {
    const fund = await fundWith(['1000000.00']);
    const pledge = await defaulted();
    const claim = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledge.id, '1000.00'));
    const bare = await api().send<TErrorBody>(approver, 'POST', `/fund-claims/${claim.id}/decision`, { decision: 'reject', version: claim.version, effectiveDate: '2025-08-01' });
    expect(bare.status).toBe(400);
    expect(bare.body.issues?.map((i) => i.path)).toEqual(['opinion']);
    const rejected = await api().post<TFundClaim>(approver, `/fund-claims/${claim.id}/decision`, { decision: 'reject', version: claim.version, effectiveDate: '2025-08-01', opinion: '银行未提供追偿证明' });
    expect(rejected).toMatchObject({ status: 'rejected', opinion: '银行未提供追偿证明', paidOn: null, decidedByName: '陈科长' });
    expect(await ledgerRows(fund.id)).toBe(1);
    const approval = await db.query(`SELECT status, opinion, decided_on::text FROM utilization.payment_approvals WHERE subject_id = $1`, [claim.id]);
    expect(approval.rows).toEqual([{ status: 'rejected', opinion: '银行未提供追偿证明', decided_on: '2025-08-01' }]);
  });

  it('lets the viewer read, the officer enter and only an approver decide', async () => {
    const fund = await fundWith(['1000000.00']);
    const pledge = await defaulted();
    const byViewer = await api().send(viewer, 'POST', '/fund-claims', claimOf(fund.id, pledge.id, '1000.00'));
    expect(byViewer.status).toBe(403);
    expect((await api().send(viewer, 'POST', `/funds/${fund.id}/contributions`, { funderName: 'x', entryDate: '2025-01-01', amount: '1.00' })).status).toBe(403);
    const claim = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledge.id, '1000.00'));
    const byOfficer = await api().send(officer, 'POST', `/fund-claims/${claim.id}/decision`, approve(claim));
    expect(byOfficer.status).toBe(403);
    expect(await api().get<TFundClaim>(viewer, `/fund-claims/${claim.id}`)).toMatchObject({ status: 'pending' });
    expect((await api().get<TPage<TFundClaim>>(viewer, `/fund-claims?fundId=${fund.id}`)).total).toBe(1);
    const stale = await api().send(approver, 'POST', `/fund-claims/${claim.id}/decision`, { ...approve(claim), version: claim.version + 1 });
    expect(stale.status).toBe(409);
    expect(await ledgerRows(fund.id)).toBe(1);
  });

  it('hides a district’s claims from a user scoped to another district', async () => {
    const fund = await fundWith(['1000000.00']);
    const pledge = await defaulted({ district: CHENGHAI });
    const claim = await api().post<TFundClaim>(officer, '/fund-claims', claimOf(fund.id, pledge.id, '1000.00'));
    const elsewhere = await tokens.mint(['utilization:approver'], { scope: { kind: 'districts', districts: ['440507'] } });
    expect((await api().send(elsewhere, 'GET', `/fund-claims/${claim.id}`)).status).toBe(404);
    expect((await api().send(elsewhere, 'POST', `/fund-claims/${claim.id}/decision`, approve(claim))).status).toBe(404);
  });
});

describe('fund metrics', () => {
  it('lists the fund and subsidy metrics with their semantics', async () => {
    const res = await fetch(`${utilization.baseUrl}/metrics`, { headers: { authorization: `Bearer ${viewer}` } });
    const catalogue = (await res.json()) as { key: string; semantics: string }[];
    expect(catalogue.filter((m) => /^(fund|subsidies)\./.test(m.key)).map((m) => [m.key, m.semantics])).toEqual([
      ['fund.balance', 'stock'],
      ['fund.claims_paid_in_period', 'flow'],
      ['subsidies.interest_paid_in_period', 'flow'],
      ['subsidies.premium_paid_in_period', 'flow'],
      ['subsidies.paid_in_period', 'flow'],
    ]);
  });

  it('answers the balance as of a past date and the claims paid in a period exactly', async () => {
    const metric = async (key: string, query: string) => {
      const res = await fetch(`${utilization.baseUrl}/metrics/${key}?${query}`, { headers: { authorization: `Bearer ${viewer}` } });
      expect(res.status, await res.clone().text()).toBe(200);
      return ((await res.json()) as TMetricValue).value;
    };
    // Every fund of this file so far is in the city: read the totals from the ledger to compare.
    const expected = await db.query(
      `SELECT COALESCE(sum(CASE kind WHEN 'claim_payment' THEN -amount ELSE amount END) FILTER (WHERE entry_date <= '2025-07-31'), 0)::numeric(18,2)::text AS balance,
              COALESCE(sum(amount) FILTER (WHERE kind = 'claim_payment' AND entry_date BETWEEN '2025-08-01' AND '2025-08-31'), 0)::numeric(18,2)::text AS paid
         FROM utilization.fund_ledger`,
    );
    expect(await metric('fund.balance', 'asOf=2025-07-31')).toBe(expected.rows[0].balance);
    expect(await metric('fund.claims_paid_in_period', 'from=2025-08-01&to=2025-08-31')).toBe(expected.rows[0].paid);
    expect(await metric('fund.claims_paid_in_period', 'from=2024-01-01&to=2024-12-31')).toBe('0.00');
    expect(await metric('fund.balance', 'asOf=2024-12-31')).toBe('0.00');
  });
});
