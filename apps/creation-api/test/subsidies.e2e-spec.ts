import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue, TPage } from '@ipbureau/domain';
import type { TClawbackCase, TClawbackCaseDetail, TPatentDetail, TSubsidyApplication, TSubsidyApplicationDetail, TSubsidyRule } from '@ipbureau/domain/creation';
import { ImportWorker } from '../src/imports/imports.worker.js';
import { call, CHENGHAI, creditCode, issuePaths, json, LONGHU, patentInput, startCreation, writers, type CreationHarness } from './creation-test-kit.js';

let h: CreationHarness;
let w: ReturnType<typeof writers>;
let approver: string;
let approver2: string;
let officer2: string;

beforeAll(async () => {
  h = await startCreation();
  w = writers(h);
  approver = await h.issuer.mint(['creation:approver'], { name: '李科长' });
  approver2 = await h.issuer.mint(['creation:approver'], { name: '王处长' });
  officer2 = await h.issuer.mint(['creation:officer'], { name: '赵科员' });
  // The rules the tests apply: invention grants 3000.00 until 2023, 5000.50 from 2024; utility models 1000.
  for (const rule of [
    { patentType: 'invention', kind: 'grant', amount: '3000.00', effectiveFrom: '2020-01-01', effectiveTo: '2023-12-31', basis: '汕市监〔2020〕1号' },
    { patentType: 'invention', kind: 'grant', amount: '5000.50', effectiveFrom: '2024-01-01' },
    { patentType: 'utility_model', kind: 'grant', amount: '1000', effectiveFrom: '2020-01-01' },
    { patentType: 'invention', kind: 'pct_filing', amount: '10000', effectiveFrom: '2020-01-01' },
  ]) {
    await json<TSubsidyRule>(await call(h.service.baseUrl, approver, 'POST', '/subsidy-rules', rule), 201);
  }
});
afterAll(async () => {
  await h?.close();
});

const base = () => h.service.baseUrl;
const count = async (table: string) => Number((await h.db.query(`SELECT count(*)::int AS n FROM creation.${table}`)).rows[0].n);
const audits = async (entity: string, id: string) =>
  (await h.db.query(`SELECT action FROM audit.events WHERE entity = $1 AND entity_id = $2 ORDER BY seq`, [entity, id])).rows.map((r: { action: string }) => r.action);

async function grantedPatent(overrides: Record<string, unknown> = {}): Promise<TPatentDetail> {
  const patent = await w.registerPatent(patentInput({ filingDate: '2021-03-01', ...overrides }));
  return json<TPatentDetail>(await w.transitionPatent(patent.id, { action: 'grant', effectiveDate: '2023-05-10', version: patent.version }), 200);
}
const apply = (patent: TPatentDetail, overrides: Record<string, unknown> = {}, token = h.officer) =>
  call(base(), token, 'POST', '/subsidies', {
    creditCode: patent.applicantCreditCode,
    entityName: patent.applicantName,
    applicationNumber: patent.applicationNumber,
    kind: 'grant',
    applicationDate: '2024-03-01',
    ...overrides,
  });
const act = (app: { id: string; version: number }, action: string, token: string, extra: Record<string, unknown> = {}) =>
  call(base(), token, 'POST', `/subsidies/${app.id}/actions`, { action, version: app.version, effectiveDate: '2024-04-01', ...extra });
const step = async (app: { id: string; version: number }, action: string, token: string, extra: Record<string, unknown> = {}) =>
  json<TSubsidyApplicationDetail>(await act(app, action, token, extra), 200);

async function paidSubsidy(patent?: TPatentDetail, paidOn = '2024-05-20'): Promise<{ patent: TPatentDetail; app: TSubsidyApplicationDetail }> {
  const p = patent ?? (await grantedPatent());
  let app = await json<TSubsidyApplicationDetail>(await apply(p), 201);
  app = await step(app, 'first_pass', h.officer, { effectiveDate: '2024-04-01' });
  app = await step(app, 'second_approve', approver, { effectiveDate: '2024-04-15' });
  app = await step(app, 'pay', approver, { effectiveDate: paidOn, voucherNumber: `PZ-${p.applicationNumber}` });
  const fresh = await json<TPatentDetail>(await call(base(), h.viewer, 'GET', `/patents/${p.id}`), 200);
  return { patent: fresh, app };
}

