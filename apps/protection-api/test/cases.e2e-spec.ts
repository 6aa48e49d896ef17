import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCase, TCaseDetail, TCaseDocument, TCaseSummary } from '@ipbureau/domain/protection';
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
      expect.arrayContaining(['POST /cases', 'GET /cases', 'GET /cases/summary', 'GET /cases/:id', 'PATCH /cases/:id', 'POST /cases/:id/transitions', 'GET /cases/:id/documents', 'POST /cases/:id/documents', 'POST /cases/:id/documents/:docId/void', 'GET /metrics', 'GET /health']),
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
    const ids = async (query: string, token = p.viewer) => ((await (await call(token, 'GET', `/cases?pageSize=200&${query}`)).json()) as { items: TCase[] }).items.map((c) => c.id);
    // A natural person's name finds the case for those who see it in clear (see the masking tests).
    expect(await ids(`q=${encodeURIComponent('蔡某')}`, p.officer)).toEqual([mine.id]);
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

describe('the case’s documents register 案卷文书', () => {
  const storedDocuments = async (caseId: string) =>
    (await p.pool.query('SELECT kind, document_number, title, dated::text, recorded_by_name, void_reason, region_code FROM protection.case_documents WHERE case_id = $1 ORDER BY dated, recorded_at', [caseId])).rows;
  const auditOf = async (entityId: string) =>
    (await p.pool.query(`SELECT action, actor_name, region_code FROM audit.events WHERE entity = 'case_document' AND entity_id = $1 ORDER BY seq`, [entityId])).rows;
  const inquiry = { kind: 'inquiry_record', title: '对当事人的询问笔录', dated: '2025-03-20' } as const;

  it('keeps an officer’s entry with who recorded it, in the case’s district, with one audit entry, and a viewer reads it', async () => {
    const c = await registerCase(aCase());
    const res = await call(p.officer, 'POST', `/cases/${c.id}/documents`, { kind: 'penalty_notice', documentNumber: ' 汕市监知告〔2025〕3号 ', title: ' 行政处罚告知书 ', dated: '2025-04-01' });
    expect(res.status, await res.clone().text()).toBe(201);
    const notice = (await res.json()) as TCaseDocument;
    expect(notice).toMatchObject({ caseId: c.id, kind: 'penalty_notice', documentNumber: '汕市监知告〔2025〕3号', title: '行政处罚告知书', dated: '2025-04-01', recordedBy: { name: '郑执法' }, voided: null });
    const first = (await (await call(p.officer, 'POST', `/cases/${c.id}/documents`, inquiry)).json()) as TCaseDocument;
    expect(first.documentNumber).toBeNull();

    const list = await call(p.viewer, 'GET', `/cases/${c.id}/documents`);
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual([first, notice]);
    expect(await storedDocuments(c.id)).toEqual([
      { kind: 'inquiry_record', document_number: null, title: '对当事人的询问笔录', dated: '2025-03-20', recorded_by_name: '郑执法', void_reason: null, region_code: JINPING },
      { kind: 'penalty_notice', document_number: '汕市监知告〔2025〕3号', title: '行政处罚告知书', dated: '2025-04-01', recorded_by_name: '郑执法', void_reason: null, region_code: JINPING },
    ]);
    expect(await auditOf(notice.id)).toEqual([{ action: 'create', actor_name: '郑执法', region_code: JINPING }]);
  });

  it('is refused to a viewer, names every invalid field, refuses a date before registration or to come, and writes nothing', async () => {
    const c = await registerCase(aCase());
    expect((await call(p.viewer, 'POST', `/cases/${c.id}/documents`, inquiry)).status).toBe(403);
    const bad = await call(p.officer, 'POST', `/cases/${c.id}/documents`, { kind: 'memo', title: '', dated: '2025-02-30', extra: 1 });
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['dated', 'extra', 'kind', 'title']);
    const early = await call(p.officer, 'POST', `/cases/${c.id}/documents`, { ...inquiry, dated: '2025-03-17' });
    expect(early.status).toBe(400);
    expect(await issuePaths(early)).toEqual(['dated']);
    const future = await call(p.officer, 'POST', `/cases/${c.id}/documents`, { ...inquiry, dated: '2999-01-01' });
    expect(await issuePaths(future)).toEqual(['dated']);
    expect(await storedDocuments(c.id)).toEqual([]);
  });

  it('is not found for a case outside the caller’s scope, by reading, adding or voiding', async () => {
    const c = await registerCase(aCase({ district: JINPING }));
    const doc = (await (await call(p.officer, 'POST', `/cases/${c.id}/documents`, inquiry)).json()) as TCaseDocument;
    const chaonanOfficer = await p.issuer.mint(['protection:officer'], { scope: { kind: 'districts', districts: [CHAONAN] } });
    expect((await call(chaonanOfficer, 'GET', `/cases/${c.id}/documents`)).status).toBe(404);
    expect((await call(chaonanOfficer, 'POST', `/cases/${c.id}/documents`, inquiry)).status).toBe(404);
    expect((await call(chaonanOfficer, 'POST', `/cases/${c.id}/documents/${doc.id}/void`, { reason: '误录' })).status).toBe(404);
    const other = await registerCase(aCase());
    expect((await call(p.officer, 'POST', `/cases/${other.id}/documents/${doc.id}/void`, { reason: '误录' })).status).toBe(404);
    expect(await storedDocuments(c.id)).toEqual([expect.objectContaining({ void_reason: null })]);
    expect(await storedDocuments(other.id)).toEqual([]);
  });

  it('voids an entry with a reason, keeping it, once; a second void is 409, a voidless reason 400, and the row cannot be deleted', async () => {
    const c = await registerCase(aCase());
    const doc = (await (await call(p.officer, 'POST', `/cases/${c.id}/documents`, inquiry)).json()) as TCaseDocument;
    const noReason = await call(p.officer, 'POST', `/cases/${c.id}/documents/${doc.id}/void`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(await issuePaths(noReason)).toEqual(['reason']);
    expect((await call(p.viewer, 'POST', `/cases/${c.id}/documents/${doc.id}/void`, { reason: '误录' })).status).toBe(403);
    expect(await auditOf(doc.id)).toEqual([{ action: 'create', actor_name: '郑执法', region_code: JINPING }]);

    const res = await call(p.approver, 'POST', `/cases/${c.id}/documents/${doc.id}/void`, { reason: '重复登记' });
    expect(res.status, await res.clone().text()).toBe(201);
    const voided = (await res.json()) as TCaseDocument;
    expect(voided).toEqual({ ...doc, voided: { at: expect.any(String), by: { userId: expect.any(String), name: '林科长' }, reason: '重复登记' } });
    const again = await call(p.officer, 'POST', `/cases/${c.id}/documents/${doc.id}/void`, { reason: '再次作废' });
    expect(again.status).toBe(409);
    expect(await call(p.viewer, 'GET', `/cases/${c.id}/documents`).then((r) => r.json())).toEqual([voided]);
    expect(await storedDocuments(c.id)).toEqual([expect.objectContaining({ title: '对当事人的询问笔录', void_reason: '重复登记' })]);
    expect((await auditOf(doc.id)).map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
    await expect(p.pool.query('DELETE FROM protection.case_documents WHERE id = $1', [doc.id])).rejects.toThrow(/never deleted/);
  });

  it('exports the register as XLSX with kinds in words and the void reason', async () => {
    const c = await registerCase(aCase());
    const doc = (await (await call(p.officer, 'POST', `/cases/${c.id}/documents`, { ...inquiry, documentNumber: '询〔2025〕1号' })).json()) as TCaseDocument;
    await call(p.officer, 'POST', `/cases/${c.id}/documents/${doc.id}/void`, { reason: '误录' });
    const [header, ...rows] = await xlsxRows(await call(p.viewer, 'GET', `/cases/${c.id}/documents?format=xlsx`));
    expect(header).toEqual(['文书种类', '文号', '标题', '文书日期', '登记人', '作废原因']);
    expect(rows).toEqual([['询问笔录', '询〔2025〕1号', '对当事人的询问笔录', '2025-03-20', '郑执法', '误录']]);
  });
});

describe('a natural person among the parties', () => {
  it('is masked for a viewer and in clear for an officer and an approver; an organization is never masked', async () => {
    const person = { kind: 'person', role: 'right_holder', name: '张三' } as const;
    const c = await registerCase(aCase({ parties: [RESPONDENT, person] }));
    expect(c.parties.map((x) => x.name)).toEqual([RESPONDENT.name, '张三']);
    const namesFor = async (token: string) => ((await (await call(token, 'GET', `/cases/${c.id}`)).json()) as TCaseDetail).parties.map((x) => x.name);
    expect(await namesFor(p.viewer)).toEqual([RESPONDENT.name, '张*']);
    expect(await namesFor(p.officer)).toEqual([RESPONDENT.name, '张三']);
    expect(await namesFor(p.approver)).toEqual([RESPONDENT.name, '张三']);
    const stored = await p.pool.query(`SELECT name FROM protection.case_parties WHERE case_id = $1 AND kind = 'person'`, [c.id]);
    expect(stored.rows).toEqual([{ name: '张三' }]);
    // The audit trail records the case with the person masked, as reporters and registrants are.
    const audit = await p.pool.query(`SELECT after->'parties' AS parties, after->'partyNames' AS names FROM audit.events WHERE entity = 'case' AND entity_id = $1`, [c.id]);
    expect(audit.rows).toEqual([{ parties: [expect.objectContaining({ name: RESPONDENT.name }), expect.objectContaining({ kind: 'person', name: '张*' })], names: [RESPONDENT.name, '张*'] }]);
    expect(JSON.stringify(audit.rows)).not.toContain('张三');
  });

  it('is masked the same way in the case list and its XLSX export for a viewer, in clear for an officer', async () => {
    const c = await registerCase(aCase({ source: 'report', registeredDate: '2022-05-05', parties: [{ kind: 'person', role: 'respondent', name: '欧阳娜娜' }, RESPONDENT] }));
    const query = '/cases?registeredFrom=2022-05-05&registeredTo=2022-05-05&source=report';
    const listed = async (token: string) => ((await (await call(token, 'GET', query)).json()) as { items: TCase[] }).items.map((x) => [x.id, x.partyNames]);
    expect(await listed(p.viewer)).toEqual([[c.id, ['欧***', RESPONDENT.name]]]);
    expect(await listed(p.officer)).toEqual([[c.id, ['欧阳娜娜', RESPONDENT.name]]]);
    const exported = async (token: string) => {
      const [header, ...rows] = await xlsxRows(await call(token, 'GET', `${query}&format=xlsx`));
      return rows.map((row) => row[header!.indexOf('当事人')]);
    };
    expect(await exported(p.viewer)).toEqual([`欧***、${RESPONDENT.name}`]);
    expect(await exported(p.officer)).toEqual([`欧阳娜娜、${RESPONDENT.name}`]);
  });

  it('does not let a viewer find a case by a masked person’s name, while an organization’s name still finds it', async () => {
    const c = await registerCase(aCase({ source: 'report', registeredDate: '2022-06-06', parties: [{ kind: 'person', role: 'respondent', name: '司马青衫' }, RESPONDENT] }));
    const found = async (token: string, q: string) =>
      ((await (await call(token, 'GET', `/cases?registeredFrom=2022-06-06&registeredTo=2022-06-06&q=${encodeURIComponent(q)}`)).json()) as { items: TCase[] }).items.map((x) => x.id);
    expect(await found(p.viewer, '司马青衫')).toEqual([]);
    expect(await found(p.officer, '司马青衫')).toEqual([c.id]);
    expect(await found(p.viewer, RESPONDENT.name)).toEqual([c.id]);
  });
});
