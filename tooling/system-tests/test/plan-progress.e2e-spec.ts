import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestService, type TestService } from '@ipbureau/nest-kit/testing';
import { createDatabase } from '@ipbureau/dev-stack';
import type { TRole } from '@ipbureau/domain';
import { call, userWith as userAt, type Json } from './harness.js';
import { createAppModule as createPlatformModule } from '@ipbureau/platform-api/app';
import { loadPlatformConfig, PLATFORM_IDENTITY, type PlatformConfig } from '@ipbureau/platform-api/config';
import { createAppModule as createCreationModule } from '@ipbureau/creation-api/app';

// The plan layer against a real pillar: platform-api computes the 14th plan's progress by
// calling creation-api's metric endpoints with a token it signs itself.
const ADMIN_PASSWORD = 'System-Test-2025!';
let database: { url: string; drop: () => Promise<void> };
let platform: TestService;
let creation: TestService;
let platformConfig: PlatformConfig;

const userWith = (roles: TRole[]) => userAt(platform.baseUrl, ADMIN_PASSWORD, roles);

beforeAll(async () => {
  const adminUrl = inject('databaseUrl');
  database = await createDatabase(adminUrl);
  platform = await startTestService({
    adminUrl,
    databaseUrl: database.url,
    identity: PLATFORM_IDENTITY,
    createModule: (base) => {
      platformConfig = { ...loadPlatformConfig({ DATABASE_URL: base.databaseUrl, IPB_ADMIN_PASSWORD: ADMIN_PASSWORD }), ...base };
      return createPlatformModule(platformConfig);
    },
  });
  creation = await startTestService({
    adminUrl,
    databaseUrl: database.url,
    identity: { service: 'creation', schema: 'creation', defaultPort: 0 },
    createModule: createCreationModule,
    env: { PLATFORM_JWKS_URL: `${platform.baseUrl}/auth/jwks` },
  });
  // creation-api's address is known only once it listens (it needs platform-api's keys first).
  platformConfig.pillarUrls.creation = creation.baseUrl;
});
afterAll(async () => {
  await creation?.close();
  await platform?.close();
  await database?.drop();
});

describe('plan progress from a real pillar', () => {
  it('counts a trademark registered on 2020-06-30 in the stock from that day on, and marks pillars without an address unavailable', async () => {
    const officer = await userWith(['creation:officer']);
    const registered = await call(creation.baseUrl, 'POST', '/trademarks', officer, {
      registrationNumber: '30012345',
      niceClasses: [28],
      holderName: '汕头市澄海区某玩具有限公司',
      district: '440515',
      kind: 'ordinary',
      registrationDate: '2020-06-30',
    });
    expect(registered.status).toBe(201);

    const viewer = await userWith(['plan:viewer']);
    const plans = await call(platform.baseUrl, 'GET', '/plans', viewer);
    const planId = (plans.body.items as Json[])[0]!.id as string;
    const at = async (asOf: string, district = '') => {
      const res = await call(platform.baseUrl, 'GET', `/plans/${planId}/progress?asOf=${asOf}${district ? `&district=${district}` : ''}`, viewer);
      expect(res.status).toBe(200);
      return res.body.indicators as { indicator: { code: string }; available: boolean; value: string | null; unavailableReason: Json | null }[];
    };
    const trademarks = (rows: Awaited<ReturnType<typeof at>>) => rows.find((r) => r.indicator.code === 'valid_trademarks')!;
    expect(trademarks(await at('2020-06-29'))).toMatchObject({ available: true, value: '0' });
    expect(trademarks(await at('2020-06-30'))).toMatchObject({ available: true, value: '1' });
    expect(trademarks(await at('2020-06-30', '440515')).value).toBe('1');
    expect(trademarks(await at('2020-06-30', '440507')).value).toBe('0');
    const rows = await at('2020-06-30');
    expect(rows.find((r) => r.indicator.code === 'valid_invention_patents')).toMatchObject({ available: true, value: '0' });
    const agents = rows.find((r) => r.indicator.code === 'practising_patent_agents')!;
    expect(agents.available).toBe(false);
    expect(agents.unavailableReason).toMatchObject({ 'zh-CN': expect.stringContaining('未配置') });
  });

  it('marks cached progress stale when a pillar writes in the region, and shows the new fact on the next read', async () => {
    const officer = await userWith(['creation:officer']);
    const viewer = await userWith(['plan:viewer']);
    const planId = ((await call(platform.baseUrl, 'GET', '/plans', viewer)).body.items as Json[])[0]!.id as string;
    const progress = async () => (await call(platform.baseUrl, 'GET', `/plans/${planId}/progress?asOf=2021-03-31`, viewer)).body;
    const marks = (body: Json) => (body.indicators as { indicator: { code: string }; value: string | null }[]).find((r) => r.indicator.code === 'valid_trademarks')!.value;

    const first = await progress();
    expect(first.stale).toBe(false);
    const before = Number(marks(first));
    expect((await progress()).computedAt).toBe(first.computedAt); // served from the cache

    const registered = await call(creation.baseUrl, 'POST', '/trademarks', officer, {
      registrationNumber: '30012346',
      niceClasses: [29],
      holderName: '汕头市龙湖区某食品有限公司',
      district: '440507',
      kind: 'ordinary',
      registrationDate: '2021-01-15',
    });
    expect(registered.status).toBe(201);

    // creation announced facts.changed; platform-api applies it from its queue.
    const deadline = Date.now() + 15_000;
    let body = await progress();
    while (body.stale !== true && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      body = await progress();
    }
    expect(body.stale).toBe(true);
    // Served stale at once and recomputed behind it: the next reads show the new trademark.
    while (Number(marks(body)) === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      body = await progress();
    }
    expect(Number(marks(body))).toBe(before + 1);
  });
});