describe('subsidy rules', () => {
  it('sets the amount from the rule in force on the application date, as an exact decimal', async () => {
    const patent = await grantedPatent();
    const early = await json<TSubsidyApplicationDetail>(await apply(patent, { applicationDate: '2023-12-31' }), 201);
    expect(early).toMatchObject({ amount: '3000.00', status: 'submitted', kind: 'grant', patentType: 'invention', district: LONGHU, allowedActions: ['first_pass', 'first_return'], version: 1 });
    const other = await grantedPatent();
    const late = await json<TSubsidyApplicationDetail>(await apply(other, { applicationDate: '2024-01-01' }), 201);
    expect(late.amount).toBe('5000.50');
    const row = await h.db.query(`SELECT amount::text FROM creation.subsidy_applications WHERE id = $1`, [late.id]);
    expect(row.rows[0].amount).toBe('5000.50');
  });

  it('lists the rules in force on a date, refuses an overlapping rule (409) and a viewer or officer editing rules (403)', async () => {
    const inForce = await json<TPage<TSubsidyRule>>(await call(base(), h.viewer, 'GET', '/subsidy-rules?patentType=invention&kind=grant&inForceOn=2022-06-01'), 200);
    expect(inForce.items.map((r) => r.amount)).toEqual(['3000.00']);
    const before = await count('subsidy_rules');
    const overlap = await call(base(), approver, 'POST', '/subsidy-rules', { patentType: 'invention', kind: 'grant', amount: '1', effectiveFrom: '2023-06-01' });
    expect(overlap.status).toBe(409);
    expect((await call(base(), h.officer, 'POST', '/subsidy-rules', { patentType: 'design', kind: 'grant', amount: '1', effectiveFrom: '2023-06-01' })).status).toBe(403);
    const badDates = await call(base(), approver, 'POST', '/subsidy-rules', { patentType: 'design', kind: 'grant', amount: '1.005', effectiveFrom: '2023-06-01', effectiveTo: '2023-01-01' });
    expect(badDates.status).toBe(400);
    expect(await issuePaths(badDates)).toEqual(expect.arrayContaining(['amount', 'effectiveTo']));
    expect(await count('subsidy_rules')).toBe(before);
  });

  it('updates a rule against its version (stale → 409), audited', async () => {
    const rule = await json<TSubsidyRule>(await call(base(), approver, 'POST', '/subsidy-rules', { patentType: 'design', kind: 'grant', amount: '500', effectiveFrom: '2020-01-01' }), 201);
    const updated = await json<TSubsidyRule>(await call(base(), approver, 'PATCH', `/subsidy-rules/${rule.id}`, { version: 1, amount: '800.25', effectiveTo: '2030-12-31' }), 200);
    expect(updated).toMatchObject({ amount: '800.25', effectiveTo: '2030-12-31', version: 2 });
    expect((await call(base(), approver, 'PATCH', `/subsidy-rules/${rule.id}`, { version: 1, amount: '1' })).status).toBe(409);
    expect(await audits('subsidy_rule', rule.id)).toEqual(['create', 'update']);
  });

  it('removes a rule no application used (approver only), and keeps one in use (409)', async () => {
    const unused = await json<TSubsidyRule>(await call(base(), approver, 'POST', '/subsidy-rules', { patentType: 'pct_utility_model', kind: 'grant', amount: '1', effectiveFrom: '2020-01-01' }), 201);
    expect((await call(base(), h.officer, 'DELETE', `/subsidy-rules/${unused.id}`)).status).toBe(403);
    expect((await call(base(), approver, 'DELETE', `/subsidy-rules/${unused.id}`)).status).toBe(204);
    expect(await count(`subsidy_rules WHERE id = '${unused.id}'`)).toBe(0);
    expect(await audits('subsidy_rule', unused.id)).toEqual(['create', 'delete']);
    const app = await json<TSubsidyApplicationDetail>(await apply(await grantedPatent()), 201);
    const inUse = await call(base(), approver, 'DELETE', `/subsidy-rules/${app.ruleId}`);
    expect(inUse.status).toBe(409);
    expect(await count(`subsidy_rules WHERE id = '${app.ruleId}'`)).toBe(1);
  });

  it('refuses an application when no rule was in force (422) and writes nothing', async () => {
    const patent = await grantedPatent();
    const before = await count('subsidy_applications');
    const res = await apply(patent, { applicationDate: '2019-06-01' });
    expect(res.status).toBe(422);
    expect(await count('subsidy_applications')).toBe(before);
  });
});

