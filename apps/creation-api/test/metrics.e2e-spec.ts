import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricDefinition, TMetricValue, TPatentType } from '@ipbureau/domain';
import { applicationNumber, call, JINPING, json, LONGHU, patentInput, startCreation, trademarkInput, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;

/** A patent filed, then taken through dated events: [action, effectiveDate][]. */
async function patentWith(type: TPatentType, filed: string, events: [string, string][], district = LONGHU) {
  const w = writers(h);
  let patent = await w.registerPatent(patentInput({ applicationNumber: applicationNumber(type, Number(filed.slice(0, 4))), filingDate: filed, district }));
  for (const [action, effectiveDate] of events) {
    patent = await json(await w.transitionPatent(patent.id, { action, effectiveDate, version: patent.version }), 200);
  }
  return patent;
}

async function trademarkWith(kind: string, registered: string, events: [string, string][], district = LONGHU) {
  const w = writers(h);
  let mark = await w.registerTrademark(trademarkInput({ kind: kind as never, registrationDate: registered, district }));
  for (const [action, effectiveDate] of events) {
    mark = await json(await w.transitionTrademark(mark.id, { action, effectiveDate, version: mark.version }), 200);
  }
  return mark;
}

beforeAll(async () => {
  h = await startCreation();
  // Patents: A granted 2019, lapsed 2021; B in Jinping, granted 2020; C a utility model; D a PCT
  // invention granted 2021 and invalidated 2023; E still pending; F lapsed and restored in 2021.
  await patentWith('invention', '2017-05-02', [['grant', '2019-06-01'], ['lapse', '2021-03-01']]);
  await patentWith('invention', '2018-02-03', [['grant', '2020-01-10']], JINPING);
  await patentWith('utility_model', '2019-11-11', [['grant', '2020-05-01']]);
  await patentWith('pct_invention', '2019-08-08', [['grant', '2021-06-01'], ['invalidate', '2023-02-01']]);
  await patentWith('invention', '2022-01-04', []);
  await patentWith('invention', '2016-03-03', [['grant', '2019-01-05'], ['lapse', '2021-01-10'], ['restore', '2021-03-01']]);
  // Trademarks: T1 not renewed (expired 2022-03-31); T2 Madrid, renewed before expiry; T3
  // collective, cancelled 2021; T4 collective in Jinping; T5 renewed in its grace period.
  await trademarkWith('ordinary', '2012-04-01', []);
  await trademarkWith('madrid', '2015-03-07', [['renew', '2024-11-20']]);
  await trademarkWith('collective', '2018-01-01', [['cancel', '2021-07-01']]);
  await trademarkWith('collective', '2019-09-09', [], JINPING);
  await trademarkWith('ordinary', '2014-06-01', [['renew', '2024-10-15']]);
});
afterAll(async () => {
  await h?.close();
});

const metric = async (key: string, query: string) => json<TMetricValue>(await call(h.service.baseUrl, h.viewer, 'GET', `/metrics/${key}?${query}`), 200);
const value = async (key: string, query: string) => (await metric(key, query)).value;

describe('the creation metric catalogue', () => {
  it('lists the patent, trademark, enterprise, certification and subsidy indicators, each broken down by district', async () => {
    const catalogue = await json<TMetricDefinition[]>(await call(h.service.baseUrl, h.viewer, 'GET', '/metrics'), 200);
    expect(catalogue.map((m) => [m.key, m.semantics, m.byDistrict])).toEqual([
      ['patents.granted', 'cumulative', true],
      ['patents.granted_in_period', 'flow', true],
      ['patents.granted_invention', 'cumulative', true],
      ['patents.granted_invention_in_period', 'flow', true],
      ['patents.valid_invention', 'stock', true],
      ['trademarks.valid', 'stock', true],
      ['trademarks.madrid', 'stock', true],
      ['trademarks.collective', 'stock', true],
      ['patents.high_value_invention', 'stock', true],
      ['enterprises.national_provincial_new_in_period', 'flow', true],
      ['enterprises.national_new_in_period', 'flow', true],
      ['enterprises.provincial_new_in_period', 'flow', true],
      ['enterprises.municipal_cultivation_new_in_period', 'flow', true],
      ['certifications.entities_certified', 'cumulative', true],
      ['subsidies.paid_amount_in_period', 'flow', true],
      ['subsidies.paid_count_in_period', 'flow', true],
      ['clawbacks.outstanding', 'stock', true],
      ['gis.count', 'stock', true],
      ['gis.count.gi_product', 'stock', true],
      ['gis.count.gi_trademark', 'stock', true],
      ['gis.producers_authorized', 'stock', true],
    ]);
  });
});

describe('patent metrics', () => {
  it('counts valid invention patents from the dated events: a patent granted 2019 and lapsed 2021 is valid at the end of 2020 and not of 2021', async () => {
    expect(await metric('patents.valid_invention', 'asOf=2020-12-31')).toMatchObject({ value: '3', asOf: '2020-12-31', regionCode: '440500', semantics: 'stock' });
    expect(await value('patents.valid_invention', 'asOf=2021-02-01')).toBe('2');
    expect(await value('patents.valid_invention', 'asOf=2021-12-31')).toBe('3');
    expect(await value('patents.valid_invention', 'asOf=2023-12-31')).toBe('2');
    expect(await value('patents.valid_invention', 'asOf=2018-12-31')).toBe('0');
  });

  it('breaks the stock down by district', async () => {
    expect(await metric('patents.valid_invention', `asOf=2021-12-31&district=${JINPING}`)).toMatchObject({ value: '1', regionCode: JINPING });
    expect(await value('patents.valid_invention', `asOf=2021-12-31&district=${LONGHU}`)).toBe('2');
  });

  it('counts grants of every type cumulatively to a date and as a flow in a period', async () => {
    expect(await value('patents.granted', 'asOf=2020-12-31')).toBe('4');
    expect(await value('patents.granted', 'asOf=2025-12-31')).toBe('5');
    expect(await metric('patents.granted_in_period', 'from=2021-01-01&to=2025-12-31')).toMatchObject({ value: '1', from: '2021-01-01', to: '2025-12-31', asOf: null });
    expect(await value('patents.granted_in_period', 'from=2019-01-01&to=2020-12-31')).toBe('4');
    expect(await value('patents.granted_in_period', `from=2019-01-01&to=2020-12-31&district=${JINPING}`)).toBe('1');
  });

  it('counts invention grants (PCT inventions included, utility models not) apart', async () => {
    expect(await value('patents.granted_invention', 'asOf=2020-12-31')).toBe('3');
    expect(await value('patents.granted_invention', 'asOf=2025-12-31')).toBe('4');
    expect(await value('patents.granted_invention_in_period', 'from=2021-01-01&to=2025-12-31')).toBe('1');
    expect(await value('patents.granted_invention_in_period', 'from=2019-01-01&to=2020-12-31')).toBe('3');
  });

  it('keeps a past value when a later event is recorded', async () => {
    const before = await value('patents.valid_invention', 'asOf=2020-12-31');
    await patentWith('invention', '2015-01-01', [['grant', '2016-01-01'], ['expire', '2024-12-31']]);
    expect(await value('patents.valid_invention', 'asOf=2020-12-31')).toBe(String(Number(before) + 1));
    expect(await value('patents.valid_invention', 'asOf=2025-01-01')).toBe('2');
  });
});

describe('trademark metrics', () => {
  it('counts valid marks: within their term as then renewed, neither cancelled nor invalidated', async () => {
    expect(await value('trademarks.valid', 'asOf=2020-12-31')).toBe('5');
    expect(await value('trademarks.valid', 'asOf=2021-12-31')).toBe('4');
    expect(await value('trademarks.valid', 'asOf=2022-12-31')).toBe('3');
    // T5 expired 2024-05-31 and its renewal was recorded on 2024-10-15, in the grace period.
    expect(await value('trademarks.valid', 'asOf=2024-07-01')).toBe('2');
    expect(await value('trademarks.valid', 'asOf=2025-12-31')).toBe('3');
  });

  it('counts Madrid and collective marks, by district', async () => {
    expect(await value('trademarks.madrid', 'asOf=2025-12-31')).toBe('1');
    expect(await value('trademarks.madrid', 'asOf=2014-12-31')).toBe('0');
    expect(await value('trademarks.collective', 'asOf=2020-12-31')).toBe('2');
    expect(await value('trademarks.collective', 'asOf=2021-12-31')).toBe('1');
    expect(await value('trademarks.collective', `asOf=2020-12-31&district=${JINPING}`)).toBe('1');
  });
});

describe('enterprise and certification metrics', () => {
  beforeAll(async () => {
    const base = h.service.baseUrl;
    let n = 0;
    const enterprise = async (district = LONGHU) => {
      n += 1;
      const input = trademarkInput();
      return json<{ id: string }>(await call(base, h.officer, 'POST', '/enterprises', { creditCode: input.holderCreditCode, name: `汕头测试企业${n}有限公司`, district }), 201);
    };
    const title = async (id: string, kind: string, awardedOn: string, extra: Record<string, unknown> = {}) =>
      json(await call(base, h.officer, 'POST', `/enterprises/${id}/titles`, { kind, awardedOn, ...extra }), 201);
    const certificate = async (id: string, issuedOn: string) =>
      json<{ certifications: { id: string }[] }>(await call(base, h.officer, 'POST', `/enterprises/${id}/certifications`, { certificateNumber: `C-${id.slice(0, 8)}-${issuedOn}`, certificationBody: '中知（北京）认证有限公司', issuedOn, validUntil: `${Number(issuedOn.slice(0, 4)) + 3}${issuedOn.slice(4)}` }), 201);
    // E1: provincial advantage 2019, national advantage 2022 (counts once in 2021–2025, also national).
    const e1 = await enterprise();
    await title(e1.id, 'provincial_advantage', '2019-05-01');
    await title(e1.id, 'national_advantage', '2022-11-01');
    // E2 (Jinping): provincial demonstration 2021 and provincial advantage 2023 → once; municipal 2020.
    const e2 = await enterprise(JINPING);
    await title(e2.id, 'municipal_cultivation', '2020-03-01');
    await title(e2.id, 'provincial_demonstration', '2021-01-01');
    await title(e2.id, 'provincial_advantage', '2023-06-30');
    // E3: municipal cultivation 2021, revoked 2022 (still new in the period it was awarded).
    const e3 = await enterprise();
    await title(e3.id, 'municipal_cultivation', '2021-08-08', { endedOn: '2022-08-08', endReason: 'revoked' });
    // Certificates: E1 issued 2019 (later withdrawn, still counted), E1 again 2022 (same entity), E2 2021, E3 2024.
    const c1 = await certificate(e1.id, '2019-09-09');
    await json(await call(base, h.officer, 'POST', `/enterprises/${e1.id}/certifications/${c1.certifications[0]!.id}/transitions`, { action: 'withdraw', effectiveDate: '2020-09-09', version: 1 }), 200);
    await certificate(e1.id, '2022-10-10');
    await certificate(e2.id, '2021-04-04');
    await certificate(e3.id, '2024-02-02');
  });

  it('counts distinct enterprises newly awarded national or provincial titles in a period, and by level', async () => {
    expect(await metric('enterprises.national_provincial_new_in_period', 'from=2021-01-01&to=2025-12-31')).toMatchObject({ value: '2', unit: { 'zh-CN': '家' } });
    expect(await value('enterprises.national_provincial_new_in_period', 'from=2016-01-01&to=2020-12-31')).toBe('1');
    expect(await value('enterprises.national_provincial_new_in_period', `from=2021-01-01&to=2025-12-31&district=${JINPING}`)).toBe('1');
    expect(await value('enterprises.national_provincial_new_in_period', 'from=2021-01-02&to=2022-10-31')).toBe('0');
    expect(await value('enterprises.national_new_in_period', 'from=2021-01-01&to=2025-12-31')).toBe('1');
    expect(await value('enterprises.provincial_new_in_period', 'from=2021-01-01&to=2025-12-31')).toBe('1');
  });

  it('counts municipal cultivation enterprises new in a period', async () => {
    expect(await value('enterprises.municipal_cultivation_new_in_period', 'from=2021-01-01&to=2025-12-31')).toBe('1');
    expect(await value('enterprises.municipal_cultivation_new_in_period', 'from=2020-01-01&to=2021-12-31')).toBe('2');
    expect(await value('enterprises.municipal_cultivation_new_in_period', `from=2020-01-01&to=2021-12-31&district=${LONGHU}`)).toBe('1');
  });

  it('counts entities certified to GB/T 29490 cumulatively, each once, a withdrawn certificate still counting', async () => {
    expect(await metric('certifications.entities_certified', 'asOf=2020-12-31')).toMatchObject({ value: '1', semantics: 'cumulative' });
    expect(await value('certifications.entities_certified', 'asOf=2021-04-03')).toBe('1');
    expect(await value('certifications.entities_certified', 'asOf=2021-04-04')).toBe('2');
    expect(await value('certifications.entities_certified', 'asOf=2023-12-31')).toBe('2');
    expect(await value('certifications.entities_certified', 'asOf=2025-12-31')).toBe('3');
    expect(await value('certifications.entities_certified', `asOf=2025-12-31&district=${JINPING}`)).toBe('1');
    expect(await value('certifications.entities_certified', 'asOf=2019-09-08')).toBe('0');
  });
});
