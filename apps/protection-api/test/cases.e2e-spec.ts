import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import type { TCase, TCaseCreate } from '@ipbureau/domain/protection';
import { committedOpenApi, routeAccessReport, startTestService, TestTokenIssuer, type TestService } from '@ipbureau/nest-kit/testing';
import { createAppModule } from '../src/app.module.js';
import { PROTECTION_SERVICE } from '../src/config.js';

const JINPING = '440511';
const CHAONAN = '440514';

const ctx = {} as { protection: TestService; issuer: TestTokenIssuer; pool: pg.Pool; officer: string; viewer: string };

beforeAll(async () => {
  ctx.issuer = await TestTokenIssuer.start();
  const env = { PLATFORM_JWKS_URL: ctx.issuer.jwksUrl };
  ctx.protection = await startTestService({ adminUrl: inject('databaseUrl'), identity: PROTECTION_SERVICE, createModule: createAppModule, env });
  ctx.pool = new pg.Pool({ connectionString: ctx.protection.databaseUrl, max: 2 });
  ctx.officer = await ctx.issuer.mint(['protection:officer'], { name: '郑执法' });
  ctx.viewer = await ctx.issuer.mint(['protection:viewer']);
});
afterAll(async () => {
  await ctx.pool?.end();
  await ctx.protection?.close();
  await ctx.issuer?.close();
});

// Case numbers the way the bureau writes them: 汕市监知案〔year〕n号, a fresh n for every case.
let caseSeq = 100;
const caseNumber = (year = 2025) => `汕市监知案〔${year}〕${++caseSeq}号`;
const aCase = (overrides: Partial<TCaseCreate> = {}): TCaseCreate => ({
  caseNumber: caseNumber(),
  kind: 'trademark_infringement',
  source: 'complaint',
  title: '涉嫌销售侵犯注册商标专用权的玩具案',
  district: JINPING,
  registeredDate: '2025-03-18',
  ...overrides,
});

