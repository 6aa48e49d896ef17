import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { eventQueue, ZEventEnvelope, type TEventEnvelope, type TPage } from '@ipbureau/domain';
import { PRODUCT_METRIC_KEYS, ZAwardGrantedEvent, type TAward, type TCommercializationProjectDetail, type TTransferContract } from '@ipbureau/domain/utilization';
import type { TestService, TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { startUtilization } from './pledge-factories.js';
import { awardOf, enterpriseCode, JINPING, licenceOf, LONGHU, productApi, productPatent } from './product-factories.js';

// Patent awards (with the award.granted event for creation), transfer and licence contracts,
// commercialization projects and their support funds, and the metrics over them.

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let officer: string;
let viewer: string;
let jinpingOfficer: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [officer, viewer, jinpingOfficer] = await Promise.all([
    tokens.mint(['utilization:officer'], { name: '林经办' }),
    tokens.mint(['utilization:viewer']),
    tokens.mint(['utilization:officer'], { scope: { kind: 'districts', districts: [JINPING] } }),
  ]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => productApi(utilization.baseUrl);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${sql}`, params)).rows[0]!.n);

/** award.granted events waiting in creation's queue about one patent. */
async function grantedFor(patentNumber: string): Promise<TEventEnvelope[]> {
  const { rows } = await db.query<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1 AND data->>'type' = 'award.granted' AND data->'data'->>'patentNumber' = $2`, [eventQueue('creation'), patentNumber]);
  return rows.map((r) => ZEventEnvelope.parse(r.data));
}

describe('patent awards', () => {
  it('records an award, one audit entry and exactly one award.granted for creation that its contract accepts', async () => {
    const patent = productPatent();
    const res = await api().post<TAward>(officer, '/awards', awardOf(patent.slice(2)));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ patentNumber: patent, level: 'national', grade: 'silver', year: 2023, district: LONGHU, version: 1 });

    const events = await grantedFor(patent);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ source: 'utilization', regionCode: LONGHU });
    // What creation's consumer will build from the envelope must satisfy the fixed contract.
    const message = ZAwardGrantedEvent.parse({ type: event!.type, eventId: event!.id, regionCode: event!.regionCode, ...event!.data });
    expect(message).toMatchObject({ awardId: res.body.id, patentNumber: patent, kind: 'patent_award', level: 'national', year: 2023, grade: 'silver' });
    expect(await count(`audit.events WHERE entity = 'award' AND entity_id = $1`, [res.body.id])).toBe(1);
  });

  it('publishes nothing and writes nothing for a refused award: a duplicate (409), a wrong check digit or a grade the kind lacks (400 naming the field)', async () => {
    const patent = productPatent();
    expect((await api().post(officer, '/awards', awardOf(patent))).status).toBe(201);
    const duplicate = await api().post(officer, '/awards', awardOf(patent, { grade: 'gold' }));
    expect(duplicate.status).toBe(409);
    expect(await grantedFor(patent)).toHaveLength(1);

    const other = productPatent();
    const badDigit = `${other.slice(0, -1)}${other.endsWith('1') ? '2' : '1'}`;
    const typo = await api().post<{ issues: { path: string }[] }>(officer, '/awards', awardOf(badDigit));
    expect(typo.status).toBe(400);
    expect(typo.body.issues.map((i) => i.path)).toContain('patentNumber');
    const wrongGrade = await api().post<{ issues: { path: string }[] }>(officer, '/awards', awardOf(other, { kind: 'sci_tech_award', grade: 'gold' }));
    expect(wrongGrade.status).toBe(400);
    expect(wrongGrade.body.issues.map((i) => i.path)).toContain('grade');
    expect(await count(`utilization.awards WHERE patent_number IN ($1, $2)`, [other, badDigit])).toBe(0);
    expect(await grantedFor(other)).toEqual([]);
  });

  it('corrects an award against the version read, refuses a stale one with 409, and lets a viewer read but not write', async () => {
    const created = (await api().post<TAward>(officer, '/awards', awardOf(productPatent(), { level: 'municipal', grade: 'excellence', awardName: '汕头市专利奖' }))).body;
    const updated = await api().patch<TAward>(officer, `/awards/${created.id}`, { version: created.version, patentTitle: '一种改进的玩具车传动机构' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ patentTitle: '一种改进的玩具车传动机构', version: created.version + 1 });
    const stale = await api().patch(officer, `/awards/${created.id}`, { version: created.version, note: 'late' });
    expect(stale.status).toBe(409);
    expect((await api().get<TAward>(viewer, `/awards/${created.id}`)).body.note).toBeNull();

    expect((await api().post(viewer, '/awards', awardOf(productPatent()))).status).toBe(403);
    const list = await api().get<TPage<TAward>>(viewer, `/awards?level=municipal&year=2023`);
    expect(list.body.items.map((a) => a.id)).toEqual([created.id]);
    // Another district's officer neither sees it nor may change it.
    expect((await api().get(jinpingOfficer, `/awards/${created.id}`)).status).toBe(404);
  });
});