describe('subsidy applications', () => {
  it('refuses a patent that is not registered, not the entity’s, or not granted for a grant subsidy (422), writing nothing', async () => {
    const before = await count('subsidy_applications');
    const granted = await grantedPatent();
    const unknown = await apply({ ...granted, applicationNumber: patentInput().applicationNumber as string });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/not registered/);
    const notTheirs = await apply(granted, { creditCode: creditCode() });
    expect(notTheirs.status).toBe(422);
    expect(((await notTheirs.json()) as { message: string }).message).toMatch(/does not belong/);
    const pending = await w.registerPatent(patentInput({ filingDate: '2021-03-01' }));
    const notGranted = await apply(pending);
    expect(notGranted.status).toBe(422);
    expect(((await notGranted.json()) as { message: string }).message).toMatch(/not granted/);
    // A PCT filing subsidy does not need the grant.
    const pct = await json<TSubsidyApplicationDetail>(await apply(pending, { kind: 'pct_filing' }), 201);
    expect(pct.amount).toBe('10000.00');
    expect(await count('subsidy_applications')).toBe(before + 1);
  });

  it('answers 400 naming the fields of a malformed body and 409 for a second live application on one patent', async () => {
    const patent = await grantedPatent();
    const bad = await apply(patent, { creditCode: '123', applicationDate: '2024-02-30', extra: 1 });
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(expect.arrayContaining(['creditCode', 'applicationDate']));
    await json(await apply(patent), 201);
    expect((await apply(patent)).status).toBe(409);
  });

  it('walks submitted → first review → second review → approved → paid, each step dated, attributed, with its opinion, and audited', async () => {
    const { app } = await paidSubsidy();
    expect(app).toMatchObject({ status: 'paid', paidOn: '2024-05-20', allowedActions: [], version: 4 });
    expect(app.history.map((s) => [s.action, s.fromStatus, s.toStatus, s.effectiveDate, s.actorName])).toEqual([
      ['submit', null, 'submitted', '2024-03-01', '陈科员'],
      ['first_pass', 'submitted', 'first_passed', '2024-04-01', '陈科员'],
      ['second_approve', 'first_passed', 'approved', '2024-04-15', '李科长'],
      ['pay', 'approved', 'paid', '2024-05-20', '李科长'],
    ]);
    expect(app.voucherNumber).toMatch(/^PZ-/);
    expect(await json(await call(base(), h.viewer, 'GET', `/subsidies/${app.id}`), 200)).toEqual(app);
    expect(await audits('subsidy_application', app.id)).toEqual(['create', 'transition', 'approve', 'transition']);
  });

  it('returns for correction with an opinion at either review, and the entity resubmits', async () => {
    const patent = await grantedPatent();
    let app = await json<TSubsidyApplicationDetail>(await apply(patent), 201);
    const noOpinion = await act(app, 'first_return', h.officer);
    expect(noOpinion.status).toBe(400);
    expect(await issuePaths(noOpinion)).toEqual(['opinion']);
    app = await step(app, 'first_return', h.officer, { opinion: '缺少授权公告文本，请补正' });
    expect(app).toMatchObject({ status: 'returned', allowedActions: ['resubmit'] });
    app = await step(app, 'resubmit', h.officer, { effectiveDate: '2024-04-05' });
    app = await step(app, 'first_pass', officer2, { effectiveDate: '2024-04-06' });
    app = await step(app, 'second_return', approver, { effectiveDate: '2024-04-07', opinion: '金额核算依据不清' });
    expect(app.status).toBe('returned');
    expect(app.history.map((s) => s.opinion)).toEqual([null, '缺少授权公告文本，请补正', null, null, '金额核算依据不清']);
    app = await step(app, 'resubmit', h.officer, { effectiveDate: '2024-04-08' });
    app = await step(app, 'first_pass', h.officer, { effectiveDate: '2024-04-09' });
    app = await step(app, 'second_reject', approver2, { effectiveDate: '2024-04-10', opinion: '不符合资助条件' });
    expect(app).toMatchObject({ status: 'rejected', allowedActions: [] });
  });

  it('refuses the second review by the person who did the first (403, clear message), writing nothing', async () => {
    const patent = await grantedPatent();
    let app = await json<TSubsidyApplicationDetail>(await apply(patent), 201);
    app = await step(app, 'first_pass', approver); // an approver may do a first review
    const same = await act(app, 'second_approve', approver, { effectiveDate: '2024-04-02' });
    expect(same.status).toBe(403);
    expect(((await same.json()) as { message: string }).message).toMatch(/different people: you did the first review/);
    const row = await h.db.query(`SELECT status, version FROM creation.subsidy_applications WHERE id = $1`, [app.id]);
    expect(row.rows[0]).toEqual({ status: 'first_passed', version: 2 });
    expect(await count(`subsidy_steps WHERE application_id = '${app.id}'`)).toBe(2);
    // Another approver may.
    expect((await step(app, 'second_approve', approver2, { effectiveDate: '2024-04-02' })).status).toBe('approved');
  });

  it('refuses an officer the second review and payment (403), a forbidden transition (409 naming the allowed ones), a stale version (409) and a viewer (403)', async () => {
    const patent = await grantedPatent();
    let app = await json<TSubsidyApplicationDetail>(await apply(patent), 201);
    const early = await act(app, 'pay', approver, { voucherNumber: 'X' });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { message: string }).message).toMatch(/allowed: first_pass, first_return/);
    expect((await act(app, 'first_pass', h.viewer)).status).toBe(403);
    app = await step(app, 'first_pass', h.officer);
    expect((await act(app, 'second_approve', officer2)).status).toBe(403);
    expect((await act({ ...app, version: 1 }, 'second_approve', approver)).status).toBe(409);
    app = await step(app, 'second_approve', approver);
    const noVoucher = await act(app, 'pay', approver);
    expect(await issuePaths(noVoucher)).toEqual(['voucherNumber']);
    expect((await act(app, 'pay', h.officer, { voucherNumber: 'PZ-1' })).status).toBe(403);
    const backdated = await act(app, 'pay', approver, { voucherNumber: 'PZ-1', effectiveDate: '2024-03-31' });
    expect(await issuePaths(backdated)).toEqual(['effectiveDate']);
    expect(await count(`subsidy_steps WHERE application_id = '${app.id}'`)).toBe(3);
  });

  it('lists applications by status and entity', async () => {
    const { app } = await paidSubsidy();
    const page = await json<TPage<TSubsidyApplication>>(await call(base(), h.viewer, 'GET', `/subsidies?status=paid&creditCode=${app.creditCode}`), 200);
    expect(page.items.map((a) => a.id)).toEqual([app.id]);
  });
});

