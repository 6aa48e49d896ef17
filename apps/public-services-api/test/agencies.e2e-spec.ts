import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { creditCodeCheckChar } from '@ipbureau/domain';
import type { TAgency, TAgencyCreate } from '@ipbureau/domain/public-services';
import { committedOpenApi, routeAccessReport, startTestService, xlsxRows, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createAppModule } from '../src/app.module.js';
import { PUBLIC_SERVICES_SERVICE } from '../src/config.js';

const LONGHU = '440507';
const NANAO = '440523';

let publicServices: TestService;
let jwks: TestTokenIssuer;
let database: pg.Pool;
const as = { officer: '', viewer: '' };

beforeAll(async () => {
  jwks = await TestTokenIssuer.start();
  publicServices = await startTestService({
    adminUrl: inject('databaseUrl'),
    identity: PUBLIC_SERVICES_SERVICE,
    createModule: createAppModule,
    env: { PLATFORM_JWKS_URL: jwks.jwksUrl },
  });
  database = new pg.Pool({ connectionString: publicServices.databaseUrl, max: 2 });
  as.officer = await jwks.mint(['public-services:officer'], { name: '黄监管' });
  as.viewer = await jwks.mint(['public-services:viewer']);
});
afterAll(async () => {
  await database?.end();
  await publicServices?.close();
  await jwks?.close();
});

// Factory: an agency with a credit code of its own (valid check character) and a licence.
let made = 0;
function agency(overrides: Partial<TAgencyCreate> = {}): TAgencyCreate {
  made += 1;
  const first17 = `91440507MA5${String(made).padStart(6, '0')}`;
  return {
    name: `汕头市第${made}知识产权代理事务所（普通合伙）`,
    creditCode: first17 + creditCodeCheckChar(first17),
    kind: 'patent',
    licenceNumber: `44${String(200 + made).padStart(3, '0')}`,
    district: LONGHU,
    establishedDate: '2016-09-01',
    ...overrides,
  };
}

