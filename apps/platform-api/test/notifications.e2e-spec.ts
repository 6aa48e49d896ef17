import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { TAlertRaised, TRole } from '@ipbureau/domain';
import { EventTransport, inTransaction } from '@ipbureau/nest-kit';
import type { TestService } from '@ipbureau/nest-kit/testing';
import { ADMIN_PASSWORD, apiOf, createUser, login, sql, startPlatform, USER_PASSWORD, type Api } from './platform.factory.js';

// Alerts arrive as `alert.raised` events on the real transport, published here the way a
// pillar publishes them: inside a transaction, through the service's EventTransport.

let platform: TestService;
let api: Api;
let adminToken: string;
const departments: Record<string, string> = {};

beforeAll(async () => {
  platform = await startPlatform();
  api = apiOf(platform);
  adminToken = (await login(api, 'admin', ADMIN_PASSWORD)).accessToken;
  for (const row of await sql<{ code: string; id: string }>(platform.databaseUrl, `SELECT code, id FROM platform.departments`)) departments[row.code] = row.id;
});
afterAll(async () => {
  await platform?.close();
});

async function userWith(roles: TRole[], extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
  const user = await createUser(api, adminToken, roles, extra);
  return { id: user.id, token: (await login(api, user.username, USER_PASSWORD)).accessToken };
}

let serial = 0;
function alert(audience: TAlertRaised['audience'], extra: Partial<TAlertRaised> = {}): TAlertRaised {
  serial += 1;
  return {
    key: `case.deadline_near:${serial}`,
    kind: 'case.deadline_near',
    severity: 'warning',
    title: { 'zh-CN': `案件 ${serial} 办案期限将至`, en: `Case ${serial}: time limit near` },
    body: { 'zh-CN': '距办案期限还有 5 个工作日', en: '5 working days left' },
    link: `/protection/cases/${serial}`,
    dueDate: '2026-12-04',
    audience,
    ...extra,
  };
}

async function raise(data: TAlertRaised, regionCode = '440500'): Promise<void> {
  const transport = platform.app.get(EventTransport);
  await inTransaction(platform.app.get(DataSource), (em) => transport.publish(em, null, { type: 'alert.raised', regionCode, data: data as Record<string, unknown> }));
}

async function inbox(token: string, status: 'unread' | 'all' = 'all') {
  const res = await api('GET', `/me/notifications?status=${status}`, { token, lang: 'en' });
  expect(res.status).toBe(200);
  return res.body as { items: { id: string; title: string; readAt: string | null; link: string | null; dueDate: string | null }[]; total: number };
}

async function until(probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error('timed out waiting for delivery');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const delivered = (key: string) => async () => (await sql(platform.databaseUrl, `SELECT 1 FROM platform.notifications WHERE alert_key = $1`, [key])).length > 0;

describe('notifications from pillar alerts', () => {
  it('delivers to the officers of the named department and the chiefs above it, not to others', async () => {
    const officer = await userWith(['protection:officer'], { departmentId: departments['IP-PROTECTION'] });
    const chief = await userWith(['protection:approver'], { departmentId: departments.BUREAU });
    const otherSection = await userWith(['protection:officer'], { departmentId: departments['IP-CREATION'] });
    const viewer = await userWith(['protection:viewer'], { departmentId: departments['IP-PROTECTION'] });
    const otherPillar = await userWith(['creation:officer'], { departmentId: departments['IP-PROTECTION'] });

    const data = alert({ module: 'protection', level: 'officer', departmentId: departments['IP-PROTECTION']!, userIds: [] });
    await raise(data);
    await until(delivered(data.key));

    const mine = await inbox(officer.token);
    expect(mine.items.map((n) => n.title)).toEqual([data.title.en]);
    expect(mine.items[0]).toMatchObject({ link: data.link, dueDate: '2026-12-04', readAt: null });
    expect((await inbox(chief.token)).total).toBe(1);
    for (const other of [otherSection, viewer, otherPillar]) expect((await inbox(other.token)).total).toBe(0);
  });

  it('delivers by region: a district user does not get another district’s alert; named users always do', async () => {
    const cityOfficer = await userWith(['creation:officer']);
    const chenghaiOfficer = await userWith(['creation:officer'], { regionCode: '440515' });
    const named = await userWith(['utilization:viewer']);
    const data = alert({ module: 'creation', level: 'officer', departmentId: null, userIds: [named.id] });
    await raise(data, '440507');
    await until(delivered(data.key));
    expect((await inbox(cityOfficer.token)).total).toBe(1);
    expect((await inbox(chenghaiOfficer.token)).total).toBe(0);
    expect((await inbox(named.token)).total).toBe(1);
  });

  it('raises an alert once however often the same key is raised', async () => {
    const officer = await userWith(['utilization:officer']);
    const data = alert({ module: 'utilization', level: 'officer', departmentId: null, userIds: [] });
    await raise(data);
    await raise({ ...data, title: { 'zh-CN': '重复', en: 'repeat' } });
    await until(async () => (await sql(platform.databaseUrl, `SELECT 1 FROM platform.consumed_events`)).length >= 2 && (await delivered(data.key)()));
    await until(async () => (await sql(platform.databaseUrl, `SELECT 1 FROM pgboss.job WHERE name = 'events.platform' AND state <> 'completed'`)).length === 0);
    expect((await inbox(officer.token)).items.map((n) => n.title)).toEqual([data.title.en]);
  });

  it('counts unread for the bell; reading and dismissing are per user', async () => {
    const a = await userWith(['public-services:officer']);
    const b = await userWith(['public-services:officer']);
    const data = alert({ module: 'public-services', level: 'officer', departmentId: null, userIds: [] });
    await raise(data);
    await until(delivered(data.key));
    const summary = async (token: string) => (await api('GET', '/me/notifications/summary', { token })).body.unread as number;
    expect(await summary(a.token)).toBe(1);

    const [item] = (await inbox(a.token)).items;
    expect((await api('POST', `/me/notifications/${item!.id}/read`, { token: a.token })).status).toBe(204);
    expect(await summary(a.token)).toBe(0);
    expect((await inbox(a.token, 'unread')).total).toBe(0);
    expect((await inbox(a.token)).items[0]?.readAt).not.toBeNull();
    expect(await summary(b.token)).toBe(1);

    expect((await api('POST', `/me/notifications/${item!.id}/dismiss`, { token: a.token })).status).toBe(204);
    expect((await inbox(a.token)).total).toBe(0);
    expect((await inbox(b.token)).total).toBe(1);
    // Not one of mine any more, and never someone else's to touch.
    expect((await api('POST', `/me/notifications/${item!.id}/dismiss`, { token: a.token })).status).toBe(404);
    const outsider = await userWith(['creation:viewer']);
    expect((await api('POST', `/me/notifications/${item!.id}/read`, { token: outsider.token })).status).toBe(404);
    expect(await summary(b.token)).toBe(1);

    expect((await api('POST', '/me/notifications/read-all', { token: b.token })).body).toEqual({ read: 1 });
    expect(await summary(b.token)).toBe(0);
  });

  it('answers 401 without a token and 400 for a malformed id', async () => {
    expect((await api('GET', '/me/notifications/summary')).status).toBe(401);
    const a = await userWith(['creation:viewer']);
    const res = await api('POST', '/me/notifications/not-a-uuid/read', { token: a.token, lang: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.issues[0].path).toBe('id');
  });
});
