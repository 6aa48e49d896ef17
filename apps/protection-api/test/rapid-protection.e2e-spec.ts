import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventQueue, formatPatentApplicationNumber, ZEventEnvelope, type TEventEnvelope, type TMetricValue, type TPage } from '@ipbureau/domain';
import type { TRapidEntity, TRapidRequest, TRapidRequestCreateInput, TRapidRequestDetail } from '@ipbureau/domain/protection';
import { AlertScanner } from '@ipbureau/nest-kit';
import { xlsxRows } from '@ipbureau/nest-kit/testing';
import { aCase, caller, CHAONAN, issuePaths, JINPING, registerCase, startProtection, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const ENTERPRISE = { creditCode: '91350100M000100Y43', name: '汕头市某化工新材料有限公司' };
const UNREGISTERED = '91440500MA4UJ7XK2N';

beforeAll(async () => {
  p = await startProtection();
  await json<TRapidEntity>(await call(p.officer, 'POST', '/rapid-protection/entities', { ...ENTERPRISE, registeredDate: '2024-06-01', district: JINPING }), 201);
});
afterAll(() => stopProtection(p));

let serial = 1000;
const applicationNumber = () => formatPatentApplicationNumber({ format: '2004', year: 2025, type: 'invention', serial: String(++serial).padStart(7, '0') });
const request = (extra: Partial<TRapidRequestCreateInput> = {}): TRapidRequestCreateInput => ({
  kind: 'pre_examination',
  applicationNumber: applicationNumber(),
  patentType: 'invention',
  title: '一种可降解塑料母粒的制备方法',
  technicalField: 'chemicals',
  creditCode: ENTERPRISE.creditCode,
  submittedDate: '2025-04-28',
  district: JINPING,
  ...extra,
});
const submit = async (extra: Partial<TRapidRequestCreateInput> = {}) => json<TRapidRequestDetail>(await call(p.officer, 'POST', '/rapid-protection/requests', request(extra)), 201);
const act = (token: string, r: { id: string; version: number }, body: Record<string, unknown>) => call(token, 'POST', `/rapid-protection/requests/${r.id}/transitions`, { ...body, version: r.version });
const step = async (token: string, r: { id: string; version: number }, body: Record<string, unknown>) => json<TRapidRequestDetail>(await act(token, r, body), 201);
const metric = async (key: string, from: string, to: string, district = '') =>
  (await json<TMetricValue>(await call(p.viewer, 'GET', `/metrics/${key}?from=${from}&to=${to}${district ? `&district=${district}` : ''}`), 200)).value;
const rows = async (sql: string, params: unknown[] = []) => (await p.pool.query(sql, params)).rowCount;
/** The alerts raised about a record, by its id at the end of the alert's link. */
const alertsAbout = async (id: string): Promise<TEventEnvelope[]> => {
  const { rows: found } = await p.pool.query<{ data: unknown }>(
    `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'type' = 'alert.raised' AND data->'data'->>'link' LIKE '%' || $2 ORDER BY created_on`,
    [eventQueue('platform'), id],
  );
  return found.map((r) => ZEventEnvelope.parse(r.data));
};
const scanAt = (today: string) => p.service.app.get(AlertScanner).runOnce(today);

describe('the rapid protection centre (快速预审)', () => {
  it('runs a pre-examination on its clock across the May Day holidays: submitted → accepted → passed by the approver → filed with CNIPA', async () => {
    let r = await submit();
    // Five working days after Mon 28 April: 29, 30 April, then 1–5 May off, 6, 7, 8 May.
    expect(r).toMatchObject({ status: 'submitted', version: 1, enterprise: ENTERPRISE, allowedActions: ['accept', 'withdraw'], clock: { slaWorkingDays: 5, due: '2025-05-08', state: 'overdue', overdue: true } });
    r = await step(p.officer, r, { action: 'accept', effectiveDate: '2025-04-29' });
    expect(r.allowedActions).toEqual(['withdraw']);
    expect((await act(p.officer, r, { action: 'pass', effectiveDate: '2025-05-07' })).status).toBe(403);
    expect((await act(p.approver, r, { action: 'pass', effectiveDate: '2025-04-28' })).status).toBe(400);
    r = await step(p.approver, r, { action: 'pass', effectiveDate: '2025-05-07' });
    expect(r).toMatchObject({ status: 'passed', decidedDate: '2025-05-07', clock: { due: '2025-05-08', workingDaysUsed: 4, workingDaysLeft: 0, state: 'met', overdue: false } });
    r = await step(p.officer, r, { action: 'file', effectiveDate: '2025-05-09', note: '已通过保护中心通道提交' });
    expect(r).toMatchObject({ status: 'filed', filedDate: '2025-05-09', version: 4, allowedActions: [] });
    expect(r.timeline.map((e) => [e.action, e.toStatus, e.effectiveDate])).toEqual([
      ['submit', 'submitted', '2025-04-28'],
      ['accept', 'accepted', '2025-04-29'],
      ['pass', 'passed', '2025-05-07'],
      ['file', 'filed', '2025-05-09'],
    ]);
    expect(await rows(`SELECT 1 FROM audit.events WHERE entity = 'rapid_request' AND entity_id = $1`, [r.id])).toBe(4);
    const stale = await call(p.officer, 'POST', `/rapid-protection/requests/${r.id}/transitions`, { action: 'withdraw', effectiveDate: '2025-05-10', version: 3, reason: 'x' });
    expect(stale.status).toBe(409);
  });

  it('refuses an enterprise not registered with the centre (422 at creditCode), a bad application number, a field the centre does not serve and a viewer, writing nothing', async () => {
    const unregistered = await call(p.officer, 'POST', '/rapid-protection/requests', request({ creditCode: UNREGISTERED, title: '未备案' }));
    expect(unregistered.status).toBe(422);
    const body = (await unregistered.json()) as { code: string; issues: { path: string; code: string }[] };
    expect(body).toMatchObject({ code: 'UNPROCESSABLE', issues: [{ path: 'creditCode', code: 'rapid.entity.unregistered' }] });
    const early = await call(p.officer, 'POST', '/rapid-protection/requests', request({ submittedDate: '2024-05-01', title: '早于备案' }));
    expect(await issuePaths(early)).toEqual(['submittedDate']);
    const badNumber = `${applicationNumber().slice(0, -1)}${applicationNumber().endsWith('0') ? '1' : '0'}`;
    expect(await issuePaths(await call(p.officer, 'POST', '/rapid-protection/requests', { ...request({ title: '坏申请号' }), applicationNumber: badNumber, technicalField: 'textiles' }))).toEqual([
      'applicationNumber',
      'technicalField',
    ]);
    expect((await call(p.viewer, 'POST', '/rapid-protection/requests', request({ title: '查看者' }))).status).toBe(403);
    expect(await rows(`SELECT 1 FROM protection.rapid_requests WHERE title IN ('未备案', '早于备案', '坏申请号', '查看者')`)).toBe(0);
    expect(await rows(`SELECT 1 FROM protection.rapid_requests r JOIN protection.rapid_entities e ON e.id = r.entity_id WHERE e.credit_code = $1`, [UNREGISTERED])).toBe(0);
  });

  it('refuses a step the status does not allow naming the allowed ones; a not-passed outcome carries its reason and a late one is marked missed', async () => {
    let r = await submit({ submittedDate: '2025-06-02' });
    const refused = await act(p.approver, r, { action: 'pass', effectiveDate: '2025-06-03' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toContain('受理（accept）');
    r = await step(p.officer, r, { action: 'accept', effectiveDate: '2025-06-03' });
    expect(await issuePaths(await act(p.approver, r, { action: 'fail', effectiveDate: '2025-06-20' }))).toEqual(['reason']);
    r = await step(p.approver, r, { action: 'fail', effectiveDate: '2025-06-20', reason: '不属于保护中心预审服务的分类号范围' });
    expect(r).toMatchObject({ status: 'not_passed', reason: '不属于保护中心预审服务的分类号范围', clock: { due: '2025-06-09', state: 'missed' }, allowedActions: [] });
    let d = await submit({ kind: 'rights_determination', submittedDate: '2025-06-02', technicalField: 'machinery', title: '一种玩具自动组装设备' });
    expect(d.clock).toMatchObject({ slaWorkingDays: 20, due: '2025-06-30' });
    d = await step(p.officer, d, { action: 'accept', effectiveDate: '2025-06-03' });
    // A rights determination names its outcome steps as 确权, not 预审.
    const notFiled = await act(p.officer, d, { action: 'file', effectiveDate: '2025-06-04' });
    expect(notFiled.status).toBe(409);
    expect(((await notFiled.json()) as { message: string }).message).toContain('确权通过（pass）、确权未通过（fail）');
    d = await step(p.approver, d, { action: 'pass', effectiveDate: '2025-06-20' });
    expect(d).toMatchObject({ status: 'passed', allowedActions: [] });
    expect((await act(p.officer, d, { action: 'file', effectiveDate: '2025-06-21' })).status).toBe(409);
    const [, ...determinations] = await xlsxRows(await call(p.viewer, 'GET', '/rapid-protection/requests?kind=rights_determination&pageSize=100&format=xlsx'));
    expect(determinations.find((row) => row[0] === d.applicationNumber)).toEqual(expect.arrayContaining(['快速确权', '确权通过']));
  });

  it('lists the overdue queue and tells the officer and the section chief once of a request past its service level', async () => {
    const late = await submit({ submittedDate: '2025-09-01', district: CHAONAN, title: '一种注塑机模具冷却装置', technicalField: 'machinery' });
    const decided = await submit({ submittedDate: '2025-09-01' });
    await step(p.approver, await step(p.officer, decided, { action: 'accept', effectiveDate: '2025-09-02' }), { action: 'pass', effectiveDate: '2025-09-03' });
    const overdue = await json<TPage<TRapidRequest>>(await call(p.viewer, 'GET', '/rapid-protection/requests?overdue=true&pageSize=100'), 200);
    expect(overdue.items.map((r) => r.id)).toContain(late.id);
    expect(overdue.items.map((r) => r.id)).not.toContain(decided.id);
    expect(overdue.items.every((r) => r.clock.overdue)).toBe(true);
    const machinery = await json<TPage<TRapidRequest>>(await call(p.viewer, 'GET', `/rapid-protection/requests?technicalField=machinery&district=${CHAONAN}`), 200);
    expect(machinery.items.map((r) => r.id)).toEqual([late.id]);
    const [header, ...sheet] = await xlsxRows(await call(p.viewer, 'GET', `/rapid-protection/requests?technicalField=machinery&district=${CHAONAN}&format=xlsx`));
    expect(header!.slice(0, 5)).toEqual(['申请号', '类型', '专利类型', '名称', '技术领域']);
    expect(sheet).toEqual([expect.arrayContaining([late.applicationNumber, '快速预审', '发明', '机械装备制造', '潮南区', '2025-09-08', '已超时', '已提交'])]);

    // Due 8 September (five working days after Mon 1 September): nothing on the day, told the day after.
    await scanAt('2025-09-08');
    expect(await alertsAbout(late.id)).toEqual([]);
    await scanAt('2025-09-09');
    await scanAt('2025-09-10');
    const alerts = await alertsAbout(late.id);
    expect(new Set(alerts.map((a) => a.data.key))).toEqual(new Set([`rapid.overdue:${late.id}`]));
    expect(alerts[0]?.regionCode).toBe(CHAONAN);
    expect(alerts[0]?.data).toMatchObject({ kind: 'rapid.request_overdue', severity: 'danger', dueDate: '2025-09-08', link: `/protection/rapid-protection/${late.id}`, audience: { module: 'protection', level: 'approver' } });
    expect((alerts[0]?.data.audience as { userIds: string[] }).userIds).toHaveLength(1);
    expect(await alertsAbout(decided.id)).toEqual([]);
  });

  it('counts pre-examinations submitted, their service-level attainment and the passed ones in a past period, by district', async () => {
    const [from, to] = ['2024-07-01', '2024-07-31'];
    // Tue 2 July 2024: due Tue 9 July.
    const onTime = await submit({ submittedDate: '2024-07-02' });
    await step(p.approver, await step(p.officer, onTime, { action: 'accept', effectiveDate: '2024-07-03' }), { action: 'pass', effectiveDate: '2024-07-09' });
    const lateOne = await submit({ submittedDate: '2024-07-02', district: CHAONAN });
    await step(p.approver, await step(p.officer, lateOne, { action: 'accept', effectiveDate: '2024-07-03' }), { action: 'fail', effectiveDate: '2024-07-10', reason: '检索报告不完整' });
    await submit({ submittedDate: '2024-07-22' });
    await submit({ kind: 'rights_determination', submittedDate: '2024-07-23' });
    expect(await metric('rapid.pre_examinations_in_period', from, to)).toBe('3');
    expect(await metric('rapid.pre_examinations_in_period', from, to, CHAONAN)).toBe('1');
    expect(await metric('rapid.sla_attainment_in_period', from, to)).toBe('50.0');
    expect(await metric('rapid.sla_attainment_in_period', from, to, JINPING)).toBe('100.0');
    expect(await metric('rapid.sla_attainment_in_period', '2024-08-01', '2024-08-31')).toBe('0.0');
    expect(await metric('rapid.passed_in_period', from, to)).toBe('1');
    expect(await metric('rapid.passed_in_period', from, to, CHAONAN)).toBe('0');
  });
});

describe('whitelist early warning (白名单预警)', () => {
  it('tells the whitelist entry’s owner officers once when a rights determination or an adjudication involves the right while it is valid', async () => {
    const watched = applicationNumber();
    const right = await json<{ id: string }>(
      await call(p.officer, 'POST', '/credit/whitelist', {
        rightKind: 'patent',
        rightNumber: `ZL${watched}`,
        rightName: '一种可降解塑料母粒的制备方法',
        ownerName: ENTERPRISE.name,
        ownerCreditCode: ENTERPRISE.creditCode,
        validFrom: '2025-03-01',
        validTo: null,
        district: JINPING,
      }),
      201,
    );
    const { rows: owner } = await p.pool.query<{ created_by: string; department_id: string | null }>(`SELECT created_by, department_id FROM protection.whitelist_rights WHERE id = $1`, [right.id]);
    const challenged = await submit({ kind: 'rights_determination', applicationNumber: watched, submittedDate: '2025-07-01', title: '请求宣告无效的专利' });
    const adjudication = await json<{ id: string }>(
      await call(p.officer, 'POST', '/adjudication-requests', {
        kind: 'adjudication',
        requestNumber: '汕知裁〔2025〕901号',
        subject: '请求处理侵犯发明专利权纠纷',
        patentNumber: `ZL${watched}`,
        applicant: { name: ENTERPRISE.name, creditCode: ENTERPRISE.creditCode },
        respondent: { name: '汕头市某塑料制品厂', creditCode: null },
        receivedDate: '2025-07-03',
        district: CHAONAN,
      }),
      201,
    );
    // Received before the right was whitelisted, and another patent: no warning.
    const before = await submit({ kind: 'rights_determination', applicationNumber: watched, submittedDate: '2025-02-28', title: '白名单之前' });
    const other = await submit({ kind: 'rights_determination', submittedDate: '2025-07-01', title: '其他专利' });

    // The requests' own service-level alerts are told apart by kind.
    const warnings = async (id: string) => (await alertsAbout(id)).filter((a) => a.data.kind === 'whitelist.right_involved');
    await scanAt('2025-07-02');
    expect(await warnings(adjudication.id)).toEqual([]);
    const [first] = await warnings(challenged.id);
    expect(first?.regionCode).toBe(JINPING);
    expect(first?.data).toMatchObject({
      key: `whitelist.involved:${right.id}:${challenged.id}`,
      kind: 'whitelist.right_involved',
      severity: 'warning',
      link: `/protection/rapid-protection/${challenged.id}`,
      audience: { module: 'protection', level: 'officer', departmentId: owner[0]!.department_id, userIds: [owner[0]!.created_by] },
    });
    expect((first?.data.title as { 'zh-CN': string })['zh-CN']).toBe(`白名单权利 ZL${watched} 涉及快速确权请求`);

    await scanAt('2025-07-03');
    await scanAt('2025-07-04');
    const onAdjudication = await warnings(adjudication.id);
    expect(new Set(onAdjudication.map((a) => a.data.key))).toEqual(new Set([`whitelist.involved:${right.id}:${adjudication.id}`]));
    expect(onAdjudication[0]?.data.link).toBe(`/protection/adjudication/${adjudication.id}`);
    expect(new Set((await warnings(challenged.id)).map((a) => a.data.key))).toEqual(new Set([`whitelist.involved:${right.id}:${challenged.id}`]));
    expect(await warnings(before.id)).toEqual([]);
    expect(await warnings(other.id)).toEqual([]);
  });

  it('tells them once when an enforcement case registered while the right is valid involves it, and not for a case registered outside its validity or naming another right', async () => {
    const mark = String(80000000 + ++serial);
    const right = await json<{ id: string }>(
      await call(p.officer, 'POST', '/credit/whitelist', {
        rightKind: 'trademark',
        rightNumber: mark,
        rightName: '潮玩',
        ownerName: ENTERPRISE.name,
        ownerCreditCode: ENTERPRISE.creditCode,
        validFrom: '2025-03-01',
        validTo: '2025-12-31',
        district: JINPING,
      }),
      201,
    );
    const { rows: owner } = await p.pool.query<{ created_by: string; department_id: string | null }>(`SELECT created_by, department_id FROM protection.whitelist_rights WHERE id = $1`, [right.id]);
    const involving = await registerCase(p, aCase({ registeredDate: '2025-03-18', district: CHAONAN, rights: [{ kind: 'trademark', number: ` ${mark} ` }, { kind: 'trade_secret', title: '配方' }] }));
    const tooEarly = await registerCase(p, aCase({ registeredDate: '2025-02-28', rights: [{ kind: 'trademark', number: mark }] }));
    const otherMark = await registerCase(p, aCase({ registeredDate: '2025-03-18', rights: [{ kind: 'trademark', number: String(Number(mark) + 1) }] }));
    // The same number as a copyright registration is another right.
    const otherKind = await registerCase(p, aCase({ kind: 'copyright', registeredDate: '2025-03-18', rights: [{ kind: 'copyright', number: mark }] }));

    const warnings = async (id: string) => (await alertsAbout(id)).filter((a) => a.data.kind === 'whitelist.right_involved');
    await scanAt('2025-03-17');
    expect(await warnings(involving.id)).toEqual([]);
    // Told once: the scan keeps the pairs it raised, and the next scans publish nothing more for it.
    await scanAt('2025-03-18');
    expect(await warnings(involving.id)).toHaveLength(1);
    await scanAt('2025-03-19');
    await scanAt('2025-03-20');
    const raised = await warnings(involving.id);
    expect(raised).toHaveLength(1);
    expect(raised[0]?.data.key).toBe(`whitelist.involved:${right.id}:${involving.id}`);
    const kept = await p.pool.query(`SELECT source, raised_on::text, region_code FROM protection.whitelist_warnings_raised WHERE whitelist_id = $1 AND record_id = $2`, [right.id, involving.id]);
    expect(kept.rows).toEqual([{ source: 'case', raised_on: '2025-03-18', region_code: JINPING }]);
    expect(raised[0]?.regionCode).toBe(JINPING);
    expect(raised[0]?.data).toMatchObject({
      kind: 'whitelist.right_involved',
      severity: 'warning',
      link: `/protection/cases/${involving.id}`,
      audience: { module: 'protection', level: 'officer', departmentId: owner[0]!.department_id, userIds: [owner[0]!.created_by] },
    });
    expect((raised[0]?.data.title as { 'zh-CN': string })['zh-CN']).toBe(`白名单权利 ${mark} 涉及行政执法案件`);
    expect((raised[0]?.data.body as { 'zh-CN': string })['zh-CN']).toBe(`${ENTERPRISE.name}的「潮玩」：${involving.caseNumber} ${involving.title}（汕头市某玩具有限公司），2025-03-18 立案`);
    for (const quiet of [tooEarly, otherMark, otherKind]) expect(await warnings(quiet.id)).toEqual([]);
  });
});
