import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestService } from '@ipbureau/nest-kit/testing';
import { ADMIN_PASSWORD, apiOf, createUser, login, sql, startPlatform, USER_PASSWORD, type Api } from './platform.factory.js';

// The plan layer's records: the seeded 14th plan, plans and indicators, tasks and reports,
// population; who may write them; bad bodies.

let platform: TestService;
let api: Api;
let adminToken: string;
let viewerToken: string;
let officerToken: string;
let approverToken: string;
let planId: string;

beforeAll(async () => {
  platform = await startPlatform();
  api = apiOf(platform);
  adminToken = (await login(api, 'admin', ADMIN_PASSWORD)).accessToken;
  const token = async (roles: Parameters<typeof createUser>[2]) => (await login(api, (await createUser(api, adminToken, roles)).username, USER_PASSWORD)).accessToken;
  viewerToken = await token(['plan:viewer']);
  officerToken = await token(['plan:officer']);
  approverToken = await token(['plan:approver']);
  planId = (await api('GET', '/plans', { token: viewerToken })).body.items[0].id;
});
afterAll(() => platform?.close());

const count = async (table: string) => Number((await sql<{ n: string }>(platform.databaseUrl, `SELECT count(*) AS n FROM platform.${table}`))[0]?.n);

describe('the seeded 14th plan', () => {
  it('holds the ten indicators of the plan’s table with their 2025 targets, 2020 baselines, units and semantics', async () => {
    const res = await api('GET', `/plans/${planId}`, { token: viewerToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: { 'zh-CN': '汕头市知识产权“十四五”规划' }, regionCode: '440500', startYear: 2021, endYear: 2025, status: 'active' });
    type Row = { name: Record<string, string>; unit: Record<string, string>; semantics: string; populationBasis: string | null; metricKey: string; baseline: { value: string | null }; targets: unknown };
    const table = res.body.indicators.map((i: Row) => [i.name['zh-CN'], i.unit['zh-CN'], i.semantics, i.populationBasis, i.metricKey, i.baseline.value, i.targets]);
    const t = (value: string) => [{ year: 2025, value }];
    expect(table).toEqual([
      ['全市专利授权总量', '件', 'cumulative', null, 'patents.granted', null, t('180000')],
      ['有效发明专利量', '件', 'stock', null, 'patents.valid_invention', '2949', t('4000')],
      ['万人发明专利拥有量（专利密度）', '件/万人', 'density', 'registered', 'patents.valid_invention', '5.21', t('7')],
      ['万人高价值发明专利拥有量', '件/万人', 'density', 'registered', 'patents.high_value_invention', null, t('1.74')],
      ['有效商标注册总量', '件', 'stock', null, 'trademarks.valid', '266259', t('350000')],
      ['知识产权质押融资总额', '元', 'flow', null, 'pledges.amount_in_period', null, t('800000000')],
      ['国家和省级知识产权示范或优势企业（新增）', '家', 'flow', null, 'enterprises.national_provincial_new_in_period', null, t('10')],
      ['市级知识产权优势培育企业（新增）', '家', 'flow', null, 'enterprises.municipal_cultivation_new_in_period', '164', t('25')],
      ['知识产权管理体系贯标认证企事业单位', '家', 'cumulative', null, 'certifications.entities_certified', '61', t('80')],
      ['执业专利代理师', '人', 'stock', null, 'agents.practising', '47', t('47')],
    ]);
    expect(res.body.indicators.every((i: { baseline: { year: number }; sourceDepartment: string }) => i.baseline.year === 2020 && i.sourceDepartment === '市知识产权局')).toBe(true);
    expect(res.body.indicators.find((i: { code: string }) => i.code === 'ip_pledge_financing').baseline.note).toContain('77900万元');
  });

  it('holds the key tasks of chapter 四 with responsible departments, and the 2020 population of both bases', async () => {
    const tasks = await api('GET', `/plans/${planId}/tasks`, { token: viewerToken });
    expect(tasks.status).toBe(200);
    expect(tasks.body).toHaveLength(21);
    expect(tasks.body[0]).toMatchObject({ chapter: '四（一）', item: '（1）', responsibleDepartment: 'BUREAU' });
    expect(new Set(tasks.body.map((t: { chapter: string }) => t.chapter))).toEqual(new Set(['四（一）', '四（二）', '四（三）', '四（四）', '四（五）', '四（六）']));
    // A milestone past due and not done is flagged for the board.
    expect(tasks.body.find((t: { title: string }) => t.title === '推动高价值知识产权产出').milestones[0]).toMatchObject({ dueDate: '2024-12-31', doneOn: null, overdue: true });
    const protection = await api('GET', `/plans/${planId}/tasks?department=EXT-PSB`, { token: viewerToken });
    expect(protection.body.map((t: { title: string }) => t.title)).toEqual(['加大执法力度，深入推进知识产权严保护']);

    const population = await api('GET', '/population?year=2020&regionCode=440500', { token: viewerToken });
    expect(population.body.map((p: { basis: string; people: number }) => [p.basis, p.people])).toEqual([
      ['registered', 5660000],
      ['resident', 5502031],
    ]);
    const districts = await api('GET', '/population?year=2020&basis=resident', { token: viewerToken });
    const sum = districts.body.filter((p: { regionCode: string }) => p.regionCode !== '440500').reduce((s: number, p: { people: number }) => s + p.people, 0);
    expect(sum).toBe(5502031);
  });
});

