import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricDefinition, TMetricValue } from '@ipbureau/domain';
import { aCase, caller, CHAONAN, JINPING, registerCase, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const metric = async (key: string, query: string) => {
  const res = await call(p.viewer, 'GET', `/metrics/${key}?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as TMetricValue).value;
};

/**
 * A small history, dated in 2024:
 * A (Jinping) registered 01-10, investigated 01-15, punished 03-01 (8000.50 + 1999.50), executed 03-20, closed 04-10.
 * B (Chaonan) registered 02-05, investigated 02-06, punished 05-10 (300.00 + 0.00), still decided.
 * C (Jinping) registered 03-15, transferred to the police 06-01.
 * D (Jinping) registered 06-20, mediated 07-01.
 * E (Chaonan) registered 2023-12-28, still registered.
 */
beforeAll(async () => {
  p = await startProtection();
  let a = await registerCase(p, aCase({ registeredDate: '2024-01-10' }));
  a = await step(p, p.officer, a, { action: 'investigate', effectiveDate: '2024-01-15' });
  a = await step(p, p.approver, a, { action: 'decide', effectiveDate: '2024-03-01', outcome: 'punished', decisionNumber: '汕市监知罚〔2024〕1号', fineAmount: '8000.50', confiscationAmount: '1999.50' });
  a = await step(p, p.officer, a, { action: 'execute', effectiveDate: '2024-03-20' });
  await step(p, p.approver, a, { action: 'close', effectiveDate: '2024-04-10' });

  let b = await registerCase(p, aCase({ registeredDate: '2024-02-05', district: CHAONAN }));
  b = await step(p, p.officer, b, { action: 'investigate', effectiveDate: '2024-02-06' });
  await step(p, p.approver, b, { action: 'decide', effectiveDate: '2024-05-10', outcome: 'punished', decisionNumber: '汕市监知罚〔2024〕2号', fineAmount: '300', confiscationAmount: '0' });

  const c = await registerCase(p, aCase({ registeredDate: '2024-03-15' }));
  await step(p, p.approver, c, { action: 'transfer', effectiveDate: '2024-06-01', recipientKind: 'police', recipientName: '汕头市公安局金平分局' });

  const d = await registerCase(p, aCase({ registeredDate: '2024-06-20' }));
  await step(p, p.officer, d, { action: 'mediate', effectiveDate: '2024-07-01', agreementDate: '2024-06-30' });

  await registerCase(p, aCase({ registeredDate: '2023-12-28', district: CHAONAN }));
});
afterAll(() => stopProtection(p));

describe('the protection metric catalogue', () => {
  it('lists the case, credit-list and adjudication metrics, each broken down by district', async () => {
    const catalogue = (await (await call(p.viewer, 'GET', '/metrics')).json()) as TMetricDefinition[];
    expect(catalogue.map((m) => [m.key, m.semantics, m.byDistrict])).toEqual([
      ['cases.registered_in_period', 'flow', true],
      ['cases.closed_in_period', 'flow', true],
      ['cases.fines_in_period', 'flow', true],
      ['cases.open', 'stock', true],
      ['cases.overdue', 'stock', true],
      ['blacklist.size', 'stock', true],
      ['adjudication.requests_in_period', 'flow', true],
      ['mediation.agreements_in_period', 'flow', true],
      ['reports.received_in_period', 'flow', true],
      ['reports.rewards_paid_in_period', 'flow', true],
      ['reports.rewards_paid_amount_in_period', 'flow', true],
      ['exhibitions.complaints_handled', 'flow', true],
      ['ecommerce.takedowns_in_period', 'flow', true],
      ['cases.handling_days_average', 'flow', true],
      ['cases.handling_days_p90', 'flow', true],
      ['rapid.pre_examinations_in_period', 'flow', true],
      ['rapid.sla_attainment_in_period', 'flow', true],
      ['rapid.passed_in_period', 'flow', true],
      ['workstations.in_operation', 'stock', true],
      ['workstations.assistance_in_period', 'flow', true],
      ['overseas.disputes_assisted_in_period', 'flow', true],
    ]);
  });

  it('counts cases registered in a past period, for the region or one district', async () => {
    expect(await metric('cases.registered_in_period', 'from=2024-01-01&to=2024-12-31')).toBe('4');
    expect(await metric('cases.registered_in_period', 'from=2024-01-01&to=2024-03-14')).toBe('2');
    expect(await metric('cases.registered_in_period', `from=2023-01-01&to=2024-12-31&district=${CHAONAN}`)).toBe('2');
  });

  it('counts cases closed in a past period by the date of closing', async () => {
    expect(await metric('cases.closed_in_period', 'from=2024-01-01&to=2024-04-09')).toBe('0');
    expect(await metric('cases.closed_in_period', 'from=2024-04-10&to=2024-04-10')).toBe('1');
    expect(await metric('cases.closed_in_period', `from=2024-01-01&to=2024-12-31&district=${CHAONAN}`)).toBe('0');
  });

  it('sums fines and confiscations decided in a past period exactly', async () => {
    expect(await metric('cases.fines_in_period', 'from=2024-01-01&to=2024-12-31')).toBe('10300.00');
    expect(await metric('cases.fines_in_period', 'from=2024-01-01&to=2024-03-31')).toBe('10000.00');
    expect(await metric('cases.fines_in_period', `from=2024-01-01&to=2024-12-31&district=${CHAONAN}`)).toBe('300.00');
    expect(await metric('cases.fines_in_period', 'from=2022-01-01&to=2022-12-31')).toBe('0.00');
  });

  it('counts the cases open as of a past date, leaving out the closed, transferred and mediated ones', async () => {
    expect(await metric('cases.open', 'asOf=2023-12-31')).toBe('1');
    expect(await metric('cases.open', 'asOf=2024-03-15')).toBe('4');
    expect(await metric('cases.open', 'asOf=2024-04-10')).toBe('3');
    expect(await metric('cases.open', 'asOf=2024-06-01')).toBe('2');
    expect(await metric('cases.open', 'asOf=2024-06-30')).toBe('3');
    expect(await metric('cases.open', 'asOf=2024-07-01')).toBe('2');
    expect(await metric('cases.open', `asOf=2024-07-01&district=${JINPING}`)).toBe('0');
  });
});
