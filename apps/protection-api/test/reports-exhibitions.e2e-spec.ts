import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricValue } from '@ipbureau/domain';
import type { TAdjudicationDetail, TCaseSummary, TEcommerceComplaint, TExhibition, TExhibitionDetail, TReport, TReportDetail } from '@ipbureau/domain/protection';
import { xlsxRows } from '@ipbureau/nest-kit/testing';
import { aCase, caller, issuePaths, JINPING, registerCase, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
const call = caller(() => p);
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const metric = async (key: string, query: string) => (await json<TMetricValue>(await call(p.viewer, 'GET', `/metrics/${key}?${query}`), 200)).value;

/** The officer handling the reports below, by a user id of their own; `p.officer` is another officer. */
const HANDLER_ID = randomUUID();
let handler: string;

beforeAll(async () => {
  p = await startProtection();
  handler = await p.issuer.mint(['protection:officer'], { sub: HANDLER_ID, name: '陈承办' });
});
afterAll(() => stopProtection(p));

const CLEAR = { name: '张三', phone: '13812345678', idNumber: '440507199001011233' };
const MASKED = { name: '张*', phone: '138****5678', idNumber: '4405**********1233' };
const aReport = (extra: Record<string, unknown> = {}) => ({
  reporter: { ...CLEAR, idNumber: '440507199001011233' },
  subject: '某商行销售假冒“澄海玩具”注册商标的玩具',
  rightKind: 'trademark',
  district: JINPING,
  receivedDate: '2025-02-10',
  handlingOfficer: { userId: HANDLER_ID, name: '陈承办' },
  ...extra,
});
const reportsRows = async () => (await p.pool.query(`SELECT 1 FROM protection.reports`)).rowCount;

describe('reports and rewards', () => {
  it('masks the reporter for a viewer, another officer, an approver, the export and the audit trail; the handling officer sees it in clear', async () => {
    const created = await json<TReportDetail>(await call(handler, 'POST', '/reports', aReport()), 201);
    expect(created).toMatchObject({ reporter: CLEAR, identityMasked: false, status: 'received', version: 1, allowedActions: ['verify', 'reject'] });
    for (const token of [p.viewer, p.officer, p.approver]) {
      const seen = await json<TReportDetail>(await call(token, 'GET', `/reports/${created.id}`), 200);
      expect(seen).toMatchObject({ reporter: MASKED, identityMasked: true });
      const page = await json<{ items: TReport[] }>(await call(token, 'GET', '/reports'), 200);
      expect(page.items.find((r) => r.id === created.id)?.reporter).toEqual(MASKED);
    }
    expect((await json<TReportDetail>(await call(handler, 'GET', `/reports/${created.id}`), 200)).reporter).toEqual(CLEAR);

    const [header, ...rows] = await xlsxRows(await call(p.viewer, 'GET', '/reports?format=xlsx'));
    expect(header?.slice(1, 4)).toEqual(['举报人', '联系电话', '身份证号码']);
    expect(rows.find((r) => r[4] === created.subject)?.slice(1, 4)).toEqual([MASKED.name, MASKED.phone, MASKED.idNumber]);
    // Even the handling officer's own export keeps exactly what the list shows them; the audit trail is always masked.
    const audit = await p.pool.query(`SELECT after FROM audit.events WHERE entity = 'report' AND entity_id = $1`, [created.id]);
    expect(JSON.stringify(audit.rows)).not.toContain('13812345678');
    expect(audit.rows[0].after.reporter).toEqual(MASKED);
  });

  it('verifies a report against its case, proposes the reward by the rule, the approver approves it, the officer pays it; metrics by date', async () => {
    const paidBefore = await metric('reports.rewards_paid_amount_in_period', 'from=2025-01-01&to=2025-12-31');
    let c = await registerCase(p, aCase({ source: 'report', registeredDate: '2025-02-12' }));
    let r = await json<TReportDetail>(await call(handler, 'POST', '/reports', aReport()), 201);
    const take = async (token: string, body: Record<string, unknown>, status = 201) => json<TReportDetail>(await call(token, 'POST', `/reports/${r.id}/transitions`, { version: r.version, ...body }), status);

    r = await take(handler, { action: 'verify', effectiveDate: '2025-02-12', caseId: c.id });
    expect(r).toMatchObject({ status: 'verified', caseId: c.id, caseNumber: c.caseNumber, allowedActions: ['propose_reward'] });
    // No reward before the case is decided with a fine: 422 naming the case, nothing written.
    const early = await call(handler, 'POST', `/reports/${r.id}/transitions`, { action: 'propose_reward', effectiveDate: '2025-02-13', version: r.version });
    expect(early.status).toBe(422);
    expect(await issuePaths(early)).toEqual(['caseId']);
    c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2025-02-13' });
    c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2025-03-01', outcome: 'punished', decisionNumber: '汕市监知罚〔2025〕7号', fineAmount: '12345.67', confiscationAmount: '0' });

    r = await take(handler, { action: 'propose_reward', effectiveDate: '2025-03-05' });
    expect(r).toMatchObject({ status: 'reward_proposed', rewardBasis: '12345.67', rewardAmount: '617.28', rewardRule: 'samr-report-reward-2021' });
    // The officer may not approve; a stale version and a forbidden step answer 409, the latter naming what is allowed.
    expect((await call(handler, 'POST', `/reports/${r.id}/transitions`, { action: 'approve_reward', effectiveDate: '2025-03-06', version: r.version })).status).toBe(403);
    expect((await call(p.approver, 'POST', `/reports/${r.id}/transitions`, { action: 'approve_reward', effectiveDate: '2025-03-06', version: r.version - 1 })).status).toBe(409);
    const wrong = await call(handler, 'POST', `/reports/${r.id}/transitions`, { action: 'pay', effectiveDate: '2025-03-06', version: r.version });
    expect(wrong.status).toBe(409);
    expect(((await wrong.json()) as { message: string }).message).toContain('批准奖励（approve_reward）');
    r = await take(p.approver, { action: 'approve_reward', effectiveDate: '2025-03-06' });
    expect(r.reporter).toEqual(MASKED);
    r = await take(handler, { action: 'pay', effectiveDate: '2025-03-20' });
    expect(r).toMatchObject({ status: 'paid', paidDate: '2025-03-20', reporter: CLEAR });
    expect(r.timeline.map((e) => [e.action, e.toStatus, e.effectiveDate])).toEqual([
      ['receive', 'received', '2025-02-10'],
      ['verify', 'verified', '2025-02-12'],
      ['propose_reward', 'reward_proposed', '2025-03-05'],
      ['approve_reward', 'reward_approved', '2025-03-06'],
      ['pay', 'paid', '2025-03-20'],
    ]);
    expect(Number(await metric('reports.rewards_paid_amount_in_period', 'from=2025-01-01&to=2025-12-31')) - Number(paidBefore)).toBeCloseTo(617.28, 2);
    expect(await metric('reports.rewards_paid_in_period', 'from=2025-03-21&to=2025-12-31')).toBe('0');
    expect(Number(await metric('reports.rewards_paid_in_period', 'from=2025-03-20&to=2025-03-20'))).toBe(1);
    expect(Number(await metric('reports.received_in_period', 'from=2025-02-10&to=2025-02-10'))).toBeGreaterThanOrEqual(2);
    expect(await metric('reports.received_in_period', 'from=2025-02-10&to=2025-02-10&district=440514')).toBe('0');
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'report' AND entity_id = $1 ORDER BY seq`, [r.id]);
    expect(audit.rows.map((row: { action: string }) => row.action)).toEqual(['create', 'transition', 'transition', 'transition', 'transition']);
    await expect(p.pool.query(`DELETE FROM protection.report_events WHERE report_id = $1`, [r.id])).rejects.toThrow(/append-only/);
  });

  it('records a report found untrue with its reason, and refuses a bad ID number, phone or a viewer, writing nothing', async () => {
    const before = await reportsRows();
    const bad = await call(handler, 'POST', '/reports', aReport({ reporter: { name: '李四', phone: '12345', idNumber: '440507199001011235' } }));
    expect(bad.status).toBe(400);
    expect(await issuePaths(bad)).toEqual(['reporter.idNumber', 'reporter.phone']);
    expect((await call(p.viewer, 'POST', '/reports', aReport())).status).toBe(403);
    expect(await reportsRows()).toBe(before);
    let r = await json<TReportDetail>(await call(handler, 'POST', '/reports', aReport({ reporter: { name: '李四', phone: '0754-88881234', idNumber: '11010519491231002x' } })), 201);
    expect(r.reporter).toEqual({ name: '李四', phone: '075488881234', idNumber: '11010519491231002X' });
    r = await json<TReportDetail>(await call(handler, 'POST', `/reports/${r.id}/transitions`, { action: 'reject', effectiveDate: '2025-02-11', version: 1, reason: '现场检查未发现举报的商品' }), 201);
    expect(r).toMatchObject({ status: 'not_verified', notVerifiedReason: '现场检查未发现举报的商品', allowedActions: [] });
  });
});

describe('reassigning a report’s handling officer', () => {
  it('is the approver’s: a dated step with the reason, one audit entry; the new officer then sees the reporter in clear and the former one masked', async () => {
    const created = await json<TReportDetail>(await call(handler, 'POST', '/reports', aReport({ receivedDate: '2025-03-03' })), 201);
    const NEW_ID = randomUUID();
    const newHandler = await p.issuer.mint(['protection:officer'], { sub: NEW_ID, name: '林承办' });
    const body = { version: 1, effectiveDate: '2025-03-05', handlingOfficer: { userId: NEW_ID, name: '林承办' }, reason: '原承办人回避' };

    // An officer, even the handling one, may not hand the report on; nothing is written.
    for (const token of [handler, p.officer]) expect((await call(token, 'POST', `/reports/${created.id}/reassign`, body)).status).toBe(403);
    const sameOfficer = await call(p.approver, 'POST', `/reports/${created.id}/reassign`, { ...body, handlingOfficer: { userId: HANDLER_ID, name: '陈承办' } });
    expect(sameOfficer.status).toBe(400);
    expect(await issuePaths(sameOfficer)).toEqual(['handlingOfficer.userId']);
    const tooEarly = await call(p.approver, 'POST', `/reports/${created.id}/reassign`, { ...body, effectiveDate: '2025-03-02' });
    expect(tooEarly.status).toBe(400);
    expect(await issuePaths(tooEarly)).toEqual(['effectiveDate']);
    expect((await json<TReportDetail>(await call(handler, 'GET', `/reports/${created.id}`), 200)).reporter).toEqual(CLEAR);

    const reassigned = await json<TReportDetail>(await call(p.approver, 'POST', `/reports/${created.id}/reassign`, body), 201);
    expect(reassigned).toMatchObject({ handlingOfficer: { userId: NEW_ID, name: '林承办' }, status: 'received', statusDate: '2025-03-03', version: 2, reporter: MASKED, identityMasked: true });
    expect(reassigned.timeline.map((e) => e.action)).toEqual(['receive', 'reassign']);
    expect(reassigned.timeline[1]).toMatchObject({ fromStatus: 'received', toStatus: 'received', effectiveDate: '2025-03-05', details: { fromOfficer: '陈承办', toOfficer: '林承办', reason: '原承办人回避' } });
    expect(await json<TReportDetail>(await call(newHandler, 'GET', `/reports/${created.id}`), 200)).toMatchObject({ reporter: CLEAR, identityMasked: false, allowedActions: ['verify', 'reject'] });
    expect(await json<TReportDetail>(await call(handler, 'GET', `/reports/${created.id}`), 200)).toMatchObject({ reporter: MASKED, identityMasked: true });

    const stale = await call(p.approver, 'POST', `/reports/${created.id}/reassign`, { ...body, handlingOfficer: { userId: HANDLER_ID, name: '陈承办' } });
    expect(stale.status).toBe(409);
    const audit = await p.pool.query(`SELECT action, before->'handlingOfficer'->>'name' AS before, after->'handlingOfficer'->>'name' AS after, after::text AS raw FROM audit.events WHERE entity = 'report' AND entity_id = $1 ORDER BY seq`, [created.id]);
    expect(audit.rows.map(({ action, before, after }: { action: string; before: string | null; after: string }) => ({ action, before, after }))).toEqual([
      { action: 'create', before: null, after: '陈承办' },
      { action: 'update', before: '陈承办', after: '林承办' },
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain(CLEAR.phone);
    const { rows: events } = await p.pool.query(`SELECT action FROM protection.report_events WHERE report_id = $1 ORDER BY recorded_at`, [created.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['receive', 'reassign']);
  });

  it('is refused once the report is done with (409), writing nothing', async () => {
    const created = await json<TReportDetail>(await call(handler, 'POST', '/reports', aReport({ receivedDate: '2025-03-03' })), 201);
    const rejected = await json<TReportDetail>(await call(handler, 'POST', `/reports/${created.id}/transitions`, { action: 'reject', version: 1, effectiveDate: '2025-03-04', reason: '查无实据' }), 201);
    const res = await call(p.approver, 'POST', `/reports/${created.id}/reassign`, { version: rejected.version, effectiveDate: '2025-03-05', handlingOfficer: { userId: randomUUID(), name: '林承办' }, reason: '调整' });
    expect(res.status).toBe(409);
    expect(await json<TReportDetail>(await call(handler, 'GET', `/reports/${created.id}`), 200)).toMatchObject({ version: rejected.version, handlingOfficer: { userId: HANDLER_ID }, reporter: CLEAR });
  });
});

describe('exhibitions and e-commerce', () => {
  const fair = (extra: Record<string, unknown> = {}) => ({
    name: '中国（汕头）国际玩具博览会',
    venue: '汕头国际会展中心',
    startDate: '2025-04-18',
    endDate: '2025-04-21',
    district: '440507',
    stationName: '展会知识产权服务站',
    ...extra,
  });
  const complaint = (extra: Record<string, unknown> = {}) => ({
    complainant: '广东某玩具实业有限公司',
    exhibitor: '汕头市某玩具有限公司',
    booth: 'A2-118',
    rightKind: 'patent',
    rightNumber: 'ZL201710601862.3',
    receivedDate: '2025-04-19',
    ...extra,
  });
  const complaintsRows = async () => (await p.pool.query(`SELECT 1 FROM protection.exhibition_complaints`)).rowCount;

  it('records an exhibition, its complaints and their dated outcomes; the metric counts outcomes by date; a handled complaint refuses another', async () => {
    let x = await json<TExhibitionDetail>(await call(p.officer, 'POST', '/exhibitions', fair()), 201);
    expect((await call(p.officer, 'POST', '/exhibitions', fair())).status).toBe(409);
    expect(await issuePaths(await call(p.officer, 'POST', '/exhibitions', fair({ name: '另一展会', endDate: '2025-04-01' })))).toEqual(['endDate']);
    // A complaint dated outside the exhibition, or by a viewer, writes nothing.
    const outside = await call(p.officer, 'POST', `/exhibitions/${x.id}/complaints`, complaint({ receivedDate: '2025-04-25' }));
    expect(outside.status).toBe(400);
    expect(await issuePaths(outside)).toEqual(['receivedDate']);
    expect((await call(p.viewer, 'POST', `/exhibitions/${x.id}/complaints`, complaint())).status).toBe(403);
    expect(await complaintsRows()).toBe(0);

    x = await json<TExhibitionDetail>(await call(p.officer, 'POST', `/exhibitions/${x.id}/complaints`, complaint()), 201);
    x = await json<TExhibitionDetail>(await call(p.officer, 'POST', `/exhibitions/${x.id}/complaints`, complaint({ booth: 'B1-020', receivedDate: '2025-04-20' })), 201);
    expect(x).toMatchObject({ complaints: 2, handled: 0 });
    const [first, second] = x.complaintList;
    expect(first).toMatchObject({ status: 'pending', booth: 'A2-118', version: 1, allowedActions: ['withdraw', 'dismiss', 'refer'] });
    const outcome = (c: { id: string }, body: Record<string, unknown>) => call(p.officer, 'POST', `/exhibitions/${x.id}/complaints/${c.id}/outcome`, body);

    x = await json<TExhibitionDetail>(await outcome(first!, { action: 'withdraw', effectiveDate: '2025-04-19', version: 1 }), 201);
    expect(x.complaintList[0]).toMatchObject({ status: 'withdrawn', handledDate: '2025-04-19', version: 2, allowedActions: [] });
    const again = await outcome(first!, { action: 'dismiss', effectiveDate: '2025-04-20', version: 2 });
    expect(again.status).toBe(409);
    expect((await outcome(second!, { action: 'refer', effectiveDate: '2025-04-21', version: 1 })).status).toBe(400);
    const c = await registerCase(p, aCase({ source: 'referral', registeredDate: '2025-04-21', district: '440507' }));
    x = await json<TExhibitionDetail>(await outcome(second!, { action: 'refer', effectiveDate: '2025-04-21', version: 1, caseId: c.id }), 201);
    expect(x).toMatchObject({ complaints: 2, handled: 2 });
    expect(x.complaintList[1]).toMatchObject({ status: 'referred', caseId: c.id });

    expect(await metric('exhibitions.complaints_handled', 'from=2025-04-01&to=2025-04-30')).toBe('2');
    expect(await metric('exhibitions.complaints_handled', 'from=2025-04-20&to=2025-04-30')).toBe('1');
    expect(await metric('exhibitions.complaints_handled', 'from=2025-04-01&to=2025-04-30&district=440511')).toBe('0');
    const page = await json<{ items: TExhibition[] }>(await call(p.viewer, 'GET', '/exhibitions?year=2025'), 200);
    expect(page.items.map((e) => [e.name, e.complaints, e.handled])).toEqual([['中国（汕头）国际玩具博览会', 2, 2]]);
    const [header, ...rows] = await xlsxRows(await call(p.viewer, 'GET', '/exhibitions?format=xlsx'));
    expect(header?.[0]).toBe('展会名称');
    expect(rows).toHaveLength(1);
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'exhibition_complaint' AND entity_id = $1 ORDER BY seq`, [first!.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'transition']);
  });

  it('records e-commerce complaints and their take-down or rejection, dated; two officers at once → one wins; take-downs by period', async () => {
    const shop = (extra: Record<string, unknown> = {}) => ({
      platform: '淘宝',
      shop: '某某玩具专营店',
      link: 'https://item.taobao.com/item.htm?id=1',
      complainant: '广东某玩具实业有限公司',
      rightKind: 'trademark',
      rightNumber: '12345678',
      district: JINPING,
      receivedDate: '2025-05-06',
      ...extra,
    });
    expect(await issuePaths(await call(p.officer, 'POST', '/ecommerce-complaints', shop({ link: 'not a link' })))).toEqual(['link']);
    const a = await json<TEcommerceComplaint>(await call(p.officer, 'POST', '/ecommerce-complaints', shop()), 201);
    const b = await json<TEcommerceComplaint>(await call(p.officer, 'POST', '/ecommerce-complaints', shop({ shop: '另一店铺', link: 'https://mobile.yangkeduo.com/goods.html?id=2', platform: '拼多多' })), 201);
    expect(a).toMatchObject({ status: 'pending', version: 1, allowedActions: ['take_down', 'reject'] });
    expect((await call(p.viewer, 'POST', '/ecommerce-complaints', shop())).status).toBe(403);
    expect((await p.pool.query(`SELECT 1 FROM protection.ecommerce_complaints`)).rowCount).toBe(2);
    expect(await json(await call(p.viewer, 'GET', '/ecommerce-complaints?status=pending'), 200)).toMatchObject({ total: 2 });

    const results = await Promise.all([
      call(p.officer, 'POST', `/ecommerce-complaints/${a.id}/outcome`, { action: 'take_down', effectiveDate: '2025-05-08', version: 1 }),
      call(handler, 'POST', `/ecommerce-complaints/${a.id}/outcome`, { action: 'reject', effectiveDate: '2025-05-09', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const [row] = (await p.pool.query(`SELECT status, version FROM protection.ecommerce_complaints WHERE id = $1`, [a.id])).rows as { status: string; version: number }[];
    expect(row?.version).toBe(2);
    await json(await call(p.officer, 'POST', `/ecommerce-complaints/${b.id}/outcome`, { action: 'take_down', effectiveDate: '2025-06-02', version: 1 }), 201);
    const takedowns = row?.status === 'taken_down' ? 1 : 0;
    expect(await metric('ecommerce.takedowns_in_period', 'from=2025-05-01&to=2025-05-31')).toBe(String(takedowns));
    expect(await metric('ecommerce.takedowns_in_period', 'from=2025-05-01&to=2025-06-30')).toBe(String(takedowns + 1));
    const [header, ...rows] = await xlsxRows(await call(p.viewer, 'GET', '/ecommerce-complaints?format=xlsx&platform=拼多多'));
    expect(header?.[1]).toBe('电商平台');
    expect(rows.map((r) => r[8])).toEqual(['已下架']);
  });
});

describe('handling time', () => {
  it('averages and takes the 90th percentile of the days from registration to closing, by the closing date, in SQL', async () => {
    // Five counterfeit-patent cases registered 2023-01-02 and closed after 10, 20, 30, 40 and 100 days.
    for (const closedOn of ['2023-01-12', '2023-01-22', '2023-02-01', '2023-02-11', '2023-04-12']) {
      let c = await registerCase(p, aCase({ kind: 'counterfeit_patent', registeredDate: '2023-01-02' }));
      c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2023-01-03' });
      c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2023-01-05', outcome: 'not_established', decisionNumber: `汕市监知不罚〔2023〕${closedOn}` });
      await step(p, p.approver, c, { action: 'close', effectiveDate: closedOn });
    }
    // percentile_cont over 10, 20, 30, 40, 100: position 0.9 × 4 = 3.6, so 40 + 0.6 × 60 = 76.
    expect(await metric('cases.handling_days_average', 'from=2023-01-01&to=2023-12-31')).toBe('40.0');
    expect(await metric('cases.handling_days_p90', 'from=2023-01-01&to=2023-12-31')).toBe('76.0');
    // Only the cases closed in the period count: the first four, 10–40 days.
    expect(await metric('cases.handling_days_average', 'from=2023-01-01&to=2023-03-31')).toBe('25.0');
    expect(await metric('cases.handling_days_p90', 'from=2023-01-01&to=2023-03-31')).toBe('37.0');
    expect(await metric('cases.handling_days_average', 'from=2023-01-01&to=2023-12-31&district=440514')).toBe('0');
    const summary = await json<TCaseSummary>(await call(p.viewer, 'GET', '/cases/summary?year=2023'), 200);
    expect(summary.handlingTime.find((h) => h.kind === 'counterfeit_patent')).toEqual({ kind: 'counterfeit_patent', closed: 5, averageDays: '40.0', p90Days: '76.0' });
    expect(summary.handlingTime.find((h) => h.kind === 'copyright')).toEqual({ kind: 'copyright', closed: 0, averageDays: null, p90Days: null });
  });
});

describe('adjudication suspension', () => {
  it('suspends and resumes an accepted adjudication with dated steps; the time limit leaves the days suspended out', async () => {
    let r = await json<TAdjudicationDetail>(
      await call(p.officer, 'POST', '/adjudication-requests', {
        kind: 'adjudication',
        requestNumber: '汕知裁〔2025〕9号',
        subject: '请求处理侵犯发明专利权纠纷',
        patentNumber: 'ZL201710601862.3',
        applicant: { name: '广东某玩具实业有限公司', creditCode: null },
        respondent: { name: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' },
        receivedDate: '2025-02-20',
        district: JINPING,
      }),
      201,
    );
    const take = async (token: string, body: Record<string, unknown>, status = 201) => json<TAdjudicationDetail>(await call(token, 'POST', `/adjudication-requests/${r.id}/transitions`, { version: r.version, ...body }), status);
    r = await take(p.officer, { action: 'accept', effectiveDate: '2025-03-03' });
    // Three months from acceptance on 2025-03-03.
    expect(r.deadline).toMatchObject({ due: '2025-06-03', suspendedDays: 0, suspended: false });
    expect((await call(p.officer, 'POST', `/adjudication-requests/${r.id}/transitions`, { action: 'suspend', effectiveDate: '2025-04-01', version: r.version, reason: '涉案专利被请求宣告无效' })).status).toBe(403);
    expect(await issuePaths(await call(p.approver, 'POST', `/adjudication-requests/${r.id}/transitions`, { action: 'suspend', effectiveDate: '2025-04-01', version: r.version }))).toEqual(['reason']);
    r = await take(p.approver, { action: 'suspend', effectiveDate: '2025-04-01', reason: '涉案专利被请求宣告无效' });
    expect(r).toMatchObject({ status: 'suspended', statusDate: '2025-04-01', allowedActions: ['withdraw', 'resume'], deadline: { suspended: true } });
    const hearing = await call(p.officer, 'POST', `/adjudication-requests/${r.id}/transitions`, { action: 'hear', effectiveDate: '2025-04-10', version: r.version, place: '第一审理庭' });
    expect(hearing.status).toBe(409);
    expect(((await hearing.json()) as { message: string }).message).toContain('恢复审理（resume）');
    // Resumed after 20 days: the limit moves 20 days, to Monday 2025-06-23.
    r = await take(p.approver, { action: 'resume', effectiveDate: '2025-04-21' });
    expect(r).toMatchObject({ status: 'accepted', deadline: { due: '2025-06-23', suspendedDays: 20, suspended: false } });
    expect(r.timeline.map((e) => [e.action, e.toStatus, e.effectiveDate])).toEqual([
      ['receive', 'received', '2025-02-20'],
      ['accept', 'accepted', '2025-03-03'],
      ['suspend', 'suspended', '2025-04-01'],
      ['resume', 'accepted', '2025-04-21'],
    ]);
    expect(r.timeline[2]!.details).toEqual({ reason: '涉案专利被请求宣告无效' });
    const listed = await json<{ items: { id: string; deadline: { due: string } | null }[] }>(await call(p.viewer, 'GET', '/adjudication-requests?status=accepted'), 200);
    expect(listed.items.find((i) => i.id === r.id)?.deadline?.due).toBe('2025-06-23');
  });
});

describe('adjudication time-limit extension', () => {
  const register = async (kind: 'adjudication' | 'mediation', requestNumber: string) =>
    json<TAdjudicationDetail>(
      await call(p.officer, 'POST', '/adjudication-requests', {
        kind,
        requestNumber,
        subject: '请求处理侵犯发明专利权纠纷',
        patentNumber: kind === 'adjudication' ? 'ZL201710601862.3' : null,
        applicant: { name: '广东某玩具实业有限公司', creditCode: null },
        respondent: { name: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' },
        receivedDate: '2025-02-20',
        district: JINPING,
      }),
      201,
    );
  const events = async (id: string) => (await p.pool.query(`SELECT action FROM protection.adjudication_events WHERE request_id = $1 ORDER BY recorded_at`, [id])).rows.map((e: { action: string }) => e.action);

  it('is the approver’s, once, by the rule’s month, dated with its reason; the deadline moves by it and a second extension is refused', async () => {
    let r = await register('adjudication', '汕知裁〔2025〕31号');
    const take = async (token: string, body: Record<string, unknown>, status = 201) => json<TAdjudicationDetail>(await call(token, 'POST', `/adjudication-requests/${r.id}/transitions`, { version: r.version, ...body }), status);
    r = await take(p.officer, { action: 'accept', effectiveDate: '2025-03-03' });
    const forApprover = await json<TAdjudicationDetail>(await call(p.approver, 'GET', `/adjudication-requests/${r.id}`), 200);
    expect(forApprover.allowedActions).toContain('extend');
    expect(forApprover.deadline).toMatchObject({ due: '2025-06-03', extended: false });
    expect(r.allowedActions).not.toContain('extend');

    const extend = { action: 'extend', effectiveDate: '2025-05-20', reason: '案情复杂，需等待技术鉴定意见' };
    expect((await call(p.officer, 'POST', `/adjudication-requests/${r.id}/transitions`, { ...extend, version: r.version })).status).toBe(403);
    expect(await issuePaths(await call(p.approver, 'POST', `/adjudication-requests/${r.id}/transitions`, { action: 'extend', effectiveDate: '2025-05-20', version: r.version }))).toEqual(['reason']);
    expect(await events(r.id)).toEqual(['receive', 'accept']);

    r = await take(p.approver, extend);
    // Three months from acceptance on 2025-03-03, and one more: Thursday 2025-07-03.
    expect(r).toMatchObject({ status: 'accepted', statusDate: '2025-03-03', version: 3, deadline: { due: '2025-07-03', extended: true, rule: 'cnipa-patent-dispute-3m' } });
    expect(r.allowedActions).not.toContain('extend');
    expect(r.timeline.at(-1)).toMatchObject({ action: 'extend', fromStatus: 'accepted', toStatus: 'accepted', effectiveDate: '2025-05-20', details: { reason: '案情复杂，需等待技术鉴定意见' } });

    const again = await call(p.approver, 'POST', `/adjudication-requests/${r.id}/transitions`, { ...extend, effectiveDate: '2025-05-21', version: r.version });
    expect(again.status).toBe(409);
    expect(await events(r.id)).toEqual(['receive', 'accept', 'extend']);
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'adjudication_request' AND entity_id = $1 ORDER BY seq`, [r.id]);
    expect(audit.rows.map((a: { action: string }) => a.action)).toEqual(['create', 'transition', 'transition']);
    const listed = await json<{ items: { id: string; deadline: { due: string } | null }[] }>(await call(p.viewer, 'GET', '/adjudication-requests?status=accepted&pageSize=100'), 200);
    expect(listed.items.find((i) => i.id === r.id)?.deadline?.due).toBe('2025-07-03');
  });

  it('does not apply to a mediation, which has no statutory time limit here (409)', async () => {
    let m = await register('mediation', '汕知调〔2025〕32号');
    m = await json<TAdjudicationDetail>(await call(p.officer, 'POST', `/adjudication-requests/${m.id}/transitions`, { action: 'accept', effectiveDate: '2025-03-03', version: m.version }), 201);
    const res = await call(p.approver, 'POST', `/adjudication-requests/${m.id}/transitions`, { action: 'extend', effectiveDate: '2025-03-10', version: m.version, reason: '延长' });
    expect(res.status).toBe(409);
    expect(await events(m.id)).toEqual(['receive', 'accept']);
  });
});
