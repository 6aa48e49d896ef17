import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricDefinition, TMetricValue } from '@ipbureau/domain';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { CHAOYANG, CHENGHAI, disburse, patentNumber, pledgeApi, pledgeOf, register, repay, startUtilization, step } from './pledge-factories.js';

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