const api = (path: string, init: { token?: string; body?: unknown } = {}) =>
  fetch(`${publicServices.baseUrl}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
async function onRecord(input: TAgencyCreate): Promise<TAgency> {
  const res = await api('/agencies', { token: as.officer, body: input });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as TAgency;
}
async function rowsWithCode(code: string): Promise<number> {
  const { rows } = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM public_services.agencies WHERE credit_code = $1', [code]);
  return rows[0]?.n ?? -1;
}
const failingFields = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort();

describe('public-services-api', () => {
  it('reports itself healthy with the database up', async () => {
    const res = await api('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', service: 'public-services', database: 'up' });
  });

  it('serves the docs, whose JSON matches the committed openapi.json', async () => {
    expect((await api('/docs')).status).toBe(200);
    expect((await api('/docs-json')).status).toBe(200);
    const current = await committedOpenApi(publicServices.baseUrl, new URL('../openapi.json', import.meta.url).pathname);
    expect(current.committed).toBe(current.served);
  });

  it('declares who may call each of its routes', () => {
    const report = routeAccessReport(publicServices.app);
    expect(report.map((r) => r.route)).toContain('POST /agencies');
    expect(report.every((r) => r.declared)).toBe(true);
  });

  it('asks for a token before showing or taking agencies', async () => {
    expect((await api('/agencies')).status).toBe(401);
    const input = agency();
    expect((await api('/agencies', { body: input })).status).toBe(401);
    expect(await rowsWithCode(input.creditCode)).toBe(0);
  });
});

describe('putting an agency on record', () => {
  it('is not a viewer’s to do, and a viewer’s attempt writes nothing', async () => {
    const input = agency();
    expect((await api('/agencies', { token: as.viewer, body: input })).status).toBe(403);
    expect(await rowsWithCode(input.creditCode)).toBe(0);
  });

  it('registers a patent agency with its licence and audits the registration once', async () => {
    const input = agency({ establishedDate: '2008-04-30' });
    const typed = input.creditCode.toLowerCase().replace(/(.{6})/g, '$1 ');
    const saved = await onRecord({ ...input, creditCode: typed });
    expect(saved).toMatchObject({ creditCode: input.creditCode, kind: 'patent', licenceNumber: input.licenceNumber, establishedDate: '2008-04-30', district: LONGHU });
    const audit = await database.query(`SELECT action, after->>'creditCode' AS code FROM audit.events WHERE entity = 'agency' AND entity_id = $1`, [saved.id]);
    expect(audit.rows).toEqual([{ action: 'create', code: input.creditCode }]);
  });

  it('rejects a bad request field by field, and writes nothing', async () => {
    const input = agency();
    const wrongCheck = input.creditCode.slice(0, 17) + (input.creditCode.endsWith('0') ? '1' : '0');
    const res = await api('/agencies', { token: as.officer, body: { ...input, creditCode: wrongCheck, name: 42, kind: 'copyright', establishedDate: '01/09/2016', agents: 3 } });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['agents', 'creditCode', 'establishedDate', 'kind', 'name']);
    expect(await rowsWithCode(wrongCheck)).toBe(0);
    expect(await rowsWithCode(input.creditCode)).toBe(0);
  });

  it('requires a practice licence of a patent agency but not of a trademark agency', async () => {
    const unlicensed = agency({ kind: 'both', licenceNumber: null });
    const res = await api('/agencies', { token: as.officer, body: unlicensed });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['licenceNumber']);
    const trademarkOnly = await onRecord(agency({ kind: 'trademark', licenceNumber: null }));
    expect(trademarkOnly.licenceNumber).toBeNull();
  });

  it('refuses an office outside the region the deployment serves', async () => {
    const input = agency({ district: '440604' });
    const res = await api('/agencies', { token: as.officer, body: input });
    expect(res.status).toBe(400);
    expect(await failingFields(res)).toEqual(['district']);
  });

  it('refuses a second agency with the same credit code', async () => {
    const first = await onRecord(agency());
    const res = await api('/agencies', { token: as.officer, body: agency({ creditCode: first.creditCode, district: NANAO }) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain(first.name);
    expect(await rowsWithCode(first.creditCode)).toBe(1);
  });
});

describe('branches of an agency', () => {
  it('registers a branch under its head office and lists a head office’s branches', async () => {
    const head = await onRecord(agency({ name: '汕头市总部知识产权代理有限公司' }));
    expect(head.headAgencyId).toBeNull();
    const branch = await onRecord(agency({ name: '汕头市总部知识产权代理有限公司龙湖分公司', headAgencyId: head.id }));
    expect(branch).toMatchObject({ headAgencyId: head.id, district: LONGHU });
    const res = await api(`/agencies?headAgencyId=${head.id}`, { token: as.viewer });
    const page = (await res.json()) as { items: TAgency[]; total: number };
    expect(page.items.map((a) => [a.name, a.headAgencyId])).toEqual([['汕头市总部知识产权代理有限公司龙湖分公司', head.id]]);
    const { rows } = await database.query(`SELECT head_agency_id FROM public_services.agencies WHERE id = $1`, [branch.id]);
    expect(rows).toEqual([{ head_agency_id: head.id }]);
  });

  it('refuses a branch of a branch (422) and an unknown head office (404), writing nothing', async () => {
    const head = await onRecord(agency());
    const branch = await onRecord(agency({ headAgencyId: head.id }));
    const nested = agency({ headAgencyId: branch.id });
    const refused = await api('/agencies', { token: as.officer, body: nested });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { message: string }).message).toContain('分支机构');
    const unknown = agency({ headAgencyId: '00000000-0000-4000-8000-000000000999' });
    expect((await api('/agencies', { token: as.officer, body: unknown })).status).toBe(404);
    expect(await rowsWithCode(nested.creditCode)).toBe(0);
    expect(await rowsWithCode(unknown.creditCode)).toBe(0);
  });
});

describe('looking agencies up', () => {
  let longhuPatent: TAgency;
  let nanaoTrademark: TAgency;

  beforeAll(async () => {
    longhuPatent = await onRecord(agency({ kind: 'both' }));
    nanaoTrademark = await onRecord(agency({ kind: 'trademark', licenceNumber: null, district: NANAO }));
  });

  it('keeps a Longhu-only user to Longhu’s agencies', async () => {
    const longhuOnly = await jwks.mint(['public-services:viewer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const listed = (await (await api('/agencies?pageSize=200', { token: longhuOnly })).json()) as { items: TAgency[] };
    expect(listed.items.map((a) => a.id)).toContain(longhuPatent.id);
    expect(listed.items.some((a) => a.district !== LONGHU)).toBe(false);
    expect((await api(`/agencies/${nanaoTrademark.id}`, { token: longhuOnly })).status).toBe(404);
    expect((await api(`/agencies/${longhuPatent.id}`, { token: longhuOnly })).status).toBe(200);
  });

  it('does not let a Longhu-only officer register an agency on Nan’ao', async () => {
    const longhuOfficer = await jwks.mint(['public-services:officer'], { scope: { kind: 'districts', districts: [LONGHU] } });
    const input = agency({ district: NANAO });
    expect((await api('/agencies', { token: longhuOfficer, body: input })).status).toBe(403);
    expect(await rowsWithCode(input.creditCode)).toBe(0);
  });

  it('finds the agencies doing patent work, including those doing both', async () => {
    const page = (await (await api('/agencies?handles=patent&pageSize=200', { token: as.viewer })).json()) as { items: TAgency[] };
    const ids = page.items.map((a) => a.id);
    expect(ids).toContain(longhuPatent.id);
    expect(ids).not.toContain(nanaoTrademark.id);
    const onNanao = (await (await api(`/agencies?district=${NANAO}&handles=trademark`, { token: as.viewer })).json()) as { items: TAgency[] };
    expect(onNanao.items.map((a) => a.id)).toEqual([nanaoTrademark.id]);
  });

  it('exports the filtered agencies as XLSX', async () => {
    const [header, ...rows] = await xlsxRows(await api(`/agencies?district=${NANAO}&format=xlsx`, { token: as.viewer }));
    expect(header).toEqual(['机构名称', '统一社会信用代码', '机构类型', '执业许可证号', '区县', '成立日期', '状态', '注销日期']);
    expect(rows).toEqual([[nanaoTrademark.name, nanaoTrademark.creditCode, '商标代理机构', null, '南澳县', '2016-09-01', '在营', null]]);
  });
});
