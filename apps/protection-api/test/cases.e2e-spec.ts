import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCase, TCaseDetail, TCaseSummary } from '@ipbureau/domain/protection';
import { committedOpenApi, routeAccessReport, xlsxRows } from '@ipbureau/nest-kit/testing';
import { aCase, caller, caseNumber, CHAONAN, issuePaths, JINPING, registerCase as register, RESPONDENT, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;

beforeAll(async () => {
  p = await startProtection();
});
afterAll(() => stopProtection(p));

const call = caller(() => p);
const registerCase = (input: ReturnType<typeof aCase>) => register(p, input);
const storedCases = async (number: string) => (await p.pool.query('SELECT id FROM protection.cases WHERE case_number = $1', [number])).rowCount;

describe('protection-api serves', () => {
  it('a health check that sees the database', async () => {
    const res = await call(null, 'GET', '/health');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { database: string }).database).toBe('up');
  });

  it('its OpenAPI page and JSON, equal to the committed openapi.json', async () => {
    expect((await call(null, 'GET', '/docs')).status).toBe(200);
    expect((await call(null, 'GET', '/docs-json')).status).toBe(200);
    const openapi = await committedOpenApi(p.service.baseUrl, new URL('../openapi.json', import.meta.url).pathname);
    expect(openapi.committed).toEqual(openapi.served);
  });

  it('no route without a declared access rule', () => {
    const report = routeAccessReport(p.service.app);
    expect(report.map((r) => r.route)).toEqual(
      expect.arrayContaining(['POST /cases', 'GET /cases', 'GET /cases/summary', 'GET /cases/:id', 'PATCH /cases/:id', 'POST /cases/:id/transitions', 'GET /metrics', 'GET /health']),
    );
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
    expect((await call(p.viewer, 'POST', '/cases', input)).status).toBe(403);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('records the case as registered and leaves exactly one audit event', async () => {
    const input = aCase({ kind: 'counterfeit_patent', source: 'inspection', caseNumber: ` ${caseNumber()} ` });
    const registered = await registerCase(input);
    expect(registered).toMatchObject({ caseNumber: input.caseNumber.trim(), kind: 'counterfeit_patent', source: 'inspection', status: 'registered', district: JINPING, registeredDate: '2025-03-18' });
    const events = await p.pool.query(`SELECT action, actor_name, region_code FROM audit.events WHERE entity = 'case' AND entity_id = $1`, [registered.id]);
    expect(events.rows).toEqual([{ action: 'create', actor_name: '郑执法', region_code: JINPING }]);
  });

  it('keeps its parties and officers, starts its timeline with the registration and offers the officer the first steps', async () => {
    const officer = { userId: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10', name: '郑执法' };
    const person = { kind: 'person', role: 'right_holder', name: '陈某' } as const;
    const registered = await registerCase(aCase({ parties: [{ ...RESPONDENT, creditCode: ' 91440500ma4uj7xk2n ' }, person], officers: [officer] }));
    expect(registered.parties).toEqual([{ ...RESPONDENT, creditCode: '91440500MA4UJ7XK2N' }, { ...person, creditCode: null }]);
    expect(registered.officers).toEqual([officer]);
    expect(registered.timeline).toEqual([expect.objectContaining({ action: 'register', fromStatus: null, toStatus: 'registered', effectiveDate: '2025-03-18', actorName: '郑执法' })]);
    expect(registered).toMatchObject({ version: 1, statusDate: '2025-03-18', outcome: null, fineAmount: null, allowedActions: ['investigate', 'mediate'] });
    expect(await (await call(p.officer, 'GET', `/cases/${registered.id}`)).json()).toEqual(registered);
    const forApprover = (await (await call(p.approver, 'GET', `/cases/${registered.id}`)).json()) as TCaseDetail;
    expect(forApprover.allowedActions).toEqual(['investigate', 'transfer', 'withdraw', 'mediate']);
    expect(((await (await call(p.viewer, 'GET', `/cases/${registered.id}`)).json()) as TCaseDetail).allowedActions).toEqual([]);
  });

  it('names a party without parties, an organization with a wrong credit code and a twice-assigned officer', async () => {
    const officer = { userId: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10', name: '郑执法' };
    const noParties = aCase({ parties: [] });
    expect(await issuePaths(await call(p.officer, 'POST', '/cases', noParties))).toEqual(['parties']);
    const bad = aCase({ parties: [{ ...RESPONDENT, creditCode: '91440500MA4UJ7XK2X' }], officers: [officer, officer] });
    const res = await call(p.officer, 'POST', '/cases', bad);
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['officers', 'parties.0.creditCode']);
    expect(await storedCases(bad.caseNumber)).toBe(0);
  });

  it('names every invalid field of a bad request and writes nothing', async () => {
    const number = caseNumber();
    const res = await call(p.officer, 'POST', '/cases', { ...aCase({ caseNumber: number }), kind: 'piracy', source: 3, title: '', registeredDate: '2025-02-29', fineAmount: '1000' });
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['fineAmount', 'kind', 'registeredDate', 'source', 'title']);
    expect(await storedCases(number)).toBe(0);
  });

  it('refuses a registration date that has not come yet', async () => {
    const input = aCase({ registeredDate: '2999-01-01' });
    const res = await call(p.officer, 'POST', '/cases', input);
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['registeredDate']);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('refuses a district outside the region the deployment serves', async () => {
    const input = aCase({ district: '440106' });
    const res = await call(p.officer, 'POST', '/cases', input);
    expect(res.status).toBe(400);
    expect(await issuePaths(res)).toEqual(['district']);
  });

  it('refuses a case number already in use', async () => {
    const first = await registerCase(aCase());
    const res = await call(p.officer, 'POST', '/cases', aCase({ caseNumber: first.caseNumber, kind: 'patent_dispute', district: CHAONAN }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(first.caseNumber) });
    expect(await storedCases(first.caseNumber)).toBe(1);
  });
});

describe('the rights a case involves', () => {
  const storedRights = async (caseId: string) =>
    (await p.pool.query('SELECT kind, number, title, region_code FROM protection.case_rights WHERE case_id = $1 ORDER BY position', [caseId])).rows;

  it('are kept as given at registration, a patent by its ZL number and a mark by its bare registration number, with the case’s district', async () => {
    const rights = [
      { kind: 'patent', number: '2017 1 0601862.3', title: '一种玩具车' },
      { kind: 'trademark', number: ' 12345678 ' },
      { kind: 'trade_secret', title: '配方' },
    ] as const;
    const registered = await registerCase(aCase({ rights: [...rights] }));
    expect(registered.rights).toEqual([
      { kind: 'patent', number: 'ZL201710601862.3', title: '一种玩具车' },
      { kind: 'trademark', number: '12345678', title: null },
      { kind: 'trade_secret', number: null, title: '配方' },
    ]);
    expect(await storedRights(registered.id)).toEqual(registered.rights.map((r) => ({ ...r, region_code: JINPING })));
    expect(((await (await call(p.viewer, 'GET', `/cases/${registered.id}`)).json()) as TCaseDetail).rights).toEqual(registered.rights);
  });

  it('are none when none is given', async () => {
    const registered = await registerCase(aCase());
    expect(registered.rights).toEqual([]);
  });

  it('name a bad patent number, a bad trademark number and a missing number by their field path, and nothing is written', async () => {
    const input = aCase({ rights: [{ kind: 'patent', number: 'ZL201710601862.4' }, { kind: 'trademark', number: '0123' }, { kind: 'copyright' }, { kind: 'other' }] });
    const res = await call(p.officer, 'POST', '/cases', input);
    expect(res.status).toBe(400);
    const body = (await res.clone().json()) as { issues: { path: string; message: string }[] };
    expect(await issuePaths(res)).toEqual(['rights.0.number', 'rights.1.number', 'rights.2.number']);
    expect(body.issues.find((i) => i.path === 'rights.0.number')?.message).toMatch(/专利号/);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('are replaced at the version read while the case is open, with one audit entry, and a stale version changes nothing', async () => {
    const registered = await registerCase(aCase({ rights: [{ kind: 'trademark', number: '12345678' }] }));
    const rights = [{ kind: 'geographical_indication', number: 'GI-2020-001', title: '潮汕牛肉丸' }];
    const res = await call(p.officer, 'PATCH', `/cases/${registered.id}`, { version: 1, rights });
    expect(res.status, await res.clone().text()).toBe(200);
    const changed = (await res.json()) as TCaseDetail;
    expect(changed).toMatchObject({ version: 2, rights });
    expect(await storedRights(registered.id)).toEqual([{ ...rights[0], region_code: JINPING }]);

    const stale = await call(p.officer, 'PATCH', `/cases/${registered.id}`, { version: 1, rights: [] });
    expect(stale.status).toBe(409);
    const bad = await call(p.officer, 'PATCH', `/cases/${registered.id}`, { version: 2, rights: [{ kind: 'patent', number: '123' }] });
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['rights.0.number']);
    expect(await storedRights(registered.id)).toEqual([{ ...rights[0], region_code: JINPING }]);
    const audit = await p.pool.query(`SELECT action, after->'rights' AS rights FROM audit.events WHERE entity = 'case' AND entity_id = $1 ORDER BY seq`, [registered.id]);
    expect(audit.rows).toEqual([
      { action: 'create', rights: [{ kind: 'trademark', number: '12345678', title: null }] },
      { action: 'update', rights },
    ]);
  });

  it('can no longer be changed once the case has ended (409), and nothing is written', async () => {
    const registered = await registerCase(aCase({ rights: [{ kind: 'trademark', number: '12345678' }] }));
    const withdrawn = await step(p, p.approver, registered, { action: 'withdraw', effectiveDate: '2025-03-25', reason: '不属于本局管辖' });
    const res = await call(p.officer, 'PATCH', `/cases/${registered.id}`, { version: withdrawn.version, rights: [] });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain('涉案权利');
    expect(await storedRights(registered.id)).toEqual([{ kind: 'trademark', number: '12345678', title: null, region_code: JINPING }]);
    expect(((await (await call(p.officer, 'GET', `/cases/${registered.id}`)).json()) as TCaseDetail).version).toBe(withdrawn.version);
  });
});

describe('reading cases', () => {
  let inJinping: TCaseDetail;
  let inChaonan: TCaseDetail;

  beforeAll(async () => {
    inJinping = await registerCase(aCase({ kind: 'gi_misuse', registeredDate: '2024-11-02' }));
    inChaonan = await registerCase(aCase({ kind: 'patent_dispute', source: 'referral', district: CHAONAN, registeredDate: '2025-01-15' }));
  });

  it('shows a Chaonan-only officer no case from Jinping, by list or by id', async () => {
    const chaonanOnly = await p.issuer.mint(['protection:viewer'], { scope: { kind: 'districts', districts: [CHAONAN] } });
    const page = (await (await call(chaonanOnly, 'GET', '/cases?pageSize=200')).json()) as { items: TCase[] };
    expect(page.items.map((c) => c.id)).toContain(inChaonan.id);
    expect(new Set(page.items.map((c) => c.district))).toEqual(new Set([CHAONAN]));
    expect((await call(chaonanOnly, 'GET', `/cases/${inJinping.id}`)).status).toBe(404);
    expect(await (await call(chaonanOnly, 'GET', `/cases/${inChaonan.id}`)).json()).toEqual({ ...inChaonan, allowedActions: [] });
  });

  it('refuses a Chaonan-only officer a case registered in Jinping', async () => {
    const chaonanOfficer = await p.issuer.mint(['protection:officer'], { scope: { kind: 'districts', districts: [CHAONAN] } });
    const input = aCase({ district: JINPING });
    expect((await call(chaonanOfficer, 'GET', '/cases')).status).toBe(200);
    expect((await call(chaonanOfficer, 'POST', '/cases', input)).status).toBe(403);
    expect(await storedCases(input.caseNumber)).toBe(0);
  });

  it('filters by kind, source and registration period', async () => {
    const ids = async (query: string) => ((await (await call(p.viewer, 'GET', `/cases?pageSize=200&${query}`)).json()) as { items: TCase[] }).items.map((c) => c.id);
    expect(await ids('kind=gi_misuse')).toEqual([inJinping.id]);
    expect(await ids('source=referral')).toEqual([inChaonan.id]);
    const in2024 = await ids('registeredFrom=2024-01-01&registeredTo=2024-12-31');
    expect(in2024).toEqual([inJinping.id]);
  });

  it('exports the filtered cases as XLSX with kinds, sources and districts in words', async () => {
    const [header, ...rows] = await xlsxRows(await call(p.viewer, 'GET', '/cases?source=referral&format=xlsx'));
    expect(header!.slice(0, 5)).toEqual(['案件编号', '案由', '案件类型', '案件来源', '区县']);
    expect(rows).toEqual([expect.arrayContaining([inChaonan.caseNumber, inChaonan.title, '专利侵权纠纷', '移送', '潮南区', '2025-01-15'])]);
  });
});

describe('changing a case’s particulars', () => {
  it('replaces name, parties and officers at the version read, and refuses a stale version with 409, losing nothing', async () => {
    const registered = await registerCase(aCase());
    const officers = [{ userId: '0b7f3f0e-3b2f-4d8a-9a57-1c1b5cbd0c11', name: '黄执法' }];
    const res = await call(p.officer, 'PATCH', `/cases/${registered.id}`, { version: 1, title: '涉嫌销售假冒注册商标的商品案', officers });
    expect(res.status, await res.clone().text()).toBe(200);
    const changed = (await res.json()) as TCaseDetail;
    expect(changed).toMatchObject({ version: 2, title: '涉嫌销售假冒注册商标的商品案', officers, parties: [{ ...RESPONDENT }] });

    const stale = await call(p.officer, 'PATCH', `/cases/${registered.id}`, { version: 1, title: '另一个案由' });
    expect(stale.status).toBe(409);
    expect(await (await call(p.officer, 'GET', `/cases/${registered.id}`)).json()).toEqual(changed);
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'case' AND entity_id = $1 ORDER BY seq`, [registered.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
  });

  it('is refused to a viewer and to another pillar’s officer', async () => {
    const registered = await registerCase(aCase());
    const creationOfficer = await p.issuer.mint(['creation:officer']);
    for (const token of [p.viewer, creationOfficer]) {
      expect((await call(token, 'PATCH', `/cases/${registered.id}`, { version: 1, title: '改' })).status).toBe(403);
    }
    expect(((await (await call(p.viewer, 'GET', `/cases/${registered.id}`)).json()) as TCaseDetail).version).toBe(1);
  });
});

describe('finding cases', () => {
  it('by part of a party’s name or credit code, or by assigned officer', async () => {
    const officer = { userId: '2d0e4d4b-7c55-4d6b-8f7e-4a0c3b1e9f22', name: '许执法' };
    const mine = await registerCase(aCase({ parties: [{ kind: 'person', role: 'respondent', name: '蔡某某' }], officers: [officer] }));
    const ids = async (query: string) => ((await (await call(p.viewer, 'GET', `/cases?pageSize=200&${query}`)).json()) as { items: TCase[] }).items.map((c) => c.id);
    expect(await ids(`q=${encodeURIComponent('蔡某')}`)).toEqual([mine.id]);
    expect(await ids(`officer=${officer.userId}`)).toEqual([mine.id]);
    expect(await ids('q=%25')).toEqual([]);
    expect((await ids(`q=${RESPONDENT.creditCode.slice(0, 12)}`)).length).toBeGreaterThan(0);
  });
});

describe('the overview', () => {
  it('counts a year’s cases by kind and month, open cases and fines over the caller’s scope', async () => {
    const gi = await registerCase(aCase({ kind: 'copyright', registeredDate: '2023-02-10' }));
    await registerCase(aCase({ kind: 'copyright', registeredDate: '2023-02-20', district: CHAONAN }));
    let c = await step(p, p.officer, gi, { action: 'investigate', effectiveDate: '2023-02-11' });
    c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2023-05-06', outcome: 'punished', decisionNumber: '汕市监知罚〔2023〕1号', fineAmount: '1000.10', confiscationAmount: '0.20' });
    c = await step(p, p.officer, c, { action: 'execute', effectiveDate: '2023-06-01' });
    await step(p, p.approver, c, { action: 'close', effectiveDate: '2023-07-03' });

    const res = await call(p.viewer, 'GET', '/cases/summary?year=2023');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as TCaseSummary;
    expect(summary.byKind.find((k) => k.kind === 'copyright')).toEqual({ kind: 'copyright', registered: 2 });
    expect(summary.byMonth).toHaveLength(12);
    expect(summary.byMonth[1]).toEqual({ month: '2023-02', registered: 2, closed: 0 });
    expect(summary.byMonth[6]).toEqual({ month: '2023-07', registered: 0, closed: 1 });
    expect(summary).toMatchObject({ year: 2023, open: 1, finesAndConfiscations: '1000.30' });

    const chaonanOnly = await p.issuer.mint(['protection:viewer'], { scope: { kind: 'districts', districts: [CHAONAN] } });
    const narrowed = (await (await call(chaonanOnly, 'GET', '/cases/summary?year=2023')).json()) as TCaseSummary;
    expect(narrowed).toMatchObject({ open: 1, finesAndConfiscations: '0.00' });
  });
});