describe('abnormal applications 非正常专利申请', () => {
  it('refuses new applications from a flagged entity (422 naming the reason) and writes nothing', async () => {
    const patent = await grantedPatent();
    const flag = await call(base(), h.officer, 'POST', '/subsidies/abnormal-flags', { creditCode: patent.applicantCreditCode, flaggedOn: '2024-02-01', source: '国知局通知 2024-017' });
    expect(flag.status).toBe(201);
    const before = { apps: await count('subsidy_applications'), steps: await count('subsidy_steps') };
    const audited = Number((await h.db.query(`SELECT count(*)::int AS n FROM audit.events`)).rows[0].n);
    const refused = await apply(patent);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { message: string }).message).toMatch(/flagged for abnormal patent applications \(2024-02-01, 国知局通知 2024-017\)/);
    expect({ apps: await count('subsidy_applications'), steps: await count('subsidy_steps') }).toEqual(before);
    expect(Number((await h.db.query(`SELECT count(*)::int AS n FROM audit.events`)).rows[0].n)).toBe(audited);
    const listed = await json<TPage<{ creditCode: string }>>(await call(base(), h.viewer, 'GET', `/subsidies/abnormal-flags?creditCode=${patent.applicantCreditCode}`), 200);
    expect(listed.items).toHaveLength(1);
  });

  it('opens a clawback for a paid subsidy on a patent flagged abnormal', async () => {
    const { patent, app } = await paidSubsidy();
    await json(await call(base(), h.officer, 'POST', '/subsidies/abnormal-flags', { creditCode: patent.applicantCreditCode, flaggedOn: '2024-06-01', source: '国知局通知 2024-020', applicationNumber: patent.applicationNumber }), 201);
    const cases = await json<TPage<TClawbackCase>>(await call(base(), h.viewer, 'GET', `/subsidies/clawbacks?creditCode=${app.creditCode}`), 200);
    expect(cases.items).toMatchObject([{ subsidyId: app.id, reason: 'abnormal', openedOn: '2024-06-01', amountOwed: '5000.50', outstanding: '5000.50', status: 'open' }]);
  });
});

