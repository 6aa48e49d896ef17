import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TAgencyFacts, TGi, TGiDetail, THighValueEvaluation, TPatent, TPatentDetail } from '@ipbureau/domain/creation';
import { AwardEventsService } from '../src/award-events/award-events.service.js';
import { applicationNumber, call, CHENGHAI, creditCode, issuePaths, JINPING, json, LONGHU, patentInput, startCreation, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;
let w: ReturnType<typeof writers>;
let awards: AwardEventsService;

beforeAll(async () => {
  h = await startCreation();
  w = writers(h);
  awards = h.service.app.get(AwardEventsService);
});
afterAll(async () => {
  await h?.close();
});

const base = () => h.service.baseUrl;
const facts = async (query: string) => json<TAgencyFacts>(await call(base(), h.viewer, 'GET', `/agency-facts?${query}`), 200);
const act = async (patent: TPatentDetail, action: string, effectiveDate: string) =>
  json<TPatentDetail>(await w.transitionPatent(patent.id, { action, effectiveDate, version: patent.version }), 200);

describe('patents carry their agency and agent', () => {
  it('records, corrects and filters by the agency; refuses a bad credit code and an agent without an agency, writing nothing', async () => {
    const agency = creditCode();
    const number = applicationNumber('invention', 2023);
    const bad = await call(base(), h.officer, 'POST', '/patents', patentInput({ applicationNumber: number, agencyCreditCode: '91350100M000100Y44' }));
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['agencyCreditCode']);
    const lonely = await call(base(), h.officer, 'POST', '/patents', patentInput({ applicationNumber: number, agentLicenceNumber: '44123456' }));
    expect(lonely.status).toBe(400);
    expect(await issuePaths(lonely)).toEqual(['agencyCreditCode']);
    expect((await h.db.query(`SELECT 1 FROM creation.patents WHERE application_number = $1`, [number])).rowCount).toBe(0);

    const patent = await w.registerPatent(patentInput({ applicationNumber: number, agencyCreditCode: agency.toLowerCase(), agentLicenceNumber: '44123456' }));
    expect([patent.agencyCreditCode, patent.agentLicenceNumber]).toEqual([agency, '44123456']);
    await w.registerPatent(patentInput());
    const listed = await json<TPage<TPatent>>(await call(base(), h.viewer, 'GET', `/patents?agencyCreditCode=${agency}`), 200);
    expect(listed.items.map((p) => p.id)).toEqual([patent.id]);

    const cleared = await call(base(), h.officer, 'PATCH', `/patents/${patent.id}`, { version: patent.version, agencyCreditCode: null });
    expect(cleared.status).toBe(400);
    const moved = await json<TPatentDetail>(await call(base(), h.officer, 'PATCH', `/patents/${patent.id}`, { version: patent.version, agentLicenceNumber: '44999999' }), 200);
    expect(moved.agentLicenceNumber).toBe('44999999');
  });
});

