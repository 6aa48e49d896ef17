import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sumMoney, type TMetricDefinition, type TMetricValue } from '@ipbureau/domain';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import type { TPledgeBreakdown } from '@ipbureau/domain/utilization';
import { BOC, CHAOYANG, CHENGHAI, ICBC, RCB, disburse, patentNumber, pledgeApi, pledgeOf, register, repay, startUtilization, step, trademarkNumber } from './pledge-factories.js';

let utilization: TestService;
let tokens: TestTokenIssuer;
let approver: string;
let viewer: string;

/**
 * A small book of loans (a fresh database, so the figures are exact):
 *  A Chenghai 0.10, registered 2021-03-01, disbursed 2021-03-10, repaid 0.10 on 2022-01-15, released 2022-02-01
 *  B Chenghai 0.20, registered 2021-12-31, disbursed 2022-01-05, 0.05 repaid 2022-06-30, defaulted 2023-01-10
 *  C Chaoyang 300000000.00, registered 2022-04-01, disbursed 2022-04-10, extended 2023-04-01
 *  D Chaoyang 999.99, applied 2022-05-01 and never registered
 *  E Chaoyang 50.00, registered 2021-06-01, released unused 2021-07-01
 * and, in 2019, rights of every kind at several lenders (for the breakdowns):
 *  F patent    Chenghai 1000000.00 中国银行汕头分行   registered 2019-03-01
 *  G trademark Chaoyang       0.10 中国工商银行汕头分行 registered 2019-05-01
 *  H trademark Chenghai       0.20 中国银行汕头分行   registered 2019-06-01
 *  I GI        Chaoyang     300.00 汕头农商银行       registered 2019-12-31
 *  J trademark Chaoyang     999.00 汕头农商银行       applied 2019-02-01, never registered
 * (F and H carry the Bank of China's credit code, F spelled "中国银行 汕头分行"), and, in 2018, three
 * pledges recorded without the lender's code, spelled "汕头农商银行（澄海支行）" (10.00, 7.00) and
 * "汕头农商银行 (澄海支行)" (20.05, the latest).
 */
beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  [approver, viewer] = await Promise.all([tokens.mint(['utilization:approver']), tokens.mint(['utilization:viewer'])]);
  const api = pledgeApi(utilization.baseUrl);
  const book = async (extra: Record<string, unknown>, ...steps: object[]) => api.walk(approver, await api.applied(approver, pledgeOf('patent', patentNumber(), extra)), ...steps);
  await Promise.all([
    book({ loanAmount: '0.10', applicationDate: '2021-02-01' }, register('2021-03-01'), disburse('2021-03-10', '0.10'), repay('2022-01-15', '0.10'), step('release', '2022-02-01')),
    book({ loanAmount: '0.20', applicationDate: '2021-12-01' }, register('2021-12-31'), disburse('2022-01-05', '0.20'), repay('2022-06-30', '0.05'), step('default', '2023-01-10')),
    book({ loanAmount: '300000000.00', applicationDate: '2022-03-01', district: CHAOYANG }, register('2022-04-01'), disburse('2022-04-10', '300000000.00', '2023-04-10'), step('extend', '2023-04-01', { maturityDate: '2024-04-10' })),
    book({ loanAmount: '999.99', applicationDate: '2022-05-01', district: CHAOYANG }),
    book({ loanAmount: '50.00', applicationDate: '2021-05-01', district: CHAOYANG }, register('2021-06-01'), step('release', '2021-07-01')),
  ]);
  const of = async (kind: string, number: string, extra: Record<string, unknown>, ...steps: object[]) => api.walk(approver, await api.applied(approver, pledgeOf(kind, number, { applicationDate: '2019-01-10', ...extra })), ...steps);
  await Promise.all([
    of('patent', patentNumber(), { loanAmount: '1000000.00', ...BOC, lenderName: '中国银行 汕头分行' }, register('2019-03-01')),
    of('trademark', trademarkNumber(), { loanAmount: '0.10', district: CHAOYANG }, register('2019-05-01')),
    of('trademark', trademarkNumber(), { loanAmount: '0.20', ...BOC }, register('2019-06-01')),
    of('gi', trademarkNumber(), { loanAmount: '300.00', ...RCB, district: CHAOYANG }, register('2019-12-31')),
    of('trademark', trademarkNumber(), { loanAmount: '999.00', ...RCB, district: CHAOYANG, applicationDate: '2019-02-01' }),
  ]);
  // Pledges recorded before the lender's code was asked for: the code is cleared as the migration left them.
  const legacy = await Promise.all([
    of('patent', patentNumber(), { loanAmount: '10.00', lenderName: '汕头农商银行（澄海支行）', applicationDate: '2018-01-10' }, register('2018-03-01')),
    of('patent', patentNumber(), { loanAmount: '20.05', lenderName: ' 汕头农商银行 (澄海支行)', applicationDate: '2018-01-10', district: CHAOYANG }, register('2018-04-01')),
    of('patent', patentNumber(), { loanAmount: '7.00', lenderName: '汕头农商银行（澄海支行）', applicationDate: '2018-01-10' }, register('2018-02-01')),
  ]);
  const db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 1 });
  await db.query(`UPDATE utilization.pledges SET lender_credit_code = NULL WHERE id = ANY($1)`, [legacy.map((p) => p.id)]);
  await db.end();
});
afterAll(async () => {
  await utilization?.close();
  await tokens?.close();
});

