import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, eventQueue, todayInChina, ZEventEnvelope, type TEventEnvelope, type TMetricValue, type TPage } from '@ipbureau/domain';
import type { TCalendarDay, TCase, TCaseDetail } from '@ipbureau/domain/protection';
import { AlertScanner } from '@ipbureau/nest-kit';
import { aCase, caller, CHAONAN, JINPING, registerCase, startProtection, step, stopProtection, type Protection } from './protection.fixtures.js';

let p: Protection;
beforeAll(async () => {
  p = await startProtection();
});
afterAll(() => stopProtection(p));

const call = caller(() => p);
const del = (token: string, path: string) => fetch(`${p.service.baseUrl}${path}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
const get = async <T>(token: string, path: string): Promise<T> => {
  const res = await call(token, 'GET', path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const caseFile = (id: string) => get<TCaseDetail>(p.viewer, `/cases/${id}`);

describe('the deadline of a case on the working-day calendar', () => {
  it('moves a penalty case’s 90th day in the Spring Festival 2026 to the first working day after it', async () => {
    const c = await registerCase(p, aCase({ registeredDate: '2025-11-18' }));
    // 2025-11-18 + 90 days = 2026-02-16, inside the festival (Feb 15–23): due on Tuesday Feb 24.
    expect(c.deadline).toMatchObject({ due: '2026-02-24', suspendedDays: 0, overdue: true, state: 'overdue', rule: 'samr-penalty-90d' });
    expect(c.deadline?.basis['zh-CN']).toContain('九十日');
    expect(c.deadline?.daysLeft).toBe(-(Date.parse(`${todayInChina()}T00:00:00Z`) - Date.parse('2026-02-24T00:00:00Z')) / 86_400_000);
  });

  it('keeps a 90th day on the adjusted working Saturday before the festival', async () => {
    const c = await registerCase(p, aCase({ registeredDate: '2025-11-16', kind: 'copyright' }));
    expect(c.deadline?.due).toBe('2026-02-14');
  });

  it('has none once the case is decided', async () => {
    let c = await step(p, p.officer, await registerCase(p, aCase({ registeredDate: '2025-11-18' })), { action: 'investigate', effectiveDate: '2025-11-20' });
    expect(c.deadline).not.toBeNull();
    c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2025-12-01', outcome: 'not_established', decisionNumber: '汕市监知罚〔2025〕90号' });
    expect(c.deadline).toBeNull();
  });

  it('follows the calendar as the bureau keeps it: a day off added for the district moves the deadline, removing it moves it back', async () => {
    // Copyright case registered 2026-03-03: 90 days on → Monday 2026-06-01, a working day.
    const c = await registerCase(p, aCase({ registeredDate: '2026-03-03', kind: 'copyright', district: JINPING }));
    expect(c.deadline?.due).toBe('2026-06-01');

    const viewerTry = await call(p.viewer, 'POST', '/calendar', { date: '2026-06-01', kind: 'holiday', name: '地方假日', region: JINPING });
    expect(viewerTry.status).toBe(403);
    const added = await call(p.approver, 'POST', '/calendar', { date: '2026-06-01', kind: 'holiday', name: '地方假日', region: JINPING });
    expect(added.status, await added.clone().text()).toBe(201);
    const day = (await added.json()) as TCalendarDay;
    expect(day).toMatchObject({ date: '2026-06-01', kind: 'holiday', region: JINPING, verified: false, version: 1 });
    expect((await caseFile(c.id)).deadline?.due).toBe('2026-06-02');
    // The day applies only in its district.
    const elsewhere = await registerCase(p, aCase({ registeredDate: '2026-03-03', kind: 'copyright', district: CHAONAN }));
    expect(elsewhere.deadline?.due).toBe('2026-06-01');
    expect((await call(p.approver, 'POST', '/calendar', { date: '2026-06-01', kind: 'workday', name: 'x', region: JINPING })).status).toBe(409);

    const stale = await del(p.approver, `/calendar/${day.id}?version=2`);
    expect(stale.status).toBe(409);
    expect((await caseFile(c.id)).deadline?.due).toBe('2026-06-02');
    expect((await del(p.approver, `/calendar/${day.id}?version=1`)).status).toBe(204);
    expect((await caseFile(c.id)).deadline?.due).toBe('2026-06-01');
    const audit = await p.pool.query(`SELECT action FROM audit.events WHERE entity = 'calendar_day' AND entity_id = $1 ORDER BY seq`, [day.id]);
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'delete']);
  });

  it('lists the seeded 2026 holidays and adjusted working days, unverified, and lets the approver mark one verified', async () => {
    const days = await get<TCalendarDay[]>(p.viewer, '/calendar?year=2026');
    const national = days.filter((d) => d.region === '000000');
    expect(national.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(national.filter((d) => d.kind === 'holiday')).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(national.every((d) => !d.verified)).toBe(true);
    const newYear = national[0]!;
    const res = await call(p.approver, 'PATCH', `/calendar/${newYear.id}`, { version: newYear.version, verified: true });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ date: '2026-01-01', verified: true, version: 2 });
    expect((await call(p.officer, 'PATCH', `/calendar/${newYear.id}`, { version: 2, verified: false })).status).toBe(403);
  });
});

describe('a suspension stops the clock', () => {
  it('adds the days a patent dispute was suspended to its three months', async () => {
    let c = await registerCase(p, aCase({ registeredDate: '2026-03-02', kind: 'patent_dispute', title: '专利侵权纠纷处理请求' }));
    expect(c.deadline?.due).toBe('2026-06-02');
    c = await step(p, p.officer, c, { action: 'investigate', effectiveDate: '2026-03-03' });
    const refused = await call(p.officer, 'POST', `/cases/${c.id}/transitions`, { action: 'suspend', effectiveDate: '2026-04-01', reason: '等待无效宣告审查结论', version: c.version });
    expect(refused.status).toBe(403);
    c = await step(p, p.approver, c, { action: 'suspend', effectiveDate: '2026-04-01', reason: '等待无效宣告审查结论' });
    expect(c).toMatchObject({ status: 'suspended', allowedActions: ['resume', 'withdraw'] });
    expect(c.deadline).toMatchObject({ suspended: true, overdue: false });
    c = await step(p, p.approver, c, { action: 'resume', effectiveDate: '2026-04-11' });
    // Ten days suspended: 2026-06-02 + 10 = Friday 2026-06-12.
    expect(c).toMatchObject({ status: 'investigating', deadline: { due: '2026-06-12', suspendedDays: 10, suspended: false } });
    expect(c.timeline.map((e) => [e.action, e.toStatus, e.effectiveDate])).toEqual([
      ['register', 'registered', '2026-03-02'],
      ['investigate', 'investigating', '2026-03-03'],
      ['suspend', 'suspended', '2026-04-01'],
      ['resume', 'investigating', '2026-04-11'],
    ]);
    expect(c.timeline[2]?.details).toEqual({ reason: '等待无效宣告审查结论' });
  });
});

describe('an extension approved once', () => {
  it('gives a penalty case 30 more days when the approver extends it, and refuses a second extension naming what is allowed', async () => {
    let c = await step(p, p.officer, await registerCase(p, aCase({ registeredDate: '2025-11-18' })), { action: 'investigate', effectiveDate: '2025-11-19' });
    expect(c.deadline).toMatchObject({ due: '2026-02-24', extended: false });
    const byOfficer = await call(p.officer, 'POST', `/cases/${c.id}/transitions`, { action: 'extend', effectiveDate: '2026-02-10', reason: '案情复杂', version: c.version });
    expect(byOfficer.status).toBe(403);
    c = await step(p, p.approver, c, { action: 'extend', effectiveDate: '2026-02-10', reason: '案情复杂，需补充鉴定' });
    // 2025-11-18 + 90 + 30 days = Wednesday 2026-03-18; the status stays.
    expect(c).toMatchObject({ status: 'investigating', deadline: { due: '2026-03-18', extended: true } });
    expect(c.allowedActions).not.toContain('extend');
    const again = await call(p.approver, 'POST', `/cases/${c.id}/transitions`, { action: 'extend', effectiveDate: '2026-02-11', reason: '再次延长', version: c.version });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain('作出处理决定（decide）');
    const { rows } = await p.pool.query(`SELECT action FROM protection.case_events WHERE case_id = $1 ORDER BY effective_date, recorded_at`, [c.id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['register', 'investigate', 'extend']);
  });
});

describe('overdue and near-deadline cases', () => {
  async function alertsAbout(id: string): Promise<TEventEnvelope[]> {
    const { rows } = await p.pool.query<{ data: unknown }>(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'type' = 'alert.raised' AND data->'data'->>'link' LIKE '%' || $2 ORDER BY created_on`,
      [eventQueue('platform'), id],
    );
    return rows.map((r) => ZEventEnvelope.parse(r.data));
  }
  const scanAt = (today: string) => p.service.app.get(AlertScanner).runOnce(today);

  it('tells the handling officers and the section chief once per state: due soon, then overdue', async () => {
    const officers = [
      { userId: randomUUID(), name: '郑执法' },
      { userId: randomUUID(), name: '陈执法' },
    ];
    const c = await registerCase(p, aCase({ registeredDate: '2025-11-18', officers }));
    await scanAt('2026-02-06');
    expect(await alertsAbout(c.id)).toEqual([]);
    // Five working days before Feb 24: 13, 14 (adjusted Saturday), 24 … → due soon from Feb 13.
    await scanAt('2026-02-13');
    const [soon] = await alertsAbout(c.id);
    expect(soon?.data).toMatchObject({
      key: `case.deadline:${c.id}:due_soon`,
      kind: 'case.deadline_due_soon',
      severity: 'warning',
      dueDate: '2026-02-24',
      audience: { module: 'protection', level: 'approver', userIds: officers.map((o) => o.userId) },
    });
    expect(soon?.regionCode).toBe(JINPING);

    await scanAt('2026-02-24');
    await scanAt('2026-02-25');
    await scanAt('2026-02-26');
    const all = await alertsAbout(c.id);
    const keys = all.map((e) => e.data.key as string);
    // The same key each day: platform-api keeps one alert per case and state.
    expect(new Set(keys)).toEqual(new Set([`case.deadline:${c.id}:due_soon`, `case.deadline:${c.id}:overdue`]));
    const overdue = all.find((e) => e.data.kind === 'case.deadline_overdue');
    expect(overdue?.data).toMatchObject({ severity: 'danger', dueDate: '2026-02-24' });
    expect((overdue?.data.title as { 'zh-CN': string })['zh-CN']).toContain('已超过办案期限');
  });

  it('tells nothing of a case decided in time', async () => {
    let c = await step(p, p.officer, await registerCase(p, aCase({ registeredDate: '2025-11-18' })), { action: 'investigate', effectiveDate: '2025-11-19' });
    c = await step(p, p.approver, c, { action: 'decide', effectiveDate: '2026-01-05', outcome: 'not_established', decisionNumber: '汕市监知罚〔2026〕3号' });
    await scanAt('2026-03-01');
    expect(await alertsAbout(c.id)).toEqual([]);
  });

  it('filters the list to overdue or due-soon cases as of today', async () => {
    const tag = `期限筛选${randomUUID().slice(0, 8)}`;
    const today = todayInChina();
    const overdue = await registerCase(p, aCase({ registeredDate: '2025-11-18', title: `${tag}甲` }));
    const soon = await registerCase(p, aCase({ registeredDate: addDays(today, -88), title: `${tag}乙` }));
    const fresh = await registerCase(p, aCase({ registeredDate: today, title: `${tag}丙` }));
    const ids = async (filter: string) => (await get<TPage<TCase>>(p.viewer, `/cases?q=${encodeURIComponent(tag)}${filter}`)).items.map((x) => x.id).sort();
    expect(await ids('')).toEqual([overdue.id, soon.id, fresh.id].sort());
    expect(await ids('&deadline=overdue')).toEqual([overdue.id]);
    expect(await ids('&deadline=due_soon')).toEqual([soon.id]);
    const listed = await get<TPage<TCase>>(p.viewer, `/cases?q=${encodeURIComponent(tag)}&deadline=overdue`);
    expect(listed.items[0]?.deadline).toMatchObject({ due: '2026-02-24', overdue: true });
    expect(listed.total).toBe(1);
    expect((await call(p.viewer, 'GET', '/cases?deadline=late')).status).toBe(400);
  });

  it('counts overdue cases as of a past date, by district (cases.overdue)', async () => {
    const metric = async (query: string) => ((await get<TMetricValue>(p.viewer, `/metrics/cases.overdue?${query}`)) as TMetricValue).value;
    // In Chaonan only: one case due 2026-02-24 still pending, one decided before its deadline.
    await registerCase(p, aCase({ registeredDate: '2025-11-18', district: CHAONAN }));
    const investigated = await step(p, p.officer, await registerCase(p, aCase({ registeredDate: '2025-11-18', district: CHAONAN })), { action: 'investigate', effectiveDate: '2025-11-19' });
    await step(p, p.approver, investigated, { action: 'decide', effectiveDate: '2026-02-20', outcome: 'not_established', decisionNumber: '汕市监知罚〔2026〕4号' });
    expect(await metric(`asOf=2026-02-24&district=${CHAONAN}`)).toBe('0');
    expect(await metric(`asOf=2026-02-25&district=${CHAONAN}`)).toBe('1');
    // Before its decision on 02-20 the other case counted as pending, not overdue: as of 02-19 nothing is overdue.
    expect(await metric(`asOf=2026-02-19&district=${CHAONAN}`)).toBe('0');
    // Registered 2026-03-03 in Chaonan (copyright, due 2026-06-01), from the calendar test: overdue from June 2.
    expect(await metric(`asOf=2026-06-02&district=${CHAONAN}`)).toBe('2');
  });
});