describe('transfer and licence contracts', () => {
  it('records a licence with its kind and exact amount, lists it by right number, and registers it later against the version read', async () => {
    const body = licenceOf({ amount: '0.10' });
    const res = await api().post<TTransferContract>(officer, '/transfer-contracts', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'license', licenseKind: 'exclusive', amount: '0.10', registrationDate: null });

    const number = (body.rights as { number: string }[])[0]!.number;
    const found = await api().get<TPage<TTransferContract>>(viewer, `/transfer-contracts?rightNumber=${number}`);
    expect(found.body.items.map((c) => c.id)).toEqual([res.body.id]);

    const registered = await api().patch<TTransferContract>(officer, `/transfer-contracts/${res.body.id}`, { version: 1, registrationNumber: '2024440000000123', registrationDate: '2024-04-15', amount: '0.30' });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ registrationDate: '2024-04-15', amount: '0.30', version: 2 });
    expect((await api().patch(officer, `/transfer-contracts/${res.body.id}`, { version: 1, note: 'stale' })).status).toBe(409);
  });

  it('refuses a licence without its kind, an assignment with one, and a registration before the contract, writing nothing', async () => {
    const before = await count('utilization.transfer_contracts');
    const noKind = await api().post<{ issues: { path: string }[] }>(officer, '/transfer-contracts', licenceOf({ licenseKind: undefined }));
    expect(noKind.status).toBe(400);
    expect(noKind.body.issues.map((i) => i.path)).toEqual(['licenseKind']);
    const assignment = await api().post(officer, '/transfer-contracts', licenceOf({ kind: 'assignment' }));
    expect(assignment.status).toBe(400);
    const early = await api().post<{ issues: { path: string }[] }>(officer, '/transfer-contracts', licenceOf({ registrationDate: '2024-02-01' }));
    expect(early.body.issues.map((i) => i.path)).toEqual(['registrationDate']);
    const badCode = await api().post<{ issues: { path: string }[] }>(officer, '/transfer-contracts', licenceOf({ licenseeCreditCode: '91350100M000100Y44' }));
    expect(badCode.body.issues.map((i) => i.path)).toEqual(['licenseeCreditCode']);
    expect(await count('utilization.transfer_contracts')).toBe(before);
  });

  it('exports the contracts of a filter as an XLSX sheet, under the same access rule as the list', async () => {
    const res = await fetch(`${utilization.baseUrl}/transfer-contracts?format=xlsx&kind=license`, { headers: { authorization: `Bearer ${viewer}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect((await fetch(`${utilization.baseUrl}/transfer-contracts?format=xlsx`)).status).toBe(401);
  });
});

describe('commercialization projects', () => {
  it('adds support funds as a ledger whose total is exact, moving the version, and refuses a stale or early grant', async () => {
    const created = await api().post<TCommercializationProjectDetail>(officer, '/commercialization-projects', {
      name: '高效节能注塑机产业化',
      enterprise: { name: '汕头市龙湖区某机械有限公司', creditCode: enterpriseCode() },
      rights: [{ kind: 'patent', number: productPatent() }],
      startDate: '2023-06-01',
      district: LONGHU,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const first = await api().post<TCommercializationProjectDetail>(officer, `/commercialization-projects/${created.body.id}/funds`, { version: 1, source: 'municipal', programme: '市级专利转化专项', amount: '0.10', grantedDate: '2023-09-01' });
    expect(first.status).toBe(201);
    const second = await api().post<TCommercializationProjectDetail>(officer, `/commercialization-projects/${created.body.id}/funds`, { version: first.body.version, source: 'provincial', programme: '省级专利转化专项', amount: '0.20', grantedDate: '2024-01-10' });
    expect(second.body.supportTotal).toBe('0.30');
    expect(second.body.funds.map((f) => f.seq)).toEqual([1, 2]);

    expect((await api().post(officer, `/commercialization-projects/${created.body.id}/funds`, { version: first.body.version, source: 'district', programme: 'x', amount: '1.00', grantedDate: '2024-02-01' })).status).toBe(409);
    const early = await api().post(officer, `/commercialization-projects/${created.body.id}/funds`, { version: second.body.version, source: 'district', programme: 'x', amount: '1.00', grantedDate: '2023-01-01' });
    expect(early.status).toBe(400);
    expect(await count('utilization.commercialization_funds WHERE project_id = $1', [created.body.id])).toBe(2);
    const listed = await api().get<TPage<{ id: string; supportTotal: string }>>(viewer, '/commercialization-projects');
    expect(listed.body.items.find((p) => p.id === created.body.id)?.supportTotal).toBe('0.30');
  });
});

describe('award and transfer metrics', () => {
  it('lists every product metric in the catalogue as a flow by district', async () => {
    const catalogue = (await api().get<{ key: string; semantics: string; byDistrict: boolean }[]>(viewer, '/metrics')).body;
    const products = catalogue.filter((m) => /^(insurance|transfers|awards|securitization)\./.test(m.key));
    expect(products.map((m) => m.key).sort()).toEqual(Object.values(PRODUCT_METRIC_KEYS).sort());
    expect(products.every((m) => m.semantics === 'flow' && m.byDistrict)).toBe(true);
  });

  it('counts awards by level for the years of a past period, and contracts and their amount by signing date and kind', async () => {
    const p = productPatent();
    await api().post(officer, '/awards', awardOf(p, { year: 2021, level: 'provincial', grade: 'gold', awardName: '广东专利奖' }));
    await api().post(officer, '/awards', awardOf(p, { year: 2021, level: 'national', grade: 'excellence' }));
    await api().post(officer, '/awards', awardOf(productPatent(), { year: 2020, level: 'national', grade: 'gold' }));
    const m = (key: string, district?: string) => api().metric(viewer, key, '2021-01-01', '2021-12-31', district);
    expect(await m('awards.count_in_period')).toBe('2');
    expect(await m('awards.count_in_period.national')).toBe('1');
    expect(await m('awards.count_in_period.provincial')).toBe('1');
    expect(await m('awards.count_in_period.municipal')).toBe('0');
    expect(await m('awards.count_in_period', JINPING)).toBe('0');

    await api().post(officer, '/transfer-contracts', licenceOf({ contractDate: '2022-05-05', amount: '1000.10' }));
    await api().post(officer, '/transfer-contracts', licenceOf({ kind: 'assignment', licenseKind: null, contractDate: '2022-12-31', amount: '2000.20' }));
    await api().post(officer, '/transfer-contracts', licenceOf({ contractDate: '2023-01-01', amount: '5.00' }));
    const t = (key: string) => api().metric(viewer, key, '2022-01-01', '2022-12-31');
    expect(await t('transfers.contracts_in_period')).toBe('2');
    expect(await t('transfers.contracts_in_period.assignment')).toBe('1');
    expect(await t('transfers.contracts_in_period.license')).toBe('1');
    expect(await t('transfers.amount_in_period')).toBe('3000.30');
  });
});
