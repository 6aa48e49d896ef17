import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue } from '@ipbureau/domain';
import type { THighValueEvaluation, TIpcIndustryMapping, TPatentDetail } from '@ipbureau/domain/creation';
import { ZPledgeEventMessage } from '@ipbureau/domain/utilization';
import { PledgeEventsService } from '../src/pledged-rights/pledge-events.service.js';
import { applicationNumber, call, issuePaths, JINPING, json, LONGHU, patentInput, startCreation, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;
let w: ReturnType<typeof writers>;
let pledges: PledgeEventsService;

beforeAll(async () => {
  h = await startCreation();
  w = writers(h);
  pledges = h.service.app.get(PledgeEventsService);
});
afterAll(async () => {
  await h?.close();
});

const base = () => h.service.baseUrl;

/** An invention patent filed and granted on the dates given, with the IPC symbols given. */
async function grantedInvention(filed: string, granted: string, ipcSymbols: string[] = ['A23L 13/60'], district = LONGHU, type: 'invention' | 'pct_invention' | 'utility_model' = 'invention') {
  const patent = await w.registerPatent(patentInput({ applicationNumber: applicationNumber(type, Number(filed.slice(0, 4))), filingDate: filed, ipcSymbols, district }));
  return json<TPatentDetail>(await w.transitionPatent(patent.id, { action: 'grant', effectiveDate: granted, version: patent.version }), 200);
}
const evaluate = async (id: string, asOf: string) => json<THighValueEvaluation>(await call(base(), h.viewer, 'GET', `/patents/${id}/high-value?asOf=${asOf}`), 200);
const held = async (id: string, asOf: string) => {
  const result = await evaluate(id, asOf);
  return { highValue: result.highValue, held: result.criteria.filter((c) => c.held).map((c) => c.code) };
};
const metric = async (query: string) => (await json<TMetricValue>(await call(base(), h.viewer, 'GET', `/metrics/patents.high_value_invention?${query}`), 200)).value;
const registered = (pledgeId: string, number: string, registeredOn: string, eventId = crypto.randomUUID()) => ({
  type: 'pledge.registered' as const,
  eventId,
  pledgeId,
  rights: [{ kind: 'patent' as const, number }],
  registeredOn,
  regionCode: LONGHU,
});

describe('the high-value invention patent rule, one criterion at a time', () => {
  it('holds for none of the criteria: not high-value, every criterion listed with its reason', async () => {
    const patent = await grantedInvention('2019-04-01', '2021-05-06');
    const result = await evaluate(patent.id, '2024-12-31');
    expect(result).toMatchObject({ patentId: patent.id, asOf: '2024-12-31', eligible: true, highValue: false });
    expect(result.criteria.map((c) => [c.code, c.held])).toEqual([
      ['strategic_industry', false],
      ['family_abroad', false],
      ['maintained_10_years', false],
      ['pledged', false],
      ['award', false],
    ]);
    expect(result.criteria[0]!.reason.en).toContain('A23L 13/60');
    expect(result.criteria[2]!.reason['zh-CN']).toContain('未满10年');
  });

  it('(a) holds when an IPC symbol falls under a mapped strategic-emerging-industry prefix', async () => {
    const battery = await grantedInvention('2019-04-01', '2021-05-06', ['A23L 13/60', 'H01M 10/052']);
    const result = await evaluate(battery.id, '2024-12-31');
    expect(result.highValue).toBe(true);
    expect(result.criteria[0]).toMatchObject({ code: 'strategic_industry', held: true, evidence: [{ ipcSymbol: 'H01M 10/052', ipcPrefix: 'H01M', industryCode: '5' }] });
    expect(result.criteria.filter((c) => c.held).map((c) => c.code)).toEqual(['strategic_industry']);
  });

  it('(b) holds from the date a family member was granted abroad, not for one still pending', async () => {
    const patent = await grantedInvention('2019-04-01', '2021-05-06');
    const add = (body: unknown) => call(base(), h.officer, 'POST', `/patents/${patent.id}/family-members`, body);
    const withPending = await json<TPatentDetail>(await add({ country: 'ep', number: 'EP3999999A1' }), 201);
    expect(withPending.familyMembers).toMatchObject([{ country: 'EP', grantDate: null }]);
    expect((await held(patent.id, '2024-12-31')).highValue).toBe(false);
    await json(await add({ country: 'US', number: 'US11234567B2', grantDate: '2022-03-01' }), 201);
    expect(await held(patent.id, '2022-02-28')).toEqual({ highValue: false, held: [] });
    expect(await held(patent.id, '2022-03-01')).toEqual({ highValue: true, held: ['family_abroad'] });
    expect((await evaluate(patent.id, '2022-03-01')).criteria[1]!.evidence).toEqual([{ country: 'US', number: 'US11234567B2', grantDate: '2022-03-01' }]);
  });

  it('(c) holds once more than ten years have passed since filing while the patent is in force', async () => {
    const patent = await grantedInvention('2012-01-05', '2015-03-03');
    expect(await held(patent.id, '2022-01-05')).toEqual({ highValue: false, held: [] });
    expect(await held(patent.id, '2022-01-06')).toEqual({ highValue: true, held: ['maintained_10_years'] });
  });

  it('(d) holds while a pledge is registered and not released: before the release date yes, from it no', async () => {
    const patent = await grantedInvention('2019-04-01', '2020-09-09');
    const pledgeId = crypto.randomUUID();
    await pledges.applyPledgeEvent(registered(pledgeId, `ZL${patent.applicationNumber}`, '2022-05-01'));
    expect(await held(patent.id, '2022-04-30')).toEqual({ highValue: false, held: [] });
    expect(await held(patent.id, '2022-05-01')).toEqual({ highValue: true, held: ['pledged'] });
    await pledges.applyPledgeEvent({ type: 'pledge.released', eventId: crypto.randomUUID(), pledgeId, rights: [{ kind: 'patent', number: patent.applicationNumber }], releasedOn: '2023-08-01', regionCode: LONGHU });
    expect(await held(patent.id, '2023-07-31')).toEqual({ highValue: true, held: ['pledged'] });
    expect(await held(patent.id, '2023-08-01')).toEqual({ highValue: false, held: [] });
    expect((await evaluate(patent.id, '2023-07-31')).criteria[3]!.evidence).toEqual([{ pledgeId, registeredOn: '2022-05-01', releasedOn: '2023-08-01' }]);
  });

  it('(e) holds from the year of a national award (China Patent Award), not for a provincial one', async () => {
    const patent = await grantedInvention('2016-04-01', '2018-05-06');
    const add = (body: unknown) => call(base(), h.officer, 'POST', `/patents/${patent.id}/awards`, body);
    await json(await add({ kind: 'patent_award', level: 'provincial', year: 2019, grade: 'gold' }), 201);
    expect((await held(patent.id, '2024-12-31')).highValue).toBe(false);
    const detail = await json<TPatentDetail>(await add({ kind: 'patent_award', level: 'national', year: 2021, grade: 'excellence' }), 201);
    expect(detail.awards.map((a) => [a.level, a.year])).toEqual([['national', 2021], ['provincial', 2019]]);
    expect(await held(patent.id, '2020-12-31')).toEqual({ highValue: false, held: [] });
    expect(await held(patent.id, '2021-01-01')).toEqual({ highValue: true, held: ['award'] });
  });

  it('does not call a utility model, a pending or a lapsed patent high-value, whatever holds', async () => {
    const utility = await grantedInvention('2019-04-01', '2020-01-01', ['H01M 4/00'], LONGHU, 'utility_model');
    const result = await evaluate(utility.id, '2024-12-31');
    expect(result).toMatchObject({ eligible: false, highValue: false });
    expect(result.criteria[0]!.held).toBe(true);
    const lapsing = await grantedInvention('2019-04-01', '2020-01-01', ['H01M 4/00']);
    await json(await w.transitionPatent(lapsing.id, { action: 'lapse', effectiveDate: '2023-01-01', version: lapsing.version }), 200);
    expect((await evaluate(lapsing.id, '2022-12-31')).highValue).toBe(true);
    expect(await evaluate(lapsing.id, '2023-01-01')).toMatchObject({ eligible: false, highValue: false });
    expect((await evaluate(lapsing.id, '2019-12-31')).highValue).toBe(false);
  });
});

describe('recording the facts on a patent', () => {
  it('refuses a viewer, a bad country, a future year and a duplicate, naming the field and writing nothing; removes a fact recorded in error', async () => {
    const patent = await grantedInvention('2019-04-01', '2021-05-06');
    const members = async () => (await h.db.query(`SELECT 1 FROM creation.patent_family_members WHERE patent_id = $1`, [patent.id])).rowCount;
    const awards = async () => (await h.db.query(`SELECT 1 FROM creation.patent_awards WHERE patent_id = $1`, [patent.id])).rowCount;
    const addMember = (body: unknown, token = h.officer) => call(base(), token, 'POST', `/patents/${patent.id}/family-members`, body);
    const addAward = (body: unknown, token = h.officer) => call(base(), token, 'POST', `/patents/${patent.id}/awards`, body);
    expect((await addMember({ country: 'US', number: 'US1' }, h.viewer)).status).toBe(403);
    expect(await issuePaths(await addMember({ country: 'CN', number: 'CN1' }))).toEqual(['country']);
    expect(await issuePaths(await addMember({ country: 'JP', number: 'JP1', grantDate: '2999-01-01' }))).toEqual(['grantDate']);
    expect((await addAward({ kind: 'patent_award', level: 'national', year: 2021, grade: 'gold' }, h.viewer)).status).toBe(403);
    expect(await issuePaths(await addAward({ kind: 'patent_award', level: 'national', year: 2999, grade: 'gold' }))).toEqual(['year']);
    expect(await issuePaths(await addAward({ kind: 'patent_award', level: 'county', year: 2021, grade: 'gold' }))).toEqual(['level']);
    expect(await members()).toBe(0);
    expect(await awards()).toBe(0);
    const withMember = await json<TPatentDetail>(await addMember({ country: 'JP', number: 'JP7000001B2', grantDate: '2022-01-01' }), 201);
    expect((await addMember({ country: 'JP', number: 'JP7000001B2' })).status).toBe(409);
    const withAward = await json<TPatentDetail>(await addAward({ kind: 'sci_tech_award', level: 'national', year: 2022, grade: 'second' }), 201);
    expect((await addAward({ kind: 'sci_tech_award', level: 'national', year: 2022, grade: 'first' })).status).toBe(409);
    expect(await members()).toBe(1);
    expect(await awards()).toBe(1);
    expect((await held(patent.id, '2024-12-31')).held).toEqual(['family_abroad', 'award']);
    const memberId = withMember.familyMembers[0]!.id;
    const awardId = withAward.awards[0]!.id;
    expect((await call(base(), h.viewer, 'DELETE', `/patents/${patent.id}/family-members/${memberId}`)).status).toBe(403);
    expect((await json<TPatentDetail>(await call(base(), h.officer, 'DELETE', `/patents/${patent.id}/family-members/${memberId}`), 200)).familyMembers).toEqual([]);
    expect((await json<TPatentDetail>(await call(base(), h.officer, 'DELETE', `/patents/${patent.id}/awards/${awardId}`), 200)).awards).toEqual([]);
    expect((await call(base(), h.officer, 'DELETE', `/patents/${patent.id}/awards/${awardId}`)).status).toBe(404);
    expect((await held(patent.id, '2024-12-31')).highValue).toBe(false);
    const audited = await h.db.query(`SELECT entity, action FROM audit.events WHERE entity_id IN ($1, $2) ORDER BY seq`, [memberId, awardId]);
    expect(audited.rows).toEqual([
      { entity: 'patent_family_member', action: 'create' },
      { entity: 'patent_award', action: 'create' },
      { entity: 'patent_family_member', action: 'delete' },
      { entity: 'patent_award', action: 'delete' },
    ]);
  });
});

describe('the IPC → strategic-emerging-industry table', () => {
  it('is seeded, and an officer maps a main group that then matches by prefix (C07D 401 covers C07D 401/04, not C07D 403/04 or C07D 4011/00)', async () => {
    const seeded = await json<TIpcIndustryMapping[]>(await call(base(), h.viewer, 'GET', '/ipc-industry-mappings?industryCode=5'), 200);
    expect(seeded.map((m) => m.ipcPrefix)).toEqual(expect.arrayContaining(['H01M', 'B60L']));
    const covered = await grantedInvention('2019-04-01', '2021-05-06', ['C07D 401/04']);
    const other = await grantedInvention('2019-04-01', '2021-05-06', ['C07D 403/04']);
    const longerGroup = await grantedInvention('2019-04-01', '2021-05-06', ['C07D 4011/00']);
    expect((await held(covered.id, '2024-12-31')).highValue).toBe(false);
    const mapping = await json<TIpcIndustryMapping>(await call(base(), h.officer, 'POST', '/ipc-industry-mappings', { ipcPrefix: 'c07d401', industryCode: '4', subcategory: '4.1 生物医药产业' }), 201);
    expect(mapping).toMatchObject({ ipcPrefix: 'C07D 401', industryName: { zh: '生物产业' }, version: 1 });
    expect(await held(covered.id, '2024-12-31')).toEqual({ highValue: true, held: ['strategic_industry'] });
    expect((await held(other.id, '2024-12-31')).highValue).toBe(false);
    expect((await held(longerGroup.id, '2024-12-31')).highValue).toBe(false);
    expect(await (await h.db.query(`SELECT 1 FROM audit.events WHERE entity = 'ipc_industry_mapping' AND entity_id = $1`, [mapping.id])).rowCount).toBe(1);
  });

  it('changes a mapping against its version, refuses a stale one, a duplicate and a malformed prefix, and deletes one', async () => {
    const mapping = await json<TIpcIndustryMapping>(await call(base(), h.officer, 'POST', '/ipc-industry-mappings', { ipcPrefix: 'G06Q 50', industryCode: '9' }), 201);
    const changed = await json<TIpcIndustryMapping>(await call(base(), h.officer, 'PATCH', `/ipc-industry-mappings/${mapping.id}`, { version: 1, industryCode: '1' }), 200);
    expect(changed).toMatchObject({ industryCode: '1', version: 2 });
    expect((await call(base(), h.officer, 'PATCH', `/ipc-industry-mappings/${mapping.id}`, { version: 1, note: '过期' })).status).toBe(409);
    expect((await call(base(), h.officer, 'POST', '/ipc-industry-mappings', { ipcPrefix: 'G06Q 50', industryCode: '1' })).status).toBe(409);
    const bad = await call(base(), h.officer, 'POST', '/ipc-industry-mappings', { ipcPrefix: 'Z99', industryCode: '1' });
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['ipcPrefix']);
    expect((await call(base(), h.viewer, 'POST', '/ipc-industry-mappings', { ipcPrefix: 'G06Q 10', industryCode: '1' })).status).toBe(403);
    expect((await h.db.query(`SELECT 1 FROM creation.ipc_industry_mappings WHERE ipc_prefix IN ('Z99', 'G06Q 10')`)).rowCount).toBe(0);
    expect((await call(base(), h.officer, 'DELETE', `/ipc-industry-mappings/${mapping.id}?version=1`)).status).toBe(409);
    expect((await call(base(), h.officer, 'DELETE', `/ipc-industry-mappings/${mapping.id}?version=2`)).status).toBe(204);
    expect((await h.db.query(`SELECT 1 FROM creation.ipc_industry_mappings WHERE id = $1`, [mapping.id])).rowCount).toBe(0);
  });
});

