import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TPledge, TPledgeDetail } from '@ipbureau/domain/utilization';
import { committedOpenApi, routeAccessReport, xlsxRows, type TestService, type TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { CHAOYANG, CHENGHAI, patentNumber, pledgeApi, pledgeOf, register, startUtilization, trademarkNumber } from './pledge-factories.js';

let utilization: TestService;
let tokens: TestTokenIssuer;
let db: pg.Pool;
let bankOfficer: string;
let reader: string;

beforeAll(async () => {
  ({ tokens, service: utilization } = await startUtilization());
  db = new pg.Pool({ connectionString: utilization.databaseUrl, max: 2 });
  [bankOfficer, reader] = await Promise.all([tokens.mint(['utilization:officer'], { name: '林经办' }), tokens.mint(['utilization:viewer'])]);
});
afterAll(async () => {
  await db?.end();
  await utilization?.close();
  await tokens?.close();
});

const api = () => pledgeApi(utilization.baseUrl);
const post = (token: string, pledge: object) => api().post(token, pledge);
const get = (token: string, path: string) => api().get<TPledgeDetail & { items: TPledge[]; total: number }>(token, path);
const pledged = (pledge: object) => api().applied(bankOfficer, pledge);
const pledgesOfRight = async (rightNumber: string) => Number((await db.query(`SELECT count(*) FROM utilization.pledges WHERE right_number = $1`, [rightNumber])).rows[0].count);

describe('utilization-api, the service', () => {
  it('is healthy with its database up', async () => {
    const res = await fetch(`${utilization.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ service: 'utilization', database: 'up' });
  });

  it('publishes its API description, and openapi.json in the repository matches it', async () => {
    expect((await fetch(`${utilization.baseUrl}/docs`)).status).toBe(200);
    const doc = await fetch(`${utilization.baseUrl}/docs-json`);
    expect(doc.status).toBe(200);
    expect(Object.keys(((await doc.json()) as { paths: object }).paths)).toContain('/api/utilization/pledges/{id}');
    const file = await committedOpenApi(utilization.baseUrl, new URL('../openapi.json', import.meta.url).pathname);
    expect(file.committed).toBe(file.served);
  });

  it('has an access rule on every route it serves', () => {
    const report = routeAccessReport(utilization.app);
    expect(report.length).toBeGreaterThanOrEqual(4);
    expect(report.filter((route) => !route.declared).map((route) => route.route)).toEqual([]);
  });

  it('turns away callers without a token', async () => {
    expect((await fetch(`${utilization.baseUrl}/pledges`)).status).toBe(401);
    const number = patentNumber();
    const res = await fetch(`${utilization.baseUrl}/pledges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pledgeOf('patent', number)) });
    expect(res.status).toBe(401);
    expect(await pledgesOfRight(number)).toBe(0);
  });
});

