import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { TPledge, TPledgeDetail } from '@ipbureau/domain/utilization';
import { committedOpenApi, routeAccessReport, xlsxRows, type TestService, type TestTokenIssuer } from '@ipbureau/nest-kit/testing';
import { BOC, CHAOYANG, CHENGHAI, ICBC, RCB, patentNumber, pledgeApi, pledgeOf, register, startUtilization, trademarkNumber } from './pledge-factories.js';

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

  it('requires the lender’s credit code with its check character, in Chinese first, and stores it canonical', async () => {
    const number = patentNumber();
    const wrongCheck = BOC.lenderCreditCode.slice(0, 17) + (BOC.lenderCreditCode.endsWith('0') ? '1' : '0');
    for (const lenderCreditCode of [wrongCheck, undefined]) {
      const res = await fetch(`${utilization.baseUrl}/pledges`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bankOfficer}`, 'content-type': 'application/json' },
        body: JSON.stringify(pledgeOf('patent', number, { lenderCreditCode })),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { issues: { path: string; message: string }[] };
      expect(body.issues.map((i) => i.path)).toEqual(['lenderCreditCode']);
      expect(body.issues[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await pledgesOfRight(number)).toBe(0);
    // Typed in lower case with a full-width digit and spaces, as people do: kept canonical.
    const typed = ` ${BOC.lenderCreditCode.slice(0, 4).toLowerCase()} ${BOC.lenderCreditCode.slice(4).replace('0', '０')}`;
    const pledge = await pledged(pledgeOf('patent', number, { lenderCreditCode: typed }));
    expect(pledge.lenderCreditCode).toBe(BOC.lenderCreditCode);
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

describe('the lender of a pledge', () => {
  // The lenders' pledges live in a district of their own (Nanao) so other tests' pledges do not count.
  const NANAO = '440523';
  let legacy: TPledgeDetail;
  let boc: TPledgeDetail;

  beforeAll(async () => {
    // One pledge recorded before the code was asked for (the column the migration added left NULL),
    // three at the Bank of China under two spellings, one at the rural commercial bank.
    legacy = await pledged(pledgeOf('trademark', trademarkNumber(), { lenderName: '汕头农商银行（南澳支行）', district: NANAO, applicationDate: '2023-01-05' }));
    await db.query(`UPDATE utilization.pledges SET lender_credit_code = NULL WHERE id = $1`, [legacy.id]);
    await pledged(pledgeOf('trademark', trademarkNumber(), { ...BOC, lenderName: '中国银行 汕头分行', district: NANAO, applicationDate: '2023-02-01' }));
    await pledged(pledgeOf('trademark', trademarkNumber(), { ...BOC, lenderName: '中国银行 汕头分行', district: NANAO, applicationDate: '2023-03-01' }));
    boc = await pledged(pledgeOf('trademark', trademarkNumber(), { ...BOC, district: NANAO, applicationDate: '2024-04-01' }));
    await pledged(pledgeOf('trademark', trademarkNumber(), { ...RCB, district: NANAO, applicationDate: '2024-04-02' }));
  });

  const nanaoReader = () => tokens.mint(['utilization:viewer'], { scope: { kind: 'districts', districts: [NANAO] } });

  it('lists each lender once for the form’s picker: by code with the latest name, the most used first', async () => {
    const lenders = await get(await nanaoReader(), '/lenders');
    expect(lenders.status).toBe(200);
    expect(lenders.body).toEqual([
      { lenderCreditCode: BOC.lenderCreditCode, lenderName: BOC.lenderName, pledgeCount: 3 },
      { lenderCreditCode: RCB.lenderCreditCode, lenderName: RCB.lenderName, pledgeCount: 1 },
      { lenderCreditCode: null, lenderName: '汕头农商银行（南澳支行）', pledgeCount: 1 },
    ]);
  });

  it('looks lenders up by any spelling their pledges used, white space and full width aside, or by code', async () => {
    const reader = await nanaoReader();
    const names = async (q: string) => ((await get(reader, `/lenders?q=${encodeURIComponent(q)}`)).body as unknown as { lenderName: string }[]).map((l) => l.lenderName);
    expect(await names('中国银行 汕头')).toEqual([BOC.lenderName]);
    expect(await names('农商银行(南澳')).toEqual(['汕头农商银行（南澳支行）']);
    expect(await names('农商')).toEqual([RCB.lenderName, '汕头农商银行（南澳支行）']);
    expect(await names(RCB.lenderCreditCode.slice(8).toLowerCase())).toEqual([RCB.lenderName]);
    expect(await names('建设银行')).toEqual([]);
    expect((await get(reader, '/lenders?q=')).status).toBe(400);
    expect((await fetch(`${utilization.baseUrl}/lenders`)).status).toBe(401);
  });

  it('lists the pledges of one lender by its code', async () => {
    const page = await get(await nanaoReader(), `/pledges?lenderCreditCode=${BOC.lenderCreditCode.toLowerCase()}`);
    expect(page.body.total).toBe(3);
    expect(page.body.items.every((p) => p.lenderCreditCode === BOC.lenderCreditCode)).toBe(true);
  });

  it('is corrected against the version read, with an audit entry before and after; a stale version is refused', async () => {
    const res = await api().update(bankOfficer, legacy.id, { version: legacy.version, lenderName: RCB.lenderName, lenderCreditCode: RCB.lenderCreditCode });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const corrected = res.body as TPledgeDetail;
    expect(corrected).toMatchObject({ lenderName: RCB.lenderName, lenderCreditCode: RCB.lenderCreditCode, version: legacy.version + 1, status: 'applied' });
    expect(corrected.events).toHaveLength(1);
    const audit = await db.query(`SELECT before, after, actor_name FROM audit.events WHERE entity = 'pledge' AND entity_id = $1 AND action = 'update'`, [legacy.id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_name: '林经办', before: { lenderCreditCode: null, lenderName: '汕头农商银行（南澳支行）' }, after: { lenderCreditCode: RCB.lenderCreditCode, lenderName: RCB.lenderName } });
    // The corrected pledge now counts under the bank's code.
    expect((await get(await nanaoReader(), '/lenders')).body).toContainEqual({ ...RCB, pledgeCount: 2 });

    const stale = await api().update(bankOfficer, legacy.id, { version: legacy.version, lenderName: '别的银行' });
    expect(stale.status).toBe(409);
    expect((await get(reader, `/pledges/${legacy.id}`)).body.lenderName).toBe(RCB.lenderName);
  });

  it('refuses a correction with a bad check character, an empty one, or one by a viewer, writing nothing', async () => {
    const before = (await get(reader, `/pledges/${boc.id}`)).body;
    const bad = await api().update(bankOfficer, boc.id, { version: before.version, lenderCreditCode: ICBC.lenderCreditCode.slice(0, 17) + (ICBC.lenderCreditCode.endsWith('0') ? '1' : '0') });
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['lenderCreditCode']);
    expect((await api().update(bankOfficer, boc.id, { version: before.version })).status).toBe(400);
    expect((await api().update(reader, boc.id, { version: before.version, lenderName: 'x' })).status).toBe(403);
    expect((await get(reader, `/pledges/${boc.id}`)).body).toEqual(before);
    const audits = await db.query(`SELECT count(*)::int AS n FROM audit.events WHERE entity = 'pledge' AND entity_id = $1 AND action = 'update'`, [boc.id]);
    expect(audits.rows[0].n).toBe(0);
  });
});
