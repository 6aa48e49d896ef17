import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { TestService } from '@ipbureau/nest-kit/testing';
import { ProgressService } from '../src/plan-progress/progress.service.js';
import { PLATFORM_CONFIG, type PlatformConfig } from '../src/config.js';
import { closedPort, startFakePillars, type FakePillars } from './fake-pillars.js';
import { ADMIN_PASSWORD, apiOf, createUser, login, sql, startPlatform, USER_PASSWORD, type Api } from './platform.factory.js';

// Progress of the seeded 14th plan and a 15th plan created through the API, computed from a
// small real HTTP server that answers the pillars' metric contract from facts set here.
// creation and utilization answer; public-services points at a closed port (a pillar down).

let platform: TestService;
let fake: FakePillars;
let api: Api;
let adminToken: string;
let viewerToken: string;
let officerToken: string;
let planId: string;

type Indicator = { indicator: { code: string }; available: boolean; value: string | null; [k: string]: unknown };
const byCode = (body: { indicators: Indicator[] }, code: string): Indicator => {
  const found = body.indicators.find((i) => i.indicator.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};

beforeAll(async () => {
  fake = await startFakePillars();
  fake.facts.set('patents.valid_invention', {
    semantics: 'stock',
    facts: [
      { date: '2019-06-01', region: '440507', amount: '2000' },
      { date: '2020-12-31', region: '440511', amount: '949' },
      { date: '2021-01-01', region: '440507', amount: '51' },
    ],
  });
  fake.facts.set('patents.granted', {
    semantics: 'cumulative',
    facts: [
      { date: '2020-12-31', region: '440513', amount: '100000' },
      { date: '2021-01-01', region: '440513', amount: '5' },
    ],
  });
  fake.facts.set('trademarks.valid', { semantics: 'stock', facts: [{ date: '2020-06-30', region: '440511', amount: '266259' }] });
  fake.facts.set('certifications.entities_certified', { semantics: 'cumulative', facts: [{ date: '2020-12-01', region: '440507', amount: '61' }] });
  fake.facts.set('pledges.amount_in_period', {
    semantics: 'flow',
    facts: [
      { date: '2020-12-31', region: '440507', amount: '100000000.00' },
      { date: '2021-01-01', region: '440507', amount: '1000000.50' },
      { date: '2022-06-30', region: '440511', amount: '2000000.00' },
      { date: '2026-01-01', region: '440507', amount: '300000000.00' },
    ],
  });
  const down = await closedPort();
  platform = await startPlatform({
    PILLAR_URLS: JSON.stringify({ creation: fake.urlOf('creation'), utilization: fake.urlOf('utilization'), 'public-services': `http://127.0.0.1:${down}/api/public-services` }),
    PLAN_METRIC_TIMEOUT_MS: '3000',
  });
  fake.setJwksUrl(`${platform.baseUrl}/auth/jwks`);
  api = apiOf(platform);
  adminToken = (await login(api, 'admin', ADMIN_PASSWORD)).accessToken;
  const viewer = await createUser(api, adminToken, ['plan:viewer']);
  const officer = await createUser(api, adminToken, ['plan:officer']);
  viewerToken = (await login(api, viewer.username, USER_PASSWORD)).accessToken;
  officerToken = (await login(api, officer.username, USER_PASSWORD)).accessToken;
  planId = (await api('GET', '/plans', { token: viewerToken })).body.items[0].id;
});
afterAll(async () => {
  await platform?.close();
  await fake?.close();
});

const progress = async (query: string, token = viewerToken) => {
  const res = await api('GET', `/plans/${planId}/progress?${query}`, { token });
  expect(res.status).toBe(200);
  return res.body;
};

describe('semantics at boundary dates', () => {
  it('takes a stock at the date: 2,949 valid invention patents on 2020-12-31, 3,000 on 2021-01-01', async () => {
    const before = await progress('asOf=2020-12-31');
    const after = await progress('asOf=2021-01-01');
    expect(byCode(before, 'valid_invention_patents')).toMatchObject({ available: true, value: '2949' });
    expect(byCode(after, 'valid_invention_patents')).toMatchObject({ available: true, value: '3000', series: [{ year: 2020, value: '2949' }, { year: 2021, value: '3000' }] });
    const call = fake.calls.find((c) => c.key === 'patents.valid_invention' && c.query.asOf === '2021-01-01');
    expect(call?.query).toEqual({ asOf: '2021-01-01' });
    // platform-api signed the call itself: pillar viewer roles in the plan's region.
    expect(call?.claims).toMatchObject({ region: '440500', roles: expect.arrayContaining(['creation:viewer', 'utilization:viewer']) });
  });

  it('takes a cumulative total up to the date, the last day included', async () => {
    expect(byCode(await progress('asOf=2020-12-31'), 'patents_granted_total').value).toBe('100000');
    expect(byCode(await progress('asOf=2021-01-01'), 'patents_granted_total').value).toBe('100005');
  });

  it('sums a flow from the plan’s first day to the date: the day before the plan is out, the first and the last day are in', async () => {
    expect(byCode(await progress('asOf=2020-12-31'), 'ip_pledge_financing').value).toBe('0.00');
    const first = byCode(await progress('asOf=2021-01-01'), 'ip_pledge_financing');
    expect(first.value).toBe('1000000.50');
    expect(fake.calls.find((c) => c.key === 'pledges.amount_in_period' && c.query.to === '2021-01-01' && c.query.from === '2021-01-01')).toBeDefined();
    expect(byCode(await progress('asOf=2022-06-29'), 'ip_pledge_financing').value).toBe('1000000.50');
    const last = byCode(await progress('asOf=2022-06-30'), 'ip_pledge_financing');
    expect(last.value).toBe('3000000.50');
    // By-year series: each year's own flow (2020 outside the plan, for comparison).
    expect(last.series).toEqual([
      { year: 2020, value: '100000000.00' },
      { year: 2021, value: '1000000.50' },
      { year: 2022, value: '2000000.00' },
    ]);
    // A flow stops at the plan's last day even when asked later.
    const closing = byCode(await progress('asOf=2026-03-01'), 'ip_pledge_financing');
    expect(closing.value).toBe('3000000.50');
    expect(fake.calls.some((c) => c.key === 'pledges.amount_in_period' && c.query.from === '2021-01-01' && c.query.to === '2025-12-31')).toBe(true);
  });

  it('divides the stock by the registered population and says which it used: 2,949 / 5,660,000 × 10,000 = 5.21', async () => {
    expect(byCode(await progress('asOf=2020-12-31'), 'invention_patents_per_10k')).toMatchObject({
      available: true,
      value: '5.21',
      populationUsed: { year: 2020, regionCode: '440500', basis: 'registered', people: 5660000 },
    });
    expect(byCode(await progress('asOf=2021-01-01'), 'invention_patents_per_10k')).toMatchObject({
      value: '5.27',
      populationUsed: { year: 2021, basis: 'registered', people: 5690000 },
    });
  });

  it('computes one district with that district’s figures and population', async () => {
    const body = await progress('asOf=2021-01-01&district=440507');
    expect(body.district).toBe('440507');
    expect(byCode(body, 'valid_invention_patents').value).toBe('2051');
    expect(byCode(body, 'invention_patents_per_10k')).toMatchObject({ value: '37.94', populationUsed: { year: 2021, regionCode: '440507', basis: 'registered', people: 540550 } });
    const res = await api('GET', `/plans/${planId}/progress?district=440300`, { token: viewerToken, lang: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.issues[0].path).toBe('district');
  });

  it('places the value against the straight line from baseline to target', async () => {
    // 2023-07-02 is half-way from 2020-12-31 to 2025-12-31: expected 2,949 + (4,000 − 2,949) / 2.
    const row = byCode(await progress('asOf=2023-07-02'), 'valid_invention_patents');
    expect(row).toMatchObject({ value: '3000', target: { year: 2025, value: '4000' }, expected: '3475', completion: '0.7500', status: 'behind' });
    const trademarks = byCode(await progress('asOf=2020-12-31'), 'valid_trademarks');
    expect(trademarks).toMatchObject({ value: '266259', expected: '266259', status: 'on_track' });
    // The plan states no baseline for the cumulative grants: no line, yet a completion.
    expect(byCode(await progress('asOf=2021-01-01'), 'patents_granted_total')).toMatchObject({ status: 'no_baseline', expected: null, completion: '0.5556' });
  });
});

describe('unavailable pillars', () => {
  it('marks the indicators of a pillar that is down, or of a metric not offered, unavailable with the reason and serves the rest', async () => {
    const body = await progress('asOf=2021-06-30');
    const agents = byCode(body, 'practising_patent_agents');
    expect(agents).toMatchObject({ available: false, value: null, status: null });
    expect((agents.unavailableReason as Record<string, string>)['zh-CN']).toContain('无法连接');
    const enterprises = byCode(body, 'national_provincial_enterprises_new');
    expect(enterprises.available).toBe(false);
    expect((enterprises.unavailableReason as Record<string, string>).en).toContain('does not offer metric enterprises.national_provincial_new_in_period');
    expect(byCode(body, 'high_value_invention_patents_per_10k').available).toBe(false);
    const available = body.indicators.filter((i: Indicator) => i.available).map((i: Indicator) => i.indicator.code);
    expect(available).toEqual(['patents_granted_total', 'valid_invention_patents', 'invention_patents_per_10k', 'valid_trademarks', 'ip_pledge_financing', 'ip_management_certified_entities']);
    // Kept only until the next read asks the pillars again: stored already marked stale.
    const [cached] = await sql<{ stale: boolean }>(platform.databaseUrl, `SELECT invalidated_at IS NOT NULL AS stale FROM platform.plan_progress_cache WHERE plan_id = $1 AND as_of = '2021-06-30' AND district = ''`, [planId]);
    expect(cached?.stale).toBe(true);
    expect((await progress('asOf=2021-06-30')).stale).toBe(true);
  });
});

describe('cache', () => {
  it('serves the cached figures warm, marks them stale when facts change or the time-to-live passes and recomputes them, and refreshes on demand', async () => {
    // Every pillar answering (a figure missing because one is down is never served as fresh).
    const config = platform.app.get<PlatformConfig>(PLATFORM_CONFIG);
    const down = config.pillarUrls['public-services'];
    config.pillarUrls['public-services'] = fake.urlOf('public-services');
    onTestFinished(() => {
      config.pillarUrls['public-services'] = down;
    });
    const first = await progress('asOf=2024-03-31');
    const callsAfterFirst = fake.calls.length;
    const started = performance.now();
    const warm = await progress('asOf=2024-03-31');
    const warmMs = performance.now() - started;
    console.info(`warm plan progress: ${warmMs.toFixed(1)} ms`);
    expect(warm).toMatchObject({ computedAt: first.computedAt, stale: false });
    expect(fake.calls.length).toBe(callsAfterFirst);
    const rows = await sql<{ n: string }>(platform.databaseUrl, `SELECT count(*) AS n FROM platform.plan_progress_cache WHERE plan_id = $1 AND as_of = '2024-03-31' AND district = ''`, [planId]);
    expect(rows[0]?.n).toBe('1');

    // A pillar event says facts changed in a district: the integrator calls invalidate.
    expect(await platform.app.get(ProgressService).invalidate('440507')).toBeGreaterThan(0);
    const stale = await progress('asOf=2024-03-31');
    expect(stale).toMatchObject({ computedAt: first.computedAt, stale: true });
    let recomputed = stale;
    for (let i = 0; i < 50 && (recomputed.stale || recomputed.computedAt === first.computedAt); i++) {
      await new Promise((r) => setTimeout(r, 100));
      recomputed = await progress('asOf=2024-03-31');
    }
    expect(recomputed.stale).toBe(false);
    expect(recomputed.computedAt > first.computedAt).toBe(true);

    // Older than the time-to-live (600 s by default): served stale, then recomputed.
    await sql(platform.databaseUrl, `UPDATE platform.plan_progress_cache SET computed_at = computed_at - interval '1 hour' WHERE plan_id = $1 AND as_of = '2024-03-31'`, [planId]);
    const old = await progress('asOf=2024-03-31');
    expect(old.stale).toBe(true);
    expect(old.computedAt < recomputed.computedAt).toBe(true);
    let renewed = old;
    for (let i = 0; i < 50 && renewed.stale; i++) {
      await new Promise((r) => setTimeout(r, 100));
      renewed = await progress('asOf=2024-03-31');
    }
    expect(renewed.stale).toBe(false);
    expect(renewed.computedAt > recomputed.computedAt).toBe(true);

    const before = fake.calls.length;
    const denied = await api('POST', `/plans/${planId}/progress/refresh?asOf=2024-03-31`, { token: viewerToken });
    expect(denied.status).toBe(403);
    const refreshed = await api('POST', `/plans/${planId}/progress/refresh?asOf=2024-03-31`, { token: officerToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.computedAt > renewed.computedAt).toBe(true);
    expect(fake.calls.length).toBeGreaterThan(before);
  });
});

describe('the 15th plan', () => {
  it('is created through the API with its indicators, activated, and shows progress with a resident-basis density', async () => {
    const ind = (code: string, extra: Record<string, unknown>) => ({
      code,
      name: { 'zh-CN': code, en: code },
      unit: { 'zh-CN': '件', en: 'items' },
      decimals: 0,
      baseline: { year: 2025, value: '3000', note: null },
      sourceDepartment: '市知识产权局',
      sortOrder: 1,
      pillar: 'creation',
      ...extra,
    });
    const created = await api('POST', '/plans', {
      token: adminToken,
      body: {
        name: { 'zh-CN': '汕头市知识产权“十五五”规划', en: 'Shantou 15th Five-Year IP Plan' },
        startYear: 2026,
        endYear: 2030,
        indicators: [
          ind('valid_invention_patents', { metricKey: 'patents.valid_invention', semantics: 'stock', targets: [{ year: 2030, value: '5000' }] }),
          ind('invention_patents_per_10k_resident', {
            metricKey: 'patents.valid_invention',
            semantics: 'density',
            populationBasis: 'resident',
            decimals: 2,
            baseline: { year: 2025, value: '5.40', note: '按常住人口计' },
            targets: [{ year: 2030, value: '9' }],
            sortOrder: 2,
          }),
          ind('ip_pledge_financing', {
            pillar: 'utilization',
            metricKey: 'pledges.amount_in_period',
            semantics: 'flow',
            decimals: 2,
            baseline: { year: 2025, value: null, note: null },
            targets: [{ year: 2030, value: '1000000000' }],
            sortOrder: 3,
          }),
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', regionCode: '440500', startYear: 2026, endYear: 2030 });
    expect(created.body.indicators).toHaveLength(3);
    const activated = await api('POST', `/plans/${created.body.id}/status`, { token: adminToken, body: { status: 'active', version: created.body.version } });
    expect(activated.status).toBe(200);
    expect(activated.body.status).toBe('active');

    const res = await api('GET', `/plans/${created.body.id}/progress?asOf=2026-06-30`, { token: viewerToken });
    expect(res.status).toBe(200);
    expect(byCode(res.body, 'valid_invention_patents')).toMatchObject({ value: '3000', expected: '3198', status: 'behind', series: [{ year: 2025, value: '3000' }, { year: 2026, value: '3000' }] });
    expect(byCode(res.body, 'invention_patents_per_10k_resident')).toMatchObject({
      value: '5.41',
      populationUsed: { year: 2026, regionCode: '440500', basis: 'resident', people: 5542000 },
    });
    // 181 of 1,826 days from 2025-12-31 to 2030-12-31; the flow starts at zero on the plan's first day.
    expect(byCode(res.body, 'ip_pledge_financing')).toMatchObject({ value: '300000000.00', expected: '99123767.80', completion: '0.3000', status: 'ahead' });
    expect(fake.calls.some((c) => c.key === 'pledges.amount_in_period' && c.query.from === '2026-01-01' && c.query.to === '2026-06-30')).toBe(true);

    // A new target is data: change it and the progress follows.
    const indicator = created.body.indicators.find((i: { code: string }) => i.code === 'valid_invention_patents');
    const changed = await api('PATCH', `/plans/${created.body.id}/indicators/${indicator.id}`, { token: adminToken, body: { version: indicator.version, targets: [{ year: 2030, value: '3000' }] } });
    expect(changed.status).toBe(200);
    const after = await api('GET', `/plans/${created.body.id}/progress?asOf=2026-06-30`, { token: viewerToken });
    expect(byCode(after.body, 'valid_invention_patents')).toMatchObject({ target: { year: 2030, value: '3000' }, completion: '1.0000', status: 'on_track' });
  });
});

describe('evaluation report', () => {
  it('answers the printable report’s data for a year', async () => {
    const res = await api('GET', `/plans/${planId}/report?year=2021`, { token: viewerToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2021, asOf: '2021-12-31' });
    expect(res.body.indicators).toHaveLength(10);
    expect(res.body.summary.unavailable).toBe(4);
    expect(res.body.tasks).toHaveLength(21);
    expect((await api('GET', `/plans/${planId}/report?year=2099`, { token: viewerToken })).status).toBe(400);
  });

  it('exports an XLSX with Chinese headers, the indicator values at year-end and the task sheet', async () => {
    const res = await fetch(`${platform.baseUrl}/plans/${planId}/report.xlsx?year=2021`, { headers: { authorization: `Bearer ${viewerToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('指标完成情况')!;
    expect(sheet).toBeDefined();
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['指标', '基期值', '目标值', '2021年末值', '完成率', '进度评价', '人口口径']));
    const rows = sheet.getSheetValues() as unknown[][];
    const valid = rows.find((r) => r?.[2] === '有效发明专利量')!;
    expect(valid).toBeDefined();
    expect(valid[6]).toBe(2949);
    expect(valid[8]).toBe(4000);
    expect(valid[9]).toBe(3000);
    const density = rows.find((r) => r?.[2] === '万人发明专利拥有量（专利密度）')!;
    expect(density[9]).toBe(5.27);
    expect(String(density[13])).toContain('户籍人口 2021年 5690000人');
    const agents = rows.find((r) => r?.[2] === '执业专利代理师')!;
    expect(String(agents[9])).toContain('暂不可用');
    const tasks = wb.getWorksheet('重点任务进展')!;
    expect(tasks.getRow(1).values).toEqual(expect.arrayContaining(['章节', '重点任务', '牵头部门', '进展状态']));
    expect(tasks.rowCount).toBe(22);
  });
});