function call(token: string | null, method: 'GET' | 'POST', path: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return fetch(`${ctx.protection.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
async function registerCase(input: TCaseCreate): Promise<TCase> {
  const res = await call(ctx.officer, 'POST', '/cases', input);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as TCase;
}
const storedCases = async (number: string) => (await ctx.pool.query('SELECT id FROM protection.cases WHERE case_number = $1', [number])).rowCount;
const issuePaths = async (res: Response) => ((await res.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path).sort();

describe('protection-api serves', () => {
  it('a health check that sees the database', async () => {
    const res = await call(null, 'GET', '/health');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { database: string }).database).toBe('up');
  });

  it('its OpenAPI page and JSON, equal to the committed openapi.json', async () => {
    expect((await call(null, 'GET', '/docs')).status).toBe(200);
    expect((await call(null, 'GET', '/docs-json')).status).toBe(200);
    const openapi = await committedOpenApi(ctx.protection.baseUrl, new URL('../openapi.json', import.meta.url).pathname);
    expect(openapi.committed).toEqual(openapi.served);
  });

  it('no route without a declared access rule', () => {
    const report = routeAccessReport(ctx.protection.app);
    expect(report.map((r) => r.route)).toEqual(expect.arrayContaining(['POST /cases', 'GET /cases', 'GET /cases/:id', 'GET /health']));
    expect(report.filter((r) => !r.declared)).toEqual([]);
  });

  it('nothing about cases to a caller without a token', async () => {
    expect((await call(null, 'GET', '/cases')).status).toBe(401);
    const input = aCase();
    expect((await call(null, 'POST', '/cases', input)).status).toBe(401);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });
});

describe('registering a case', () => {
  it('is refused to a viewer, who writes nothing', async () => {
    const input = aCase();
    expect((await call(ctx.viewer, 'POST', '/cases', input)).status).toBe(403);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('records the case as registered and leaves exactly one audit event', async () => {
    const input = aCase({ kind: 'counterfeit_patent', source: 'inspection', caseNumber: ` ${caseNumber()} ` });
    const registered = await registerCase(input);
    expect(registered).toMatchObject({ caseNumber: input.caseNumber.trim(), kind: 'counterfeit_patent', source: 'inspection', status: 'registered', district: JINPING, registeredDate: '2025-03-18' });
    const events = await ctx.pool.query(`SELECT action, actor_name, region_code FROM audit.events WHERE entity = 'case' AND entity_id = $1`, [registered.id]);
    expect(events.rows).toEqual([{ action: 'create', actor_name: '郑执法', region_code: JINPING }]);
  });

  it('names every invalid field of a bad request and writes nothing', async () => {
    const number = caseNumber();
    const res = await call(ctx.officer, 'POST', '/cases', { ...aCase({ caseNumber: number }), kind: 'piracy', source: 3, title: '', registeredDate: '2025-02-29', fineAmount: '1000' });
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['fineAmount', 'kind', 'registeredDate', 'source', 'title']);
    expect(await storedCases(number)).toBe(0);
  });

  it('refuses a registration date that has not come yet', async () => {
    const input = aCase({ registeredDate: '2999-01-01' });
    const res = await call(ctx.officer, 'POST', '/cases', input);
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['registeredDate']);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('refuses a district outside the region the deployment serves', async () => {
    const input = aCase({ district: '440106' });
    const res = await call(ctx.officer, 'POST', '/cases', input);
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['district']);
  });

  it('refuses a case number already in use', async () => {
    const first = await registerCase(aCase());
    const res = await call(ctx.officer, 'POST', '/cases', aCase({ caseNumber: first.caseNumber, kind: 'patent_dispute', district: CHAONAN }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(first.caseNumber) });
    expect(await storedCases(first.caseNumber)).toBe(1);
  });
});

describe('reading cases', () => {
  let inJinping: TCase;
  let inChaonan: TCase;

  beforeAll(async () => {
    inJinping = await registerCase(aCase({ kind: 'gi_misuse', registeredDate: '2024-11-02' }));
    inChaonan = await registerCase(aCase({ kind: 'patent_dispute', source: 'referral', district: CHAONAN, registeredDate: '2025-01-15' }));
  });

  it('shows a Chaonan-only officer no case from Jinping, by list or by id', async () => {
    const chaonanOnly = await ctx.issuer.mint(['protection:viewer'], { scope: { kind: 'districts', districts: [CHAONAN] } });
    const page = (await (await call(chaonanOnly, 'GET', '/cases?pageSize=200')).json()) as { items: TCase[] };
    expect(page.items.map((c) => c.id)).toContain(inChaonan.id);
    expect(new Set(page.items.map((c) => c.district))).toEqual(new Set([CHAONAN]));
    expect((await call(chaonanOnly, 'GET', `/cases/${inJinping.id}`)).status).toBe(404);
    expect(await (await call(chaonanOnly, 'GET', `/cases/${inChaonan.id}`)).json()).toEqual(inChaonan);
  });

  it('refuses a Chaonan-only officer a case registered in Jinping', async () => {
    const chaonanOfficer = await ctx.issuer.mint(['protection:officer'], { scope: { kind: 'districts', districts: [CHAONAN] } });
    const input = aCase({ district: JINPING });
    expect((await call(chaonanOfficer, 'GET', '/cases')).status).toBe(200);
    expect((await call(chaonanOfficer, 'POST', '/cases', input)).status).toBe(403);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('filters by kind, source and registration period', async () => {
    const ids = async (query: string) => ((await (await call(ctx.viewer, 'GET', `/cases?pageSize=200&${query}`)).json()) as { items: TCase[] }).items.map((c) => c.id);
    expect(await ids('kind=gi_misuse')).toEqual([inJinping.id]);
    expect(await ids('source=referral')).toEqual([inChaonan.id]);
    const in2024 = await ids('registeredFrom=2024-01-01&registeredTo=2024-12-31');
    expect(in2024).toEqual([inJinping.id]);
  });
});