describe('GET /agency-facts', () => {
  it('counts filed, granted, refused or withdrawn and flagged per agency and agent, as things stood on the to date', async () => {
    const agency = creditCode();
    const other = creditCode();
    const file = (filingDate: string, agentLicenceNumber: string | null, district = LONGHU, agencyCreditCode = agency) =>
      w.registerPatent(patentInput({ applicationNumber: applicationNumber('invention', Number(filingDate.slice(0, 4))), filingDate, agencyCreditCode, agentLicenceNumber, district }));
    const a1 = await file('2021-03-01', 'A-1');
    const a2 = await file('2021-04-01', 'A-1');
    const a3 = await file('2021-05-01', 'A-2', JINPING);
    const a4 = await file('2021-06-01', null);
    await file('2020-12-31', 'A-1'); // filed before the window
    await file('2021-07-01', 'B-1', LONGHU, other);
    await act(a1, 'grant', '2022-03-01');
    const rejected = await act(a2, 'reject', '2022-09-01');
    const granted3 = await act(a3, 'grant', '2021-12-01');
    await act(granted3, 'withdraw', '2022-01-10'); // a surrender after grant is not a withdrawn application
    await act(a4, 'withdraw', '2021-10-01');
    await json(await call(base(), h.officer, 'POST', '/subsidies/abnormal-flags', { creditCode: creditCode(), flaggedOn: '2022-06-01', source: '国知局通知 2022-18', applicationNumber: a2.applicationNumber }), 201);
    void rejected;

    const now = await facts(`from=2021-01-01&to=2022-12-31&agencyCreditCode=${agency}`);
    expect(now.items).toEqual([
      { agencyCreditCode: agency, agentLicenceNumber: null, filed: 4, granted: 2, refusedOrWithdrawn: 2, flaggedAbnormal: 1 },
      { agencyCreditCode: agency, agentLicenceNumber: 'A-1', filed: 2, granted: 1, refusedOrWithdrawn: 1, flaggedAbnormal: 1 },
      { agencyCreditCode: agency, agentLicenceNumber: 'A-2', filed: 1, granted: 1, refusedOrWithdrawn: 0, flaggedAbnormal: 0 },
    ]);
    // A past `to`: only what had happened by then, of what had been filed by then.
    const past = await facts(`from=2021-01-01&to=2021-12-31&agencyCreditCode=${agency}`);
    expect(past.items[0]).toEqual({ agencyCreditCode: agency, agentLicenceNumber: null, filed: 4, granted: 1, refusedOrWithdrawn: 1, flaggedAbnormal: 0 });
    const early = await facts(`from=2021-01-01&to=2021-04-15&agencyCreditCode=${agency}`);
    expect(early.items.map((r) => [r.agentLicenceNumber, r.filed, r.granted])).toEqual([[null, 2, 0], ['A-1', 2, 0]]);
    // The district narrows; every agency appears without the filter.
    const jinping = await facts(`from=2021-01-01&to=2022-12-31&district=${JINPING}&agencyCreditCode=${agency}`);
    expect(jinping.items.map((r) => [r.agentLicenceNumber, r.filed])).toEqual([[null, 1], ['A-2', 1]]);
    const all = await facts(`from=2021-01-01&to=2022-12-31`);
    expect(all.items.filter((r) => r.agentLicenceNumber === null).map((r) => r.agencyCreditCode)).toEqual(expect.arrayContaining([agency, other]));
  });

  it('refuses a bad credit code, a missing date and to before from, naming the field; a user without the module is refused', async () => {
    const bad = await call(base(), h.viewer, 'GET', '/agency-facts?from=2021-01-01&to=2021-12-31&agencyCreditCode=123');
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['agencyCreditCode']);
    expect(await issuePaths(await call(base(), h.viewer, 'GET', '/agency-facts?from=2021-01-01'))).toEqual(['to']);
    const reversed = await call(base(), h.viewer, 'GET', '/agency-facts?from=2021-12-31&to=2021-01-01');
    expect(reversed.status).toBe(400);
    expect(await issuePaths(reversed)).toEqual(['to']);
    const outsider = await h.issuer.mint(['protection:viewer']);
    expect((await call(base(), outsider, 'GET', '/agency-facts?from=2021-01-01&to=2021-12-31')).status).toBe(403);
  });
});