describe('applying for a pledge', () => {
  it('leaves a viewer with 403 and the table untouched', async () => {
    const number = patentNumber();
    expect((await post(reader, pledgeOf('patent', number))).status).toBe(403);
    expect(await pledgesOfRight(number)).toBe(0);
  });

  it('records an applied pledge with the exact loan amount, its first event and one audit event', async () => {
    const number = patentNumber();
    const pledge = await pledged(pledgeOf('patent', number.slice(2), { loanAmount: '1234567890123456.78' }));
    expect(pledge).toMatchObject({ rightKind: 'patent', rightNumber: number, loanAmount: '1234567890123456.78', status: 'applied', applicationDate: '2024-05-10', registrationDate: null, version: 1 });
    expect(pledge).toMatchObject({ allowedActions: ['register', 'withdraw'], outstandingPrincipal: '0.00' });
    expect(pledge.events).toMatchObject([{ seq: 1, action: 'apply', fromStatus: null, toStatus: 'applied', effectiveDate: '2024-05-10', recordedByName: '林经办' }]);
    const stored = await db.query(`SELECT loan_amount::text AS amount FROM utilization.pledges WHERE id = $1`, [pledge.id]);
    expect(stored.rows).toEqual([{ amount: '1234567890123456.78' }]);
    const audit = await db.query(`SELECT actor_name FROM audit.events WHERE entity = 'pledge' AND entity_id = $1`, [pledge.id]);
    expect(audit.rows).toEqual([{ actor_name: '林经办' }]);
  });

  it('answers an amount sent as whole yuan with its two decimals', async () => {
    const pledge = await pledged(pledgeOf('trademark', trademarkNumber(), { loanAmount: 800 }));
    expect(pledge.loanAmount).toBe('800.00');
  });

  it('rejects a malformed registration naming every bad field, and writes nothing', async () => {
    const valid = patentNumber();
    const mistyped = valid.slice(0, -1) + (valid.endsWith('7') ? '8' : '7');
    const res = await post(bankOfficer, pledgeOf('patent', mistyped, { pledgorCreditCode: '91350100M000100Y44', lenderName: 7, loanAmount: '0', applicationDate: '2024-13-01', interestRate: '4.35' }));
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(issues.sort()).toEqual(['applicationDate', 'interestRate', 'lenderName', 'loanAmount', 'pledgorCreditCode', 'rightNumber']);
    expect(await pledgesOfRight(mistyped)).toBe(0);
  });

  it('checks the right number by the kind of right', async () => {
    const asTrademark = await post(bankOfficer, pledgeOf('trademark', patentNumber()));
    expect(asTrademark.status).toBe(400);
    expect(((await asTrademark.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['rightNumber']);
    expect((await post(bankOfficer, pledgeOf('copyright', trademarkNumber()))).status).toBe(400);
  });

  it('rejects a pledgor outside the region the deployment serves', async () => {
    const number = trademarkNumber();
    const res = await post(bankOfficer, pledgeOf('trademark', number, { district: '445102' }));
    expect(res.status).toBe(400);
    expect(await pledgesOfRight(number)).toBe(0);
  });

  it('rejects a second active pledge of the same patent', async () => {
    const number = patentNumber();
    await pledged(pledgeOf('patent', number));
    const again = await post(bankOfficer, pledgeOf('patent', number, { lenderName: '中国银行汕头分行', district: CHAOYANG }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain(number);
    expect(await pledgesOfRight(number)).toBe(1);
  });

  it('treats a geographical-indication mark as the registered trademark it is', async () => {
    const number = trademarkNumber();
    await pledged(pledgeOf('gi', number));
    expect((await post(bankOfficer, pledgeOf('trademark', number))).status).toBe(409);
    expect(await pledgesOfRight(number)).toBe(1);
  });

  it('pledges a right again once its earlier pledge is released', async () => {
    const number = trademarkNumber();
    const first = await pledged(pledgeOf('trademark', number));
    const approver = await tokens.mint(['utilization:approver']);
    await api().walk(approver, first, register('2024-05-20'), { action: 'release', effectiveDate: '2024-06-01' });
    await pledged(pledgeOf('trademark', number, { applicationDate: '2025-01-10' }));
    expect(await pledgesOfRight(number)).toBe(2);
  });
});

describe('reading pledges', () => {
  let chenghai: TPledge;
  let chaoyang: TPledge;

  beforeAll(async () => {
    chenghai = await pledged(pledgeOf('gi', trademarkNumber()));
    chaoyang = await pledged(pledgeOf('patent', patentNumber(), { district: CHAOYANG }));
  });

  it('gives a Chenghai-only user Chenghai’s pledges and hides Chaoyang’s', async () => {
    const chenghaiOnly = await tokens.mint(['utilization:viewer'], { scope: { kind: 'districts', districts: [CHENGHAI] } });
    const page = await get(chenghaiOnly, '/pledges?pageSize=200');
    expect(page.body.items.map((p) => p.id)).toContain(chenghai.id);
    expect(page.body.items.filter((p) => p.district !== CHENGHAI)).toEqual([]);
    expect((await get(chenghaiOnly, `/pledges/${chaoyang.id}`)).status).toBe(404);
    expect((await get(reader, `/pledges/${chaoyang.id}`)).body).toEqual(chaoyang);
  });

  it('does not let a Chenghai-only officer register a pledge in Chaoyang', async () => {
    const chenghaiOfficer = await tokens.mint(['utilization:officer'], { scope: { kind: 'districts', districts: [CHENGHAI] } });
    const number = patentNumber();
    expect((await post(chenghaiOfficer, pledgeOf('patent', number, { district: CHAOYANG }))).status).toBe(403);
    expect(await pledgesOfRight(number)).toBe(0);
  });

  it('filters by kind of right and by district', async () => {
    const gi = await get(reader, '/pledges?rightKind=gi&pageSize=200');
    expect(gi.body.items.map((p) => p.rightKind)).not.toContain('patent');
    expect(gi.body.items.map((p) => p.id)).toContain(chenghai.id);
    const inChaoyang = await get(reader, `/pledges?district=${CHAOYANG}&status=applied`);
    expect(inChaoyang.body.items.map((p) => p.id)).toContain(chaoyang.id);
    expect(inChaoyang.body.items.map((p) => p.district)).not.toContain(CHENGHAI);
  });

  it('exports what a scoped reader sees as XLSX, amounts as exact yuan', async () => {
    const chenghaiOnly = await tokens.mint(['utilization:viewer'], { scope: { kind: 'districts', districts: [CHENGHAI] } });
    const [header, ...rows] = await xlsxRows(await fetch(`${utilization.baseUrl}/pledges?format=xlsx`, { headers: { authorization: `Bearer ${chenghaiOnly}` } }));
    const listed = (await get(chenghaiOnly, '/pledges?pageSize=200')).body.items;
    expect(rows).toHaveLength(listed.length);
    expect(rows.map((r) => r[header!.indexOf('区县')])).toEqual(listed.map(() => '澄海区'));
    const row = rows.find((r) => r[3] === chenghai.rightNumber)!;
    expect(row[header!.indexOf('质押权利类型')]).toBe('地理标志（证明商标、集体商标）');
    expect(row[header!.indexOf('贷款金额（元）')]).toBe(Number(chenghai.loanAmount));
    expect(row[header!.indexOf('状态')]).toBe('已申请');
    expect(rows.map((r) => r[3])).not.toContain(chaoyang.rightNumber);
  });
});