const metric = async (key: string, query: string) => {
  const res = await fetch(`${utilization.baseUrl}/metrics/${key}?${query}`, { headers: { authorization: `Bearer ${viewer}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as TMetricValue;
};
const value = async (key: string, query: string) => (await metric(key, query)).value;

describe('the pledge metric catalogue', () => {
  it('lists the pledge metrics with their semantics', async () => {
    const res = await fetch(`${utilization.baseUrl}/metrics`, { headers: { authorization: `Bearer ${viewer}` } });
    const catalogue = (await res.json()) as TMetricDefinition[];
    // Other features list their own metrics beside these.
    expect(catalogue.filter((m) => m.key.startsWith('pledges.')).map((m) => [m.key, m.semantics, m.byDistrict])).toEqual([
      ['pledges.amount_in_period', 'flow', true],
      ['pledges.count_in_period', 'flow', true],
      ['pledges.outstanding', 'stock', true],
      ['pledges.amount_in_period.patent', 'flow', true],
      ['pledges.count_in_period.patent', 'flow', true],
      ['pledges.amount_in_period.trademark', 'flow', true],
      ['pledges.count_in_period.trademark', 'flow', true],
      ['pledges.amount_in_period.gi', 'flow', true],
      ['pledges.count_in_period.gi', 'flow', true],
    ]);
  });
});

describe('pledge financing in a period', () => {
  it('sums the loan amounts registered in the period exactly: 0.10 + 0.20 is 0.30', async () => {
    expect(await value('pledges.amount_in_period', `from=2021-01-01&to=2021-12-31&district=${CHENGHAI}`)).toBe('0.30');
    expect(await value('pledges.amount_in_period', 'from=2021-01-01&to=2021-12-31')).toBe('50.30');
  });

  it('counts a registration in the period that holds its registration date, not its application date', async () => {
    expect(await value('pledges.count_in_period', 'from=2021-01-01&to=2021-12-31')).toBe('3');
    expect(await value('pledges.count_in_period', 'from=2022-01-01&to=2022-12-31')).toBe('1');
    expect(await value('pledges.amount_in_period', 'from=2022-01-01&to=2022-12-31')).toBe('300000000.00');
    expect(await value('pledges.count_in_period', 'from=2021-12-31&to=2021-12-31')).toBe('1');
  });

  it('covers the plan period 2021–2025, by district, and answers zero for an empty period', async () => {
    expect(await metric('pledges.amount_in_period', 'from=2021-01-01&to=2025-12-31')).toMatchObject({ value: '300000050.30', from: '2021-01-01', to: '2025-12-31', asOf: null, regionCode: '440500' });
    expect(await value('pledges.amount_in_period', `from=2021-01-01&to=2025-12-31&district=${CHAOYANG}`)).toBe('300000050.00');
    expect(await value('pledges.count_in_period', `from=2021-01-01&to=2025-12-31&district=${CHAOYANG}`)).toBe('2');
    expect(await value('pledges.amount_in_period', 'from=2020-01-01&to=2020-12-31')).toBe('0.00');
  });
});

describe('outstanding pledged loans as of a date', () => {
  it('reproduces each past date from the dated events', async () => {
    expect(await metric('pledges.outstanding', 'asOf=2021-03-09')).toMatchObject({ value: '0.00', asOf: '2021-03-09' });
    expect(await value('pledges.outstanding', 'asOf=2021-03-10')).toBe('0.10');
    expect(await value('pledges.outstanding', 'asOf=2022-01-05')).toBe('0.30');
    expect(await value('pledges.outstanding', 'asOf=2022-01-15')).toBe('0.20');
    expect(await value('pledges.outstanding', 'asOf=2022-04-10')).toBe('300000000.20');
    expect(await value('pledges.outstanding', 'asOf=2022-06-30')).toBe('300000000.15');
  });

  it('keeps a defaulted loan outstanding and narrows to one district', async () => {
    expect(await value('pledges.outstanding', `asOf=2024-12-31&district=${CHENGHAI}`)).toBe('0.15');
    expect(await value('pledges.outstanding', `asOf=2024-12-31&district=${CHAOYANG}`)).toBe('300000000.00');
  });
});

describe('pledge financing by right kind, lender and district', () => {
  const breakdown = async (query: string, token = viewer) => {
    const res = await fetch(`${utilization.baseUrl}/pledge-metrics/breakdown?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as TPledgeBreakdown };
  };

  it('answers each right kind as a metric of its own, exactly, by district', async () => {
    const y2019 = 'from=2019-01-01&to=2019-12-31';
    expect(await value('pledges.amount_in_period.patent', y2019)).toBe('1000000.00');
    expect(await value('pledges.amount_in_period.trademark', y2019)).toBe('0.30');
    expect(await value('pledges.count_in_period.trademark', y2019)).toBe('2');
    expect(await value('pledges.amount_in_period.gi', y2019)).toBe('300.00');
    expect(await value('pledges.count_in_period.gi', `${y2019}&district=${CHENGHAI}`)).toBe('0');
    expect(await value('pledges.amount_in_period.trademark', `${y2019}&district=${CHENGHAI}`)).toBe('0.20');
    // The books of 2021–2025 hold patents only; the never-registered trademark counts nowhere.
    expect(await value('pledges.amount_in_period.patent', 'from=2021-01-01&to=2025-12-31')).toBe('300000050.30');
    expect(await value('pledges.count_in_period.trademark', 'from=2019-01-01&to=2025-12-31')).toBe('2');
  });

  it('breaks a period down by right kind, by lender (largest first) and by district, each summing to the period’s metric', async () => {
    const { status, body } = await breakdown('from=2019-01-01&to=2019-12-31');
    expect(status).toBe(200);
    expect(body).toEqual({
      from: '2019-01-01',
      to: '2019-12-31',
      regionCode: '440500',
      total: { amount: '1000300.30', count: 4 },
      byRightKind: [
        { rightKind: 'patent', amount: '1000000.00', count: 1 },
        { rightKind: 'trademark', amount: '0.30', count: 2 },
        { rightKind: 'gi', amount: '300.00', count: 1 },
      ],
      byLender: [
        // Two spellings under one credit code count once, named by the latest.
        { lenderCreditCode: BOC.lenderCreditCode, lenderName: '中国银行汕头分行', amount: '1000000.20', count: 2 },
        { ...RCB, amount: '300.00', count: 1 },
        { ...ICBC, amount: '0.10', count: 1 },
      ],
      byDistrict: [
        { district: CHAOYANG, amount: '300.10', count: 2 },
        { district: CHENGHAI, amount: '1000000.20', count: 2 },
      ],
    });
    expect(await value('pledges.amount_in_period', 'from=2019-01-01&to=2019-12-31')).toBe(body.total.amount);
  });

  it('groups pledges recorded without a lender code by the name normalized, and still sums to the total', async () => {
    const { status, body } = await breakdown('from=2018-01-01&to=2018-12-31');
    expect(status).toBe(200);
    expect(body.total).toEqual({ amount: '37.05', count: 3 });
    expect(await value('pledges.amount_in_period', 'from=2018-01-01&to=2018-12-31')).toBe(body.total.amount);
    expect(body.byLender).toEqual([{ lenderCreditCode: null, lenderName: '汕头农商银行 (澄海支行)', amount: '37.05', count: 3 }]);
    // Across both years every lender is one entry, and the entries add up to the total.
    const both = (await breakdown('from=2018-01-01&to=2019-12-31')).body;
    expect(both.byLender.map((l) => [l.lenderCreditCode, l.count])).toEqual([
      [BOC.lenderCreditCode, 2],
      [RCB.lenderCreditCode, 1],
      [null, 3],
      [ICBC.lenderCreditCode, 1],
    ]);
    expect(sumMoney(both.byLender.map((l) => l.amount))).toBe(both.total.amount);
    expect(both.byLender.reduce((n, l) => n + l.count, 0)).toBe(both.total.count);
  });

  it('narrows to one district, answers zeros for an empty period, and refuses a bad window or a district outside the region', async () => {
    const chaoyang = (await breakdown(`from=2019-01-01&to=2019-12-31&district=${CHAOYANG}`)).body;
    expect(chaoyang.total).toEqual({ amount: '300.10', count: 2 });
    expect(chaoyang.regionCode).toBe(CHAOYANG);
    expect(chaoyang.byRightKind.map((k) => [k.rightKind, k.amount, k.count])).toEqual([
      ['patent', '0.00', 0],
      ['trademark', '0.10', 1],
      ['gi', '300.00', 1],
    ]);
    expect(chaoyang.byLender.map((l) => l.lenderName)).toEqual(['汕头农商银行', '中国工商银行汕头分行']);

    const empty = (await breakdown('from=2020-01-01&to=2020-12-31')).body;
    expect(empty).toMatchObject({ total: { amount: '0.00', count: 0 }, byLender: [], byDistrict: [] });
    expect(empty.byRightKind.every((k) => k.amount === '0.00' && k.count === 0)).toBe(true);

    expect((await breakdown('from=2019-12-31&to=2019-01-01')).status).toBe(400);
    expect((await breakdown('from=2019-01-01&to=2019-12-31&district=440305')).status).toBe(400);
    expect((await breakdown('from=2019-01-01&to=2019-12-31&lender=x')).status).toBe(400);
    expect((await fetch(`${utilization.baseUrl}/pledge-metrics/breakdown`)).status).toBe(401);
  });
});
