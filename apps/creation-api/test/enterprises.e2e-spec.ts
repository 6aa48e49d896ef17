import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPage } from '@ipbureau/domain';
import type { TEnterprise, TEnterpriseDetail } from '@ipbureau/domain/creation';
import { applicationNumber, call, creditCode, issuePaths, JINPING, json, LONGHU, patentInput, startCreation, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;

beforeAll(async () => {
  h = await startCreation();
});
afterAll(async () => {
  await h?.close();
});

const base = () => h.service.baseUrl;
const enterpriseInput = (overrides: Record<string, unknown> = {}) => ({ creditCode: creditCode(), name: '汕头市澄海区宏达玩具实业有限公司', district: LONGHU, industry: '玩具创意', ...overrides });
const create = async (overrides: Record<string, unknown> = {}) => json<TEnterpriseDetail>(await call(base(), h.officer, 'POST', '/enterprises', enterpriseInput(overrides)), 201);
const get = async (id: string) => json<TEnterpriseDetail>(await call(base(), h.viewer, 'GET', `/enterprises/${id}`), 200);
const list = async (query: string) => json<TPage<TEnterprise>>(await call(base(), h.viewer, 'GET', `/enterprises?${query}`), 200);
const rows = async (sql: string, params: unknown[]) => (await h.db.query(sql, params)).rowCount;
const auditCount = async (entity: string, id: string) => rows(`SELECT 1 FROM audit.events WHERE entity = $1 AND entity_id = $2`, [entity, id]);

describe('registering and correcting enterprises', () => {
  it('registers an enterprise by its credit code, audits it, and reads it back with no titles or certificates', async () => {
    const enterprise = await create({ creditCode: '91350100m000100y43' });
    expect(enterprise).toMatchObject({ creditCode: '91350100M000100Y43', district: LONGHU, industry: '玩具创意', version: 1, currentTitles: [], titles: [], certifications: [], patentStock: { validInvention: 0, highValueInvention: 0 } });
    expect(await auditCount('enterprise', enterprise.id)).toBe(1);
    expect(await get(enterprise.id)).toEqual(enterprise);
  });

  it('refuses a wrong check character and an unknown field, naming them, and writes nothing', async () => {
    const res = await call(base(), h.officer, 'POST', '/enterprises', { ...enterpriseInput({ creditCode: '91350100M000100Y44' }), extra: 1 });
    expect(res.status).toBe(400);
    expect((await issuePaths(res)).sort()).toEqual(['creditCode', 'extra']);
    expect(await rows(`SELECT 1 FROM creation.enterprises WHERE credit_code = '91350100M000100Y44'`, [])).toBe(0);
  });

  it('refuses a second enterprise with the same credit code', async () => {
    const first = await create();
    const res = await call(base(), h.officer, 'POST', '/enterprises', enterpriseInput({ creditCode: first.creditCode, name: '另一家' }));
    expect(res.status).toBe(409);
    expect(await rows(`SELECT 1 FROM creation.enterprises WHERE credit_code = $1`, [first.creditCode])).toBe(1);
  });

  it('does not let a viewer register or change an enterprise', async () => {
    const body = enterpriseInput();
    expect((await call(base(), h.viewer, 'POST', '/enterprises', body)).status).toBe(403);
    expect(await rows(`SELECT 1 FROM creation.enterprises WHERE credit_code = $1`, [body.creditCode])).toBe(0);
    const enterprise = await create();
    expect((await call(base(), h.viewer, 'PATCH', `/enterprises/${enterprise.id}`, { version: 1, name: '改名' })).status).toBe(403);
    expect((await call(base(), h.viewer, 'POST', `/enterprises/${enterprise.id}/titles`, { kind: 'municipal_cultivation', awardedOn: '2022-01-01' })).status).toBe(403);
    expect(await rows(`SELECT 1 FROM creation.enterprise_titles WHERE enterprise_id = $1`, [enterprise.id])).toBe(0);
  });

  it('does not let another pillar’s officer read or write enterprises', async () => {
    const utilizationOfficer = await h.issuer.mint(['utilization:officer']);
    expect((await call(base(), utilizationOfficer, 'GET', '/enterprises')).status).toBe(403);
    expect((await call(base(), utilizationOfficer, 'POST', '/enterprises', enterpriseInput())).status).toBe(403);
  });

  it('updates against the version read, moves the titles and certificates with the district, and refuses a stale version writing nothing', async () => {
    let enterprise = await create();
    enterprise = await json<TEnterpriseDetail>(await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/titles`, { kind: 'municipal_cultivation', awardedOn: '2022-03-01' }), 201);
    const updated = await json<TEnterpriseDetail>(await call(base(), h.officer, 'PATCH', `/enterprises/${enterprise.id}`, { version: 1, name: '汕头市宏达科技股份有限公司', district: JINPING }), 200);
    expect(updated).toMatchObject({ name: '汕头市宏达科技股份有限公司', district: JINPING, version: 2 });
    expect((await h.db.query(`SELECT region_code FROM creation.enterprise_titles WHERE enterprise_id = $1`, [enterprise.id])).rows).toEqual([{ region_code: JINPING }]);
    const stale = await call(base(), h.officer, 'PATCH', `/enterprises/${enterprise.id}`, { version: 1, name: '过期的修改' });
    expect(stale.status).toBe(409);
    expect((await get(enterprise.id)).name).toBe('汕头市宏达科技股份有限公司');
    expect(await auditCount('enterprise', enterprise.id)).toBe(2);
  });
});

describe('an enterprise’s patents', () => {
  it('counts its valid invention patents today, and how many of them are high-value', async () => {
    const enterprise = await create();
    const w = writers(h);
    const granted = async (ipcSymbols: string[], type: 'invention' | 'utility_model' = 'invention') => {
      const patent = await w.registerPatent(patentInput({ applicationNumber: applicationNumber(type, 2019), filingDate: '2019-03-01', applicantCreditCode: enterprise.creditCode, ipcSymbols }));
      return json(await w.transitionPatent(patent.id, { action: 'grant', effectiveDate: '2021-01-04', version: 1 }), 200);
    };
    await granted(['H01M 10/052']);
    await granted(['A23L 13/60']);
    await granted(['H01M 4/00'], 'utility_model');
    await w.registerPatent(patentInput({ applicantCreditCode: enterprise.creditCode, ipcSymbols: ['H01M 4/00'] }));
    await granted(['H01M 4/00']);
    // Someone else's granted invention does not count.
    const other = await w.registerPatent(patentInput({ ipcSymbols: ['H01M 4/00'] }));
    await json(await w.transitionPatent(other.id, { action: 'grant', effectiveDate: '2024-01-04', version: 1 }), 200);
    expect((await get(enterprise.id)).patentStock).toMatchObject({ validInvention: 3, highValueInvention: 2 });
  });
});

describe('cultivation titles', () => {
  it('records titles over time; the current ones are those not ended, strongest first', async () => {
    const enterprise = await create();
    const add = (body: unknown) => call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/titles`, body);
    await json(await add({ kind: 'municipal_cultivation', awardedOn: '2019-06-01', documentNumber: '汕市监〔2019〕88号' }), 201);
    await json(await add({ kind: 'provincial_advantage', awardedOn: '2021-09-15' }), 201);
    const detail = await json<TEnterpriseDetail>(await add({ kind: 'national_advantage', awardedOn: '2023-11-20', documentNumber: '国知办函运字〔2023〕1001号' }), 201);
    expect(detail.currentTitles).toEqual(['national_advantage', 'provincial_advantage', 'municipal_cultivation']);
    expect(detail.titles.map((t) => [t.kind, t.level, t.awardedOn])).toEqual([
      ['national_advantage', 'national', '2023-11-20'],
      ['provincial_advantage', 'provincial', '2021-09-15'],
      ['municipal_cultivation', 'municipal', '2019-06-01'],
    ]);
    const municipal = detail.titles.find((t) => t.kind === 'municipal_cultivation')!;
    const ended = await json<TEnterpriseDetail>(await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/titles/${municipal.id}/end`, { endedOn: '2022-06-01', reason: 'expired' }), 200);
    expect(ended.currentTitles).toEqual(['national_advantage', 'provincial_advantage']);
    expect(ended.titles.find((t) => t.id === municipal.id)).toMatchObject({ endedOn: '2022-06-01', endReason: 'expired' });
    expect((await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/titles/${municipal.id}/end`, { endedOn: '2022-07-01', reason: 'revoked' })).status).toBe(409);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'enterprise_title' AND entity_id = $1`, [municipal.id])).toBe(2);
  });

  it('refuses the same title twice on one date, a future award date, and an end before the award, writing nothing', async () => {
    const enterprise = await create();
    const add = (body: unknown) => call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/titles`, body);
    await json(await add({ kind: 'provincial_demonstration', awardedOn: '2022-01-01' }), 201);
    expect((await add({ kind: 'provincial_demonstration', awardedOn: '2022-01-01' })).status).toBe(409);
    const future = await add({ kind: 'municipal_cultivation', awardedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(await issuePaths(future)).toEqual(['awardedOn']);
    const endBefore = await add({ kind: 'municipal_cultivation', awardedOn: '2022-01-01', endedOn: '2021-01-01', endReason: 'revoked' });
    expect(endBefore.status).toBe(400);
    expect(await issuePaths(endBefore)).toEqual(['endedOn']);
    const badKind = await add({ kind: 'county', awardedOn: '2022-01-01' });
    expect(await issuePaths(badKind)).toEqual(['kind']);
    expect(await rows(`SELECT 1 FROM creation.enterprise_titles WHERE enterprise_id = $1`, [enterprise.id])).toBe(1);
  });
});