describe('clawbacks', () => {
  it('opens by itself when a paid patent lapses, in the same transaction, once', async () => {
    const { patent, app } = await paidSubsidy();
    const lapsed = await json<TPatentDetail>(await w.transitionPatent(patent.id, { action: 'lapse', effectiveDate: '2024-08-01', version: patent.version }), 200);
    const rows = await h.db.query(`SELECT reason, opened_on::text, amount_owed::text, status FROM creation.clawback_cases WHERE subsidy_id = $1`, [app.id]);
    expect(rows.rows).toEqual([{ reason: 'lapsed', opened_on: '2024-08-01', amount_owed: '5000.50', status: 'open' }]);
    // Restored and invalidated later: the subsidy is already being clawed back, no second case.
    const restored = await json<TPatentDetail>(await w.transitionPatent(patent.id, { action: 'restore', effectiveDate: '2024-09-01', version: lapsed.version }), 200);
    await json(await w.transitionPatent(patent.id, { action: 'invalidate', effectiveDate: '2024-10-01', version: restored.version }), 200);
    expect(await count(`clawback_cases WHERE subsidy_id = '${app.id}'`)).toBe(1);
  });

  it('opens for each paid patent an import states lapsed or invalidated, in the batch, and not for an unpaid one', async () => {
    const lapsing = await paidSubsidy();
    const invalid = await paidSubsidy();
    const unpaidPatent = await grantedPatent();
    const unpaid = await json<TSubsidyApplicationDetail>(await apply(unpaidPatent), 201);
    const line = (p: TPatentDetail, status: string) => [p.applicationNumber, p.title, p.applicantName, p.applicantCreditCode ?? '', p.district, p.filingDate, status, '2024-09-02'].join(',');
    const file = ['申请号,发明名称,申请人,申请人统一社会信用代码,区县,申请日,法律状态,法律状态日期', line(lapsing.patent, '未缴年费终止'), line(invalid.patent, '宣告无效'), line(unpaidPatent, '未缴年费终止')].join('\n');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(file, 'utf8')]), '法律状态.csv');
    const job = await json<{ id: string }>(await fetch(`${base()}/imports/patents`, { method: 'POST', headers: { authorization: `Bearer ${h.officer}` }, body: form }), 202);
    await h.service.app.get(ImportWorker).settled(job.id);
    const opened = await h.db.query(`SELECT subsidy_id, reason, opened_on::text, amount_owed::text FROM creation.clawback_cases WHERE subsidy_id = ANY($1) ORDER BY reason`, [[lapsing.app.id, invalid.app.id, unpaid.id]]);
    expect(opened.rows).toEqual([
      { subsidy_id: invalid.app.id, reason: 'invalidated', opened_on: '2024-09-02', amount_owed: '5000.50' },
      { subsidy_id: lapsing.app.id, reason: 'lapsed', opened_on: '2024-09-02', amount_owed: '5000.50' },
    ]);
  });

  it('opens when a paid patent is invalidated, but not for an unpaid subsidy', async () => {
    const { patent, app } = await paidSubsidy();
    const unpaidPatent = await grantedPatent();
    const unpaid = await json<TSubsidyApplicationDetail>(await apply(unpaidPatent), 201);
    await json(await w.transitionPatent(patent.id, { action: 'invalidate', effectiveDate: '2024-07-01', version: patent.version }), 200);
    await json(await w.transitionPatent(unpaidPatent.id, { action: 'invalidate', effectiveDate: '2024-07-01', version: unpaidPatent.version }), 200);
    expect((await h.db.query(`SELECT reason FROM creation.clawback_cases WHERE subsidy_id = $1`, [app.id])).rows).toEqual([{ reason: 'invalidated' }]);
    expect(await count(`clawback_cases WHERE subsidy_id = '${unpaid.id}'`)).toBe(0);
  });

  it('is recovered in parts (exact decimals) and closes when fully recovered; more than owed is 422, a closed case 409', async () => {
    const { patent, app } = await paidSubsidy();
    await json(await w.transitionPatent(patent.id, { action: 'lapse', effectiveDate: '2024-08-01', version: patent.version }), 200);
    const id = (await h.db.query(`SELECT id FROM creation.clawback_cases WHERE subsidy_id = $1`, [app.id])).rows[0].id as string;
    const recover = (body: Record<string, unknown>) => call(base(), h.officer, 'POST', `/subsidies/clawbacks/${id}/recoveries`, body);
    let c = await json<TClawbackCaseDetail>(await recover({ version: 1, receivedOn: '2024-09-01', amount: '0.10', voucherNumber: 'HK-1' }), 201);
    c = await json<TClawbackCaseDetail>(await recover({ version: c.version, receivedOn: '2024-09-02', amount: '0.20' }), 201);
    expect(c).toMatchObject({ recovered: '0.30', outstanding: '5000.20', status: 'open' });
    const tooMuch = await recover({ version: c.version, receivedOn: '2024-09-03', amount: '5000.21' });
    expect(tooMuch.status).toBe(422);
    expect((await recover({ version: 1, receivedOn: '2024-09-03', amount: '1' })).status).toBe(409);
    c = await json<TClawbackCaseDetail>(await recover({ version: c.version, receivedOn: '2024-10-01', amount: '5000.20' }), 201);
    expect(c).toMatchObject({ recovered: '5000.50', outstanding: '0.00', status: 'recovered', closedOn: '2024-10-01' });
    expect(c.recoveries.map((r) => r.amount)).toEqual(['0.10', '0.20', '5000.20']);
    expect((await recover({ version: c.version, receivedOn: '2024-10-02', amount: '1' })).status).toBe(409);
    expect(await count(`clawback_recoveries WHERE case_id = '${id}'`)).toBe(3);
    expect(await audits('clawback_case', id)).toEqual(['create', 'update', 'update', 'update']);
  });

  it('is written off by an approver only', async () => {
    const { patent, app } = await paidSubsidy();
    await json(await w.transitionPatent(patent.id, { action: 'invalidate', effectiveDate: '2024-08-01', version: patent.version }), 200);
    const id = (await h.db.query(`SELECT id FROM creation.clawback_cases WHERE subsidy_id = $1`, [app.id])).rows[0].id as string;
    const body = { version: 1, writtenOffOn: '2024-12-01', opinion: '企业已注销，无法追回' };
    expect((await call(base(), h.officer, 'POST', `/subsidies/clawbacks/${id}/write-off`, body)).status).toBe(403);
    const c = await json<TClawbackCaseDetail>(await call(base(), approver, 'POST', `/subsidies/clawbacks/${id}/write-off`, body), 200);
    expect(c).toMatchObject({ status: 'written_off', closedOn: '2024-12-01', outstanding: '0.00', writeOffOpinion: '企业已注销，无法追回' });
  });
});