describe('pledge events from utilization (contract)', () => {
  it('parses the published payloads and refuses a malformed one naming the field, writing nothing', async () => {
    const event = registered(crypto.randomUUID(), 'ZL201710601862.3', '2022-01-01');
    expect(ZPledgeEventMessage.parse(event)).toEqual(event);
    const bad = { ...event, eventId: crypto.randomUUID(), rights: [{ kind: 'patent', number: 'ZL201710601862.4' }] };
    await expect(pledges.applyPledgeEvent(bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await h.db.query(`SELECT 1 FROM creation.pledge_event_receipts WHERE event_id = $1`, [bad.eventId])).rowCount).toBe(0);
  });

  it('applies each event once: a redelivered registration or release changes nothing', async () => {
    const patent = await grantedInvention('2019-04-01', '2020-09-09');
    const pledgeId = crypto.randomUUID();
    const first = registered(pledgeId, patent.applicationNumber, '2021-02-01');
    expect(await pledges.applyPledgeEvent(first)).toEqual({ applied: true });
    const release = { type: 'pledge.released', eventId: crypto.randomUUID(), pledgeId, rights: [{ kind: 'patent', number: patent.applicationNumber }], releasedOn: '2022-02-01', regionCode: LONGHU };
    expect(await pledges.applyPledgeEvent(release)).toEqual({ applied: true });
    const snapshot = async () => (await h.db.query(`SELECT registered_on::text, released_on::text FROM creation.pledged_rights WHERE pledge_id = $1`, [pledgeId])).rows;
    const audits = async () => (await h.db.query(`SELECT 1 FROM audit.events WHERE entity = 'pledged_right' AND entity_id = $1`, [pledgeId])).rowCount;
    expect(await snapshot()).toEqual([{ registered_on: '2021-02-01', released_on: '2022-02-01' }]);
    expect(await audits()).toBe(2);
    // The registration delivered again, even with a different date, is the same event: nothing changes.
    expect(await pledges.applyPledgeEvent({ ...first, registeredOn: '2021-12-01' })).toEqual({ applied: false });
    expect(await pledges.applyPledgeEvent(release)).toEqual({ applied: false });
    expect(await snapshot()).toEqual([{ registered_on: '2021-02-01', released_on: '2022-02-01' }]);
    expect(await audits()).toBe(2);
    expect(await held(patent.id, '2021-06-01')).toEqual({ highValue: true, held: ['pledged'] });
  });

  it('keeps a release that arrives before its registration', async () => {
    const patent = await grantedInvention('2019-04-01', '2020-09-09');
    const pledgeId = crypto.randomUUID();
    await pledges.applyPledgeEvent({ type: 'pledge.released', eventId: crypto.randomUUID(), pledgeId, rights: [{ kind: 'patent', number: patent.applicationNumber }], releasedOn: '2022-02-01', regionCode: LONGHU });
    expect((await held(patent.id, '2021-06-01')).highValue).toBe(false);
    await pledges.applyPledgeEvent(registered(pledgeId, patent.applicationNumber, '2021-02-01'));
    expect((await held(patent.id, '2021-06-01')).highValue).toBe(true);
    expect((await held(patent.id, '2022-02-01')).highValue).toBe(false);
  });
});