describe('award.granted from utilization', () => {
  const awardEvent = (patentNumber: string, overrides: Record<string, unknown> = {}) => ({
    type: 'award.granted',
    eventId: crypto.randomUUID(),
    awardId: crypto.randomUUID(),
    patentNumber,
    kind: 'patent_award',
    level: 'national',
    year: 2022,
    grade: 'gold',
    regionCode: LONGHU,
    ...overrides,
  });
  const highValue = async (id: string, asOf: string) => {
    const result = await json<THighValueEvaluation>(await call(base(), h.viewer, 'GET', `/patents/${id}/high-value?asOf=${asOf}`), 200);
    return { highValue: result.highValue, held: result.criteria.filter((c) => c.held).map((c) => c.code) };
  };
  const awardsOf = async (id: string) => (await h.db.query(`SELECT level, year::int, grade, award_id FROM creation.patent_awards WHERE patent_id = $1 ORDER BY year`, [id])).rows;

  it('adds a national award to the patent, which makes it high-value by the award criterion; once per event and per award id', async () => {
    const patent = await act(await w.registerPatent(patentInput({ applicationNumber: applicationNumber('invention', 2018), filingDate: '2018-03-01' })), 'grant', '2020-05-06');
    expect(await highValue(patent.id, '2023-01-01')).toEqual({ highValue: false, held: [] });
    const event = awardEvent(`ZL${patent.applicationNumber}`);
    expect(await awards.applyAwardEvent(event)).toBe('added');
    expect(await highValue(patent.id, '2023-01-01')).toEqual({ highValue: true, held: ['award'] });
    expect(await highValue(patent.id, '2021-12-31')).toEqual({ highValue: false, held: [] });

    expect(await awards.applyAwardEvent(event)).toBe('already_applied');
    expect(await awards.applyAwardEvent({ ...event, eventId: crypto.randomUUID(), year: 2023 })).toBe('duplicate_award');
    expect(await awardsOf(patent.id)).toEqual([{ level: 'national', year: 2022, grade: 'gold', award_id: event.awardId }]);
    const detail = await json<TPatentDetail>(await call(base(), h.viewer, 'GET', `/patents/${patent.id}`), 200);
    expect(detail.awards.map((a) => [a.kind, a.level, a.year])).toEqual([['patent_award', 'national', 2022]]);
    expect((await h.db.query(`SELECT 1 FROM audit.events WHERE entity = 'patent_award' AND entity_id = $1`, [patent.id])).rowCount).toBe(1);
  });

  it('links an award the officer had already entered by hand instead of adding it twice', async () => {
    const patent = await w.registerPatent(patentInput());
    await json(await call(base(), h.officer, 'POST', `/patents/${patent.id}/awards`, { kind: 'patent_award', level: 'provincial', year: 2024, grade: 'excellence' }), 201);
    const event = awardEvent(patent.applicationNumber, { level: 'provincial', year: 2024, grade: 'excellence' });
    expect(await awards.applyAwardEvent(event)).toBe('linked');
    expect(await awardsOf(patent.id)).toEqual([{ level: 'provincial', year: 2024, grade: 'excellence', award_id: event.awardId }]);
  });

  it('records an award for an unknown patent and ignores it without failing (no retry), and refuses a malformed event naming the field', async () => {
    const number = applicationNumber('invention', 2019);
    const event = awardEvent(`ZL${number}`);
    expect(await awards.applyAwardEvent(event)).toBe('unknown_patent');
    expect((await h.db.query(`SELECT outcome, patent_number FROM creation.award_event_receipts WHERE event_id = $1`, [event.eventId])).rows).toEqual([{ outcome: 'unknown_patent', patent_number: `ZL${number}` }]);
    expect((await h.db.query(`SELECT 1 FROM creation.patent_awards WHERE award_id = $1`, [event.awardId])).rowCount).toBe(0);

    const bad = awardEvent('ZL201710601862.4');
    await expect(awards.applyAwardEvent(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: 'patentNumber' })] });
    expect((await h.db.query(`SELECT 1 FROM creation.award_event_receipts WHERE event_id = $1`, [bad.eventId])).rowCount).toBe(0);
  });
});

