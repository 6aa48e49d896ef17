import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricDefinition, TMetricValue } from '@ipbureau/domain';
import type { TTrainingEventCreate } from '@ipbureau/domain/public-services';
import { caller, expectOk, factories, LONGHU, NANAO, startHarness, type Harness } from './support.js';

let h: Harness;
const api = caller(() => h);
const make = factories(() => h);

/**
 * A small history, entered through the API:
 *   agencies A1 (Longhu, 2010), A2 (Nan'ao, 2015), A3 (Longhu, 2019, deregistered 2021-06-30), A4 (Longhu trademark, 2021-03-01)
 *   agents g1 A1 2018→; g2 A1 2019 → A2 2021-07-01; g3 A3 2019-06 → A1 2021-06-01; g4 A2 2020-01-01 until 2020-12-31; g5 A1 2021→
 *   violations 2021-03-01 (Longhu), 2021-11-11 (Nan'ao), 2022-01-05 (Longhu) and one inspection in 2021
 *   trainings 2021-04-26 Longhu 100 people, 2021-09-10 Nan'ao 45, 2021-12-01 Longhu (attendance not known), 2022-03-01 Longhu 30; a publicity event in 2021 with 500
 */
beforeAll(async () => {
  h = await startHarness();
  const officer = h.officer;
  const a1 = await make.agency({ establishedDate: '2010-01-01' });
  const a2 = await make.agency({ establishedDate: '2015-01-01', district: NANAO });
  const a3 = await make.agency({ establishedDate: '2019-01-01' });
  await make.agency({ establishedDate: '2021-03-01', kind: 'trademark', licenceNumber: null });
  await make.agent(a1.id, { practiceStartDate: '2018-01-01' });
  const g2 = await make.agent(a1.id, { practiceStartDate: '2019-01-01' });
  const g3 = await make.agent(a3.id, { practiceStartDate: '2019-06-01' });
  const g4 = await make.agent(a2.id, { practiceStartDate: '2020-01-01' });
  await make.agent(a1.id, { practiceStartDate: '2021-01-01' });
  await expectOk(api(`/agents/${g2.id}/move`, { token: officer, body: { version: 1, agencyId: a2.id, date: '2021-07-01' } }));
  await expectOk(api(`/agents/${g3.id}/move`, { token: officer, body: { version: 1, agencyId: a1.id, date: '2021-06-01' } }));
  await expectOk(api(`/agents/${g4.id}/end-practice`, { token: officer, body: { version: 1, date: '2020-12-31' } }));
  await expectOk(api(`/agencies/${a3.id}/deregister`, { token: officer, body: { version: 1, date: '2021-06-30' } }));
  for (const [agencyId, foundDate] of [
    [a1.id, '2021-03-01'],
    [a2.id, '2021-11-11'],
    [a1.id, '2022-01-05'],
  ] as const) {
    await expectOk(api('/supervision-records', { token: officer, body: { kind: 'violation', agencyId, violationKind: 'certificate_lending', foundDate } }), 201);
  }
  await expectOk(api('/supervision-records', { token: officer, body: { kind: 'inspection', agencyId: a1.id, foundDate: '2021-05-05' } }), 201);
  const events: Partial<TTrainingEventCreate>[] = [
    { date: '2021-04-26', attendedCount: 100 },
    { date: '2021-09-10', attendedCount: 45, district: NANAO },
    { date: '2021-12-01', attendedCount: null },
    { date: '2022-03-01', attendedCount: 30 },
    { date: '2021-04-26', attendedCount: 500, kind: 'publicity' },
  ];
  for (const e of events) {
    const body = { kind: 'training', topic: '专利申请实务', audience: 'enterprises', online: true, venue: null, district: LONGHU, plannedCount: 100, ...e };
    await expectOk(api('/training-events', { token: officer, body }), 201);
  }
});
afterAll(async () => {
  await h?.close();
});

const value = async (path: string) => (await expectOk<TMetricValue>(api(path, { token: h.viewer }))).value;

describe('the public-services metric catalogue', () => {
  it('lists its metrics, each by district', async () => {
    const catalogue = await expectOk<TMetricDefinition[]>(api('/metrics', { token: h.viewer }));
    expect(catalogue.map((m) => [m.key, m.semantics, m.byDistrict])).toEqual([
      ['agents.practising', 'stock', true],
      ['agencies.active', 'stock', true],
      ['violations.found_in_period', 'flow', true],
      ['training.sessions_in_period', 'flow', true],
      ['training.people_trained_in_period', 'flow', true],
      ['info_services.requests_in_period', 'flow', true],
      ['info_services.satisfaction_in_period', 'flow', true],
      ['trusteeship.contracts_in_force', 'stock', true],
    ]);
  });

  it('counts agents practising on a past date where they practised then', async () => {
    expect(await value('/metrics/agents.practising?asOf=2017-12-31')).toBe('0');
    expect(await value('/metrics/agents.practising?asOf=2020-12-30')).toBe('4');
    expect(await value('/metrics/agents.practising?asOf=2020-12-31')).toBe('3');
    expect(await value(`/metrics/agents.practising?asOf=2020-12-31&district=${NANAO}`)).toBe('0');
    expect(await value('/metrics/agents.practising?asOf=2022-12-31')).toBe('4');
    expect(await value(`/metrics/agents.practising?asOf=2022-12-31&district=${LONGHU}`)).toBe('3');
    expect(await value(`/metrics/agents.practising?asOf=2022-12-31&district=${NANAO}`)).toBe('1');
  });

  it('counts agencies active on a date, the deregistered one until the day before', async () => {
    expect(await value('/metrics/agencies.active?asOf=2020-12-31')).toBe('3');
    expect(await value('/metrics/agencies.active?asOf=2021-06-29')).toBe('4');
    expect(await value('/metrics/agencies.active?asOf=2021-06-30')).toBe('3');
    expect(await value(`/metrics/agencies.active?asOf=2022-12-31&district=${LONGHU}`)).toBe('2');
  });

  it('counts violations found in a period, not inspections', async () => {
    expect(await value('/metrics/violations.found_in_period?from=2021-01-01&to=2021-12-31')).toBe('2');
    expect(await value(`/metrics/violations.found_in_period?from=2021-01-01&to=2021-12-31&district=${NANAO}`)).toBe('1');
    expect(await value('/metrics/violations.found_in_period?from=2021-01-01&to=2022-01-05')).toBe('3');
  });

  it('counts training sessions and the people trained in a period, leaving publicity aside', async () => {
    expect(await value('/metrics/training.sessions_in_period?from=2021-01-01&to=2021-12-31')).toBe('3');
    expect(await value('/metrics/training.people_trained_in_period?from=2021-01-01&to=2021-12-31')).toBe('145');
    expect(await value(`/metrics/training.people_trained_in_period?from=2021-01-01&to=2021-12-31&district=${LONGHU}`)).toBe('100');
    expect(await value('/metrics/training.people_trained_in_period?from=2021-01-01&to=2022-12-31')).toBe('175');
    expect(await value('/metrics/training.people_trained_in_period?from=2019-01-01&to=2019-12-31')).toBe('0');
  });
});