const indicatorBody = (extra: Record<string, unknown> = {}) => ({
  code: 'valid_trademarks',
  name: { 'zh-CN': '有效商标注册总量', en: 'Valid trademarks' },
  pillar: 'creation',
  metricKey: 'trademarks.valid',
  semantics: 'stock',
  unit: { 'zh-CN': '件', en: 'items' },
  decimals: 0,
  baseline: { year: 2030, value: '400000', note: null },
  targets: [{ year: 2035, value: '500000' }],
  sourceDepartment: '市知识产权局',
  sortOrder: 1,
  ...extra,
});

describe('plans and indicators', () => {
  it('rejects bad bodies naming each field, and writes nothing', async () => {
    const before = [await count('plans'), await count('plan_indicators')];
    const res = await api('POST', '/plans', {
      token: adminToken,
      lang: 'en',
      body: {
        name: { 'zh-CN': '规划' },
        startYear: 2031,
        endYear: 2030,
        owner: 'x',
        indicators: [indicatorBody({ semantics: 'density', targets: [{ year: 2035, value: '1e5' }] }), indicatorBody({ pillar: 'finance' }), indicatorBody({ targets: [{ year: 2030, value: '1' }] })],
      },
    });
    expect(res.status).toBe(400);
    const paths = res.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['name.en', 'owner', 'indicators.0.populationBasis', 'indicators.0.targets.0.value', 'indicators.1.pillar', 'indicators.2.targets.0.year']));
    expect(res.body.issues.find((i: { path: string }) => i.path === 'indicators.0.populationBasis').message).toContain('population basis');
    expect([await count('plans'), await count('plan_indicators')]).toEqual(before);
  });

  it('lets only a plan approver or the system administrator create and activate plans; officers and viewers get 403 and nothing is written', async () => {
    const body = { name: { 'zh-CN': '2031–2035规划', en: '2031–2035 plan' }, startYear: 2031, endYear: 2035 };
    const before = await count('plans');
    expect((await api('POST', '/plans', { token: viewerToken, body })).status).toBe(403);
    expect((await api('POST', '/plans', { token: officerToken, body })).status).toBe(403);
    expect(await count('plans')).toBe(before);
    const created = await api('POST', '/plans', { token: approverToken, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', indicators: [], version: 1 });
    // A draft without indicators cannot go live.
    const empty = await api('POST', `/plans/${created.body.id}/status`, { token: approverToken, body: { status: 'active', version: 1 } });
    expect(empty.status).toBe(409);
    expect((await api('POST', `/plans/${created.body.id}/indicators`, { token: officerToken, body: indicatorBody() })).status).toBe(403);
    const added = await api('POST', `/plans/${created.body.id}/indicators`, { token: approverToken, body: indicatorBody() });
    expect(added.status).toBe(201);
    const duplicate = await api('POST', `/plans/${created.body.id}/indicators`, { token: approverToken, body: indicatorBody(), lang: 'en' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.issues[0].path).toBe('code');
    expect((await api('POST', `/plans/${created.body.id}/status`, { token: officerToken, body: { status: 'active', version: 1 } })).status).toBe(403);
    const active = await api('POST', `/plans/${created.body.id}/status`, { token: approverToken, body: { status: 'active', version: 1 } });
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({ status: 'active', version: 2, indicators: [{ code: 'valid_trademarks' }] });
    const back = await api('POST', `/plans/${created.body.id}/status`, { token: approverToken, body: { status: 'draft', version: 2 }, lang: 'en' });
    expect(back.status).toBe(409);
    expect(back.body.message).toContain('closed');
    const again = await api('POST', '/plans', { token: adminToken, body });
    expect(again.status).toBe(409);

    const audit = await sql<{ action: string }>(platform.databaseUrl, `SELECT action FROM audit.events WHERE entity = 'plan' AND entity_id = $1 ORDER BY seq`, [created.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'transition']);
  });

  it('changes an indicator’s targets against the version read, and refuses a stale version', async () => {
    const plan = await api('GET', `/plans/${planId}`, { token: viewerToken });
    const indicator = plan.body.indicators.find((i: { code: string }) => i.code === 'practising_patent_agents');
    const changed = await api('PATCH', `/plans/${planId}/indicators/${indicator.id}`, { token: approverToken, body: { version: indicator.version, targets: [{ year: 2025, value: '50' }, { year: 2023, value: '48' }] } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: indicator.version + 1, targets: [{ year: 2023, value: '48' }, { year: 2025, value: '50' }] });
    const stale = await api('PATCH', `/plans/${planId}/indicators/${indicator.id}`, { token: approverToken, body: { version: indicator.version, targets: [{ year: 2025, value: '1' }] } });
    expect(stale.status).toBe(409);
    const density = await api('PATCH', `/plans/${planId}/indicators/${indicator.id}`, { token: approverToken, body: { version: indicator.version + 1, semantics: 'density' }, lang: 'en' });
    expect(density.status).toBe(400);
    expect(density.body.issues[0].path).toBe('populationBasis');
    const stored = await sql<{ targets: unknown; version: number }>(platform.databaseUrl, `SELECT targets, version FROM platform.plan_indicators WHERE id = $1`, [indicator.id]);
    expect(stored[0]).toEqual({ targets: [{ year: 2023, value: '48' }, { year: 2025, value: '50' }], version: indicator.version + 1 });
    const restored = await api('PATCH', `/plans/${planId}/indicators/${indicator.id}`, { token: approverToken, body: { version: indicator.version + 1, targets: [{ year: 2025, value: '47' }] } });
    expect(restored.status).toBe(200);
  });

  it('answers 404 for an unknown plan', async () => {
    expect((await api('GET', '/plans/00000000-0000-4000-8000-000000000000', { token: viewerToken })).status).toBe(404);
  });
});

describe('tasks and progress reports', () => {
  it('lets officers add tasks and report progress, viewers only read; stale versions are refused', async () => {
    const body = {
      chapter: '四（二）',
      item: '（4）',
      title: '建设高价值专利培育中心',
      responsibleDepartment: 'IP-CREATION',
      cooperatingDepartments: ['EXT-SCI'],
      milestones: [{ title: '建成第一个培育中心', dueDate: '2022-06-30' }],
    };
    const before = await count('plan_tasks');
    expect((await api('POST', `/plans/${planId}/tasks`, { token: viewerToken, body })).status).toBe(403);
    const bad = await api('POST', `/plans/${planId}/tasks`, { token: officerToken, body: { ...body, responsibleDepartment: 'ip creation', milestones: [{ title: 'x', dueDate: '2022-13-01' }] }, lang: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['responsibleDepartment', 'milestones.0.dueDate']));
    expect(await count('plan_tasks')).toBe(before);

    const created = await api('POST', `/plans/${planId}/tasks`, { token: officerToken, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, latestReport: null, milestones: [{ title: '建成第一个培育中心', doneOn: null, overdue: true }] });

    const reportBody = { period: '2022-H1', text: '已建成首个高价值专利培育中心', status: 'done', attachments: [{ name: '验收报告.pdf', url: 'https://example.org/a.pdf' }] };
    expect((await api('POST', `/plans/${planId}/tasks/${created.body.id}/reports`, { token: viewerToken, body: reportBody })).status).toBe(403);
    const badPeriod = await api('POST', `/plans/${planId}/tasks/${created.body.id}/reports`, { token: officerToken, body: { ...reportBody, period: '2022-Q5' } });
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.issues[0].path).toBe('period');
    const report = await api('POST', `/plans/${planId}/tasks/${created.body.id}/reports`, { token: officerToken, body: reportBody });
    expect(report.status).toBe(201);

    const done = await api('PATCH', `/plans/${planId}/tasks/${created.body.id}`, { token: officerToken, body: { version: 1, milestones: [{ title: '建成第一个培育中心', dueDate: '2022-06-30', doneOn: '2022-06-20' }] } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ version: 2, milestones: [{ doneOn: '2022-06-20', overdue: false }], latestReport: { period: '2022-H1', status: 'done' } });
    const stale = await api('PATCH', `/plans/${planId}/tasks/${created.body.id}`, { token: officerToken, body: { version: 1, title: '改名' } });
    expect(stale.status).toBe(409);
    const stored = await sql<{ title: string; version: number }>(platform.databaseUrl, `SELECT title, version FROM platform.plan_tasks WHERE id = $1`, [created.body.id]);
    expect(stored[0]).toEqual({ title: '建设高价值专利培育中心', version: 2 });
    const reports = await api('GET', `/plans/${planId}/tasks/${created.body.id}/reports`, { token: viewerToken });
    expect(reports.body).toHaveLength(1);
    expect(reports.body[0]).toMatchObject({ period: '2022-H1', attachments: [{ name: '验收报告.pdf' }] });
  });
});

describe('population', () => {
  it('records a figure per year, region and basis for officers, replacing the one recorded', async () => {
    const body = { year: 2027, regionCode: '440523', basis: 'resident', people: 62000, source: '统计年鉴2028' };
    expect((await api('PUT', '/population', { token: viewerToken, body })).status).toBe(403);
    const outside = await api('PUT', '/population', { token: officerToken, body: { ...body, regionCode: '440300' } });
    expect(outside.status).toBe(400);
    expect(outside.body.issues[0].path).toBe('regionCode');
    const first = await api('PUT', '/population', { token: officerToken, body });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ people: 62000, version: 1 });
    const second = await api('PUT', '/population', { token: officerToken, body: { ...body, people: 62100 } });
    expect(second.body).toMatchObject({ id: first.body.id, people: 62100, version: 2 });
    const rows = await sql(platform.databaseUrl, `SELECT people FROM platform.population WHERE year = 2027 AND region_code = '440523' AND basis = 'resident'`);
    expect(rows).toEqual([{ people: 62100 }]);
  });
});