describe('geographical indications', () => {
  const gi = (overrides: Record<string, unknown> = {}) => ({
    name: `潮汕单丛茶${crypto.randomUUID().slice(0, 4)}`,
    protectionKind: 'gi_product',
    originArea: '潮州市凤凰镇及周边山区',
    holderName: '汕头市茶叶协会',
    district: LONGHU,
    protectedOn: '2015-06-01',
    ...overrides,
  });
  const metric = async (key: string, query: string) => (await json<TMetricValue>(await call(base(), h.viewer, 'GET', `/metrics/${key}?${query}`), 200)).value;
  const record = async (body: Record<string, unknown>) => json<TGiDetail>(await call(base(), h.officer, 'POST', '/geographical-indications', body), 201);
  const authorize = (id: string, body: Record<string, unknown>) => call(base(), h.officer, 'POST', `/geographical-indications/${id}/producers`, body);

  it('records GI products and trademarks, refuses a GI trademark without its number and a duplicate, writing nothing', async () => {
    const missing = await call(base(), h.officer, 'POST', '/geographical-indications', gi({ protectionKind: 'gi_trademark', name: '澄海狮头鹅' }));
    expect(missing.status).toBe(400);
    expect(await issuePaths(missing)).toEqual(['registrationNumber']);
    expect((await h.db.query(`SELECT 1 FROM creation.geographical_indications WHERE name = '澄海狮头鹅'`)).rowCount).toBe(0);
    const mark = await record(gi({ protectionKind: 'gi_trademark', name: '澄海狮头鹅', registrationNumber: '12345678', district: CHENGHAI }));
    expect([mark.protectionKind, mark.registrationNumber, mark.producers]).toEqual(['gi_trademark', '12345678', []]);
    expect((await call(base(), h.officer, 'POST', '/geographical-indications', gi({ protectionKind: 'gi_trademark', name: '澄海狮头鹅', registrationNumber: '12345679' }))).status).toBe(409);
    expect((await call(base(), h.viewer, 'POST', '/geographical-indications', gi())).status).toBe(403);
    const listed = await json<TPage<TGi>>(await call(base(), h.viewer, 'GET', '/geographical-indications?protectionKind=gi_trademark&q=狮头鹅'), 200);
    expect(listed.items.map((g) => g.id)).toEqual([mark.id]);
  });

  it('authorizes producers over periods, refuses an overlap, and counts GIs by kind and producers authorized at a past date', async () => {
    const product = await record(gi({ protectedOn: '2016-03-01', district: JINPING }));
    const mark = await record(gi({ protectionKind: 'gi_trademark', name: `潮汕牛肉丸${crypto.randomUUID().slice(0, 4)}`, registrationNumber: '22345678', protectedOn: '2019-09-09', district: JINPING }));
    const producerA = creditCode();
    const producerB = creditCode();
    await json(await authorize(product.id, { creditCode: producerA, name: '甲茶厂', authorizedFrom: '2017-01-01', authorizedTo: '2019-12-31' }), 201);
    await json(await authorize(mark.id, { creditCode: producerA, name: '甲茶厂', authorizedFrom: '2020-01-01' }), 201);
    const detail = await json<TGiDetail>(await authorize(product.id, { creditCode: producerB, name: '乙茶厂', authorizedFrom: '2018-06-01' }), 201);
    expect(detail.producers.map((p) => [p.name, p.authorizedTo])).toEqual([['乙茶厂', null], ['甲茶厂', '2019-12-31']]);
    expect(detail.producersAuthorized).toBe(1);
    const overlap = await authorize(product.id, { creditCode: producerB, name: '乙茶厂', authorizedFrom: '2024-01-01', authorizedTo: '2024-12-31' });
    expect(overlap.status).toBe(409);
    const reversed = await authorize(product.id, { creditCode: creditCode(), name: '丙', authorizedFrom: '2024-01-01', authorizedTo: '2023-12-31' });
    expect(await issuePaths(reversed)).toEqual(['authorizedTo']);
    expect((await h.db.query(`SELECT 1 FROM creation.gi_producers WHERE gi_id = $1`, [product.id])).rowCount).toBe(2);

    const inJinping = `district=${JINPING}`;
    expect(await metric('gis.count', `asOf=2018-01-01&${inJinping}`)).toBe('1');
    expect(await metric('gis.count', `asOf=2020-01-01&${inJinping}`)).toBe('2');
    expect(await metric('gis.count.gi_trademark', `asOf=2020-01-01&${inJinping}`)).toBe('1');
    expect(await metric('gis.count.gi_product', `asOf=2015-12-31&${inJinping}`)).toBe('0');
    // 2017-06: A only; 2019-06: A and B; 2020-06: A (now under the trademark) and B, each once.
    expect(await metric('gis.producers_authorized', `asOf=2017-06-01&${inJinping}`)).toBe('1');
    expect(await metric('gis.producers_authorized', `asOf=2019-06-01&${inJinping}`)).toBe('2');
    expect(await metric('gis.producers_authorized', `asOf=2020-06-01&${inJinping}`)).toBe('2');
    expect(await metric('gis.producers_authorized', `asOf=2020-06-01&district=${LONGHU}`)).toBe('0');
  });

  it('corrects a GI against the version read: a stale version is refused with 409 and writes nothing; a viewer cannot', async () => {
    const product = await record(gi({ district: LONGHU }));
    await json(await authorize(product.id, { creditCode: creditCode(), name: '丁茶厂', authorizedFrom: '2016-01-01' }), 201);
    const patch = (body: Record<string, unknown>, token = h.officer) => call(base(), token, 'PATCH', `/geographical-indications/${product.id}`, body);
    const corrected = await json<TGiDetail>(await patch({ version: 1, originArea: '潮州市凤凰镇', district: CHENGHAI }), 200);
    expect([corrected.originArea, corrected.district, corrected.version, corrected.name]).toEqual(['潮州市凤凰镇', CHENGHAI, 2, product.name]);
    // Its producers' authorizations move with it.
    expect((await h.db.query(`SELECT DISTINCT region_code FROM creation.gi_producers WHERE gi_id = $1`, [product.id])).rows).toEqual([{ region_code: CHENGHAI }]);
    const stale = await patch({ version: 1, holderName: '别的协会' });
    expect(stale.status).toBe(409);
    expect((await patch({ version: 2 })).status).toBe(400);
    expect((await patch({ version: 2, holderName: '别的协会' }, h.viewer)).status).toBe(403);
    expect((await patch({ version: 2, protectedOn: '2010-01-01' })).status).toBe(400);
    const stored = await h.db.query(`SELECT holder_name, version, protected_on::text FROM creation.geographical_indications WHERE id = $1`, [product.id]);
    expect(stored.rows).toEqual([{ holder_name: '汕头市茶叶协会', version: 2, protected_on: '2015-06-01' }]);
    const audits = await h.db.query(`SELECT action FROM audit.events WHERE entity = 'geographical_indication' AND entity_id = $1 ORDER BY seq`, [product.id]);
    expect(audits.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
  });

  it('revokes a GI on a dated action with its reason: the metrics stop counting it from that date, a past date still does; refused revocations write nothing', async () => {
    const product = await record(gi({ protectedOn: '2016-03-01', district: '440513' }));
    const producer = creditCode();
    await json(await authorize(product.id, { creditCode: producer, name: '戊食品厂', authorizedFrom: '2017-01-01' }), 201);
    const revoke = (body: Record<string, unknown>, token = h.officer) => call(base(), token, 'POST', `/geographical-indications/${product.id}/revoke`, body);
    const inDistrict = 'district=440513';
    expect(await metric('gis.count', `asOf=2024-01-01&${inDistrict}`)).toBe('1');

    const early = await revoke({ version: 1, revokedOn: '2016-02-29', reason: '国家知识产权局公告第100号' });
    expect(early.status).toBe(400);
    expect(await issuePaths(early)).toEqual(['revokedOn']);
    expect(await issuePaths(await revoke({ version: 1, revokedOn: '2023-05-10' }))).toEqual(['reason']);
    expect((await revoke({ version: 1, revokedOn: '2023-05-10', reason: '公告' }, h.viewer)).status).toBe(403);
    expect((await revoke({ version: 9, revokedOn: '2023-05-10', reason: '公告' })).status).toBe(409);
    const untouched = await h.db.query(`SELECT revoked_on, version FROM creation.geographical_indications WHERE id = $1`, [product.id]);
    expect(untouched.rows).toEqual([{ revoked_on: null, version: 1 }]);

    const revoked = await json<TGiDetail>(await revoke({ version: 1, revokedOn: '2023-05-10', reason: '国家知识产权局公告第100号' }), 200);
    expect([revoked.revokedOn, revoked.revocationReason, revoked.version, revoked.producersAuthorized]).toEqual(['2023-05-10', '国家知识产权局公告第100号', 2, 0]);
    expect(await metric('gis.count', `asOf=2023-05-09&${inDistrict}`)).toBe('1');
    expect(await metric('gis.count', `asOf=2023-05-10&${inDistrict}`)).toBe('0');
    expect(await metric('gis.count.gi_product', `asOf=2024-01-01&${inDistrict}`)).toBe('0');
    expect(await metric('gis.producers_authorized', `asOf=2023-05-09&${inDistrict}`)).toBe('1');
    expect(await metric('gis.producers_authorized', `asOf=2023-05-10&${inDistrict}`)).toBe('0');

    // Revoked: not revoked again, not edited, authorizes no one.
    expect((await revoke({ version: 2, revokedOn: '2024-01-01', reason: '再次' })).status).toBe(409);
    expect((await call(base(), h.officer, 'PATCH', `/geographical-indications/${product.id}`, { version: 2, holderName: '改' })).status).toBe(409);
    expect((await authorize(product.id, { creditCode: creditCode(), name: '己', authorizedFrom: '2024-01-01' })).status).toBe(409);
    const listed = await json<TPage<TGi>>(await call(base(), h.viewer, 'GET', `/geographical-indications?${inDistrict}`), 200);
    expect(listed.items.map((g) => [g.id, g.revokedOn, g.producersAuthorized])).toEqual([[product.id, '2023-05-10', 0]]);
    const audits = await h.db.query(`SELECT action, after->>'revokedOn' AS revoked_on FROM audit.events WHERE entity = 'geographical_indication' AND entity_id = $1 ORDER BY seq`, [product.id]);
    expect(audits.rows).toEqual([{ action: 'create', revoked_on: null }, { action: 'revoke', revoked_on: '2023-05-10' }]);
  });
});