describe('GB/T 29490 certifications', () => {
  it('records a certificate as issued, then suspends, reinstates, renews and withdraws it, each event dated', async () => {
    const enterprise = await create();
    let detail = await json<TEnterpriseDetail>(
      await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications`, { certificateNumber: '165IP200123R0M', certificationBody: '中知（北京）认证有限公司', issuedOn: '2020-05-10', validUntil: '2023-05-09' }),
      201,
    );
    let cert = detail.certifications[0]!;
    expect(cert).toMatchObject({ status: 'valid', version: 1, allowedActions: ['suspend', 'withdraw', 'renew'], history: [{ seq: 1, action: 'issue', toStatus: 'valid', effectiveDate: '2020-05-10', validUntil: '2023-05-09' }] });
    const step = async (body: Record<string, unknown>) => {
      detail = await json<TEnterpriseDetail>(await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications/${cert.id}/transitions`, { ...body, version: cert.version }), 200);
      cert = detail.certifications[0]!;
    };
    await step({ action: 'suspend', effectiveDate: '2021-03-01', note: '监督审核未通过' });
    expect(cert).toMatchObject({ status: 'suspended', allowedActions: ['reinstate', 'withdraw', 'renew'] });
    await step({ action: 'reinstate', effectiveDate: '2021-06-01' });
    await step({ action: 'renew', effectiveDate: '2023-04-20', validUntil: '2026-05-09' });
    expect(cert).toMatchObject({ status: 'valid', validUntil: '2026-05-09', version: 4 });
    await step({ action: 'withdraw', effectiveDate: '2024-01-02' });
    expect(cert.history.map((e) => [e.action, e.fromStatus, e.toStatus, e.effectiveDate])).toEqual([
      ['issue', null, 'valid', '2020-05-10'],
      ['suspend', 'valid', 'suspended', '2021-03-01'],
      ['reinstate', 'suspended', 'valid', '2021-06-01'],
      ['renew', 'valid', 'valid', '2023-04-20'],
      ['withdraw', 'valid', 'withdrawn', '2024-01-02'],
    ]);
    const forbidden = await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications/${cert.id}/transitions`, { action: 'reinstate', effectiveDate: '2024-02-01', version: cert.version });
    expect(forbidden.status).toBe(409);
    expect(await rows(`SELECT 1 FROM creation.ip_certification_events WHERE certification_id = $1`, [cert.id])).toBe(5);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'ip_certification' AND entity_id = $1`, [cert.id])).toBe(5);
  });

  it('refuses a renewal without a new date, a stale version, an event before the last, and a duplicate certificate number, writing nothing', async () => {
    const enterprise = await create();
    const body = { certificateNumber: `IP-${enterprise.id.slice(0, 8)}`, certificationBody: '中规（北京）认证有限公司', issuedOn: '2021-01-01', validUntil: '2024-01-01' };
    const detail = await json<TEnterpriseDetail>(await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications`, body), 201);
    const cert = detail.certifications[0]!;
    const transition = (b: unknown) => call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications/${cert.id}/transitions`, b);
    const noDate = await transition({ action: 'renew', effectiveDate: '2023-12-01', version: 1 });
    expect(await issuePaths(noDate)).toEqual(['validUntil']);
    expect((await transition({ action: 'suspend', effectiveDate: '2022-01-01', version: 7 })).status).toBe(409);
    const early = await transition({ action: 'suspend', effectiveDate: '2020-01-01', version: 1 });
    expect(early.status).toBe(400);
    expect(await issuePaths(early)).toEqual(['effectiveDate']);
    expect((await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications`, body)).status).toBe(409);
    const backwards = await call(base(), h.officer, 'POST', `/enterprises/${enterprise.id}/certifications`, { ...body, certificateNumber: 'OTHER-1', validUntil: '2020-01-01' });
    expect(await issuePaths(backwards)).toEqual(['validUntil']);
    expect(await rows(`SELECT 1 FROM creation.ip_certification_events WHERE certification_id = $1`, [cert.id])).toBe(1);
    expect(await rows(`SELECT 1 FROM creation.ip_certifications WHERE enterprise_id = $1`, [enterprise.id])).toBe(1);
  });
});

describe('listing enterprises', () => {
  let toy: TEnterpriseDetail;
  let textile: TEnterpriseDetail;

  beforeAll(async () => {
    toy = await create({ name: '广东奥飞动漫文化股份有限公司', industry: '玩具创意' });
    textile = await create({ name: '汕头市潮南区纺织服装有限公司', district: JINPING, industry: '纺织服装' });
    await json(await call(base(), h.officer, 'POST', `/enterprises/${toy.id}/titles`, { kind: 'national_demonstration', awardedOn: '2022-10-01' }), 201);
    await json(await call(base(), h.officer, 'POST', `/enterprises/${textile.id}/certifications`, { certificateNumber: 'LIST-CERT-1', certificationBody: '中知（北京）认证有限公司', issuedOn: '2024-01-01', validUntil: '2099-01-01' }), 201);
  });

  it('finds enterprises by a piece of their Chinese name, their credit code, district, a title held and certification', async () => {
    const ids = async (query: string) => (await list(query)).items.map((e) => e.id);
    expect(await ids(`q=${encodeURIComponent('奥飞动漫')}`)).toEqual([toy.id]);
    expect(await ids(`q=${encodeURIComponent('潮南区纺织')}`)).toEqual([textile.id]);
    expect(await ids(`creditCode=${toy.creditCode.toLowerCase()}`)).toEqual([toy.id]);
    expect(await ids(`district=${JINPING}&q=${encodeURIComponent('纺织')}`)).toEqual([textile.id]);
    expect(await ids(`district=${LONGHU}&q=${encodeURIComponent('纺织')}`)).toEqual([]);
    expect(await ids('titleKind=national_demonstration')).toEqual([toy.id]);
    expect(await ids(`certified=true&q=${encodeURIComponent('汕头市潮南区')}`)).toEqual([textile.id]);
    expect(await ids(`certified=false&q=${encodeURIComponent('汕头市潮南区')}`)).toEqual([]);
    expect((await list(`q=${encodeURIComponent('奥飞')}`)).items[0]!.currentTitles).toEqual(['national_demonstration']);
    expect(await ids('q=%25')).toEqual([]);
  });

  it('shows a Longhu-scoped user only Longhu’s enterprises, and no other by id', async () => {
    const longhuOnly = await h.issuer.mint(['creation:viewer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const page = await json<TPage<TEnterprise>>(await call(base(), longhuOnly, 'GET', '/enterprises?pageSize=200'), 200);
    expect(page.items.every((e) => e.district === LONGHU)).toBe(true);
    expect(page.items.map((e) => e.id)).toContain(toy.id);
    expect((await call(base(), longhuOnly, 'GET', `/enterprises/${textile.id}`)).status).toBe(404);
  });
});