describe('the high-value invention patent metric', () => {
  it('counts valid high-value inventions at a past date and by district, and agrees with the per-patent answers', async () => {
    const before2020 = await metric('asOf=2020-12-31');
    const jinpingBefore = await metric(`asOf=2024-12-31&district=${JINPING}`);
    // In Jinping: one mapped (granted 2021), one pledged 2022-05-01 → 2023-08-01, one with nothing.
    const mapped = await grantedInvention('2019-04-01', '2021-05-06', ['H04L 9/32'], JINPING);
    const pledged = await grantedInvention('2019-04-01', '2020-09-09', ['A23L 13/60'], JINPING, 'pct_invention');
    await grantedInvention('2019-04-01', '2020-09-09', ['A23L 13/60'], JINPING);
    const pledgeId = crypto.randomUUID();
    await pledges.applyPledgeEvent(registered(pledgeId, pledged.applicationNumber, '2022-05-01'));
    await pledges.applyPledgeEvent({ type: 'pledge.released', eventId: crypto.randomUUID(), pledgeId, rights: [{ kind: 'patent', number: pledged.applicationNumber }], releasedOn: '2023-08-01', regionCode: JINPING });
    const jinping = (asOf: string) => metric(`asOf=${asOf}&district=${JINPING}`);
    expect(Number(await jinping('2022-12-31')) - Number(jinpingBefore)).toBe(2);
    expect(Number(await jinping('2024-12-31')) - Number(jinpingBefore)).toBe(1);
    expect(await metric('asOf=2020-12-31')).toBe(before2020);
    expect((await evaluate(mapped.id, '2020-12-31')).highValue).toBe(false);
    // The whole region: the count equals the number of patents the per-patent rule calls high-value.
    const ids = (await h.db.query<{ id: string }>(`SELECT id FROM creation.patents`)).rows.map((r) => r.id);
    for (const asOf of ['2021-12-31', '2022-06-30', '2024-12-31']) {
      let count = 0;
      for (const id of ids) if ((await evaluate(id, asOf)).highValue) count += 1;
      expect(await metric(`asOf=${asOf}`)).toBe(String(count));
    }
  });
});