describe('subsidy metrics, exact for past dates', () => {
  let m: CreationHarness;
  let mw: ReturnType<typeof writers>;
  let mApprover: string;
  beforeAll(async () => {
    m = await startCreation();
    mw = writers(m);
    mApprover = await m.issuer.mint(['creation:approver']);
    await json(await call(m.service.baseUrl, mApprover, 'POST', '/subsidy-rules', { patentType: 'invention', kind: 'grant', amount: '3000.10', effectiveFrom: '2020-01-01' }), 201);
  });
  afterAll(async () => {
    await m?.close();
  });
  const metric = async (key: string, query: string) => (await json<TMetricValue>(await call(m.service.baseUrl, m.viewer, 'GET', `/metrics/${key}?${query}`), 200)).value;

  async function paidIn(district: string, paidOn: string) {
    const registered = await mw.registerPatent(patentInput({ filingDate: '2021-03-01', district }));
    const patent = await json<TPatentDetail>(await mw.transitionPatent(registered.id, { action: 'grant', effectiveDate: '2022-05-10', version: 1 }), 200);
    const b = m.service.baseUrl;
    let app = await json<TSubsidyApplicationDetail>(
      await call(b, m.officer, 'POST', '/subsidies', { creditCode: patent.applicantCreditCode, entityName: 'x', applicationNumber: patent.applicationNumber, kind: 'grant', applicationDate: '2023-01-05' }),
      201,
    );
    app = await json(await call(b, m.officer, 'POST', `/subsidies/${app.id}/actions`, { action: 'first_pass', version: app.version, effectiveDate: '2023-01-06' }), 200);
    app = await json(await call(b, mApprover, 'POST', `/subsidies/${app.id}/actions`, { action: 'second_approve', version: app.version, effectiveDate: '2023-01-07' }), 200);
    app = await json(await call(b, mApprover, 'POST', `/subsidies/${app.id}/actions`, { action: 'pay', version: app.version, effectiveDate: paidOn, voucherNumber: 'PZ' }), 200);
    return { patent, app };
  }

  it('sums payments in a period by district, counts them, and keeps clawbacks outstanding exact at past dates', async () => {
    const a = await paidIn(LONGHU, '2023-03-01');
    await paidIn(LONGHU, '2023-06-30');
    await paidIn(CHENGHAI, '2024-02-01');
    expect(await metric('subsidies.paid_amount_in_period', 'from=2023-01-01&to=2023-12-31')).toBe('6000.20');
    expect(await metric('subsidies.paid_count_in_period', 'from=2023-01-01&to=2023-12-31')).toBe('2');
    expect(await metric('subsidies.paid_amount_in_period', 'from=2023-01-01&to=2024-12-31')).toBe('9000.30');
    expect(await metric('subsidies.paid_amount_in_period', `from=2023-01-01&to=2024-12-31&district=${CHENGHAI}`)).toBe('3000.10');
    expect(await metric('subsidies.paid_count_in_period', 'from=2023-03-02&to=2023-06-29')).toBe('0');

    await json(await mw.transitionPatent(a.patent.id, { action: 'lapse', effectiveDate: '2024-03-01', version: a.patent.version }), 200);
    const id = (await m.db.query(`SELECT id FROM creation.clawback_cases`)).rows[0].id as string;
    const c = await json<TClawbackCaseDetail>(await call(m.service.baseUrl, m.officer, 'POST', `/subsidies/clawbacks/${id}/recoveries`, { version: 1, receivedOn: '2024-04-01', amount: '1000.05' }), 201);
    await json(await call(m.service.baseUrl, mApprover, 'POST', `/subsidies/clawbacks/${id}/write-off`, { version: c.version, writtenOffOn: '2024-05-01', opinion: '核销' }), 200);
    expect(await metric('clawbacks.outstanding', 'asOf=2024-02-29')).toBe('0.00');
    expect(await metric('clawbacks.outstanding', 'asOf=2024-03-01')).toBe('3000.10');
    expect(await metric('clawbacks.outstanding', 'asOf=2024-04-01')).toBe('2000.05');
    expect(await metric('clawbacks.outstanding', `asOf=2024-04-15&district=${CHENGHAI}`)).toBe('0.00');
    expect(await metric('clawbacks.outstanding', 'asOf=2024-05-01')).toBe('0.00');
    const listed = await json<{ key: string }[]>(await call(m.service.baseUrl, m.viewer, 'GET', '/metrics'), 200);
    expect(listed.map((d) => d.key)).toEqual(expect.arrayContaining(['subsidies.paid_amount_in_period', 'subsidies.paid_count_in_period', 'clawbacks.outstanding']));
  });
});
