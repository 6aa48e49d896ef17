import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedOpenApi, routeAccessReport, type TestService } from '@ipbureau/nest-kit/testing';
import { ADMIN_PASSWORD, apiOf, createUser, login, sql, startPlatform, USER_PASSWORD, type Api } from './platform.factory.js';

let platform: TestService;
let api: Api;
let adminToken: string;
let auditorToken: string;

beforeAll(async () => {
  platform = await startPlatform();
  api = apiOf(platform);
  adminToken = (await login(api, 'admin', ADMIN_PASSWORD)).accessToken;
  const auditor = await createUser(api, adminToken, ['auditor']);
  auditorToken = (await login(api, auditor.username, USER_PASSWORD)).accessToken;
});
afterAll(() => platform?.close());

const countUsers = async () => Number((await sql<{ n: string }>(platform.databaseUrl, 'SELECT count(*) AS n FROM platform.users'))[0]?.n);

describe('user administration', () => {
  it('rejects bad bodies with 400 naming each field, and writes nothing', async () => {
    const before = await countUsers();
    const res = await api('POST', '/users', {
      token: adminToken,
      lang: 'en',
      body: { username: 'X', displayName: 7, password: 'short', roles: ['creation:boss'], regionCode: '4405', nickname: 'x' },
    });
    expect(res.status).toBe(400);
    const paths = res.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'displayName', 'password', 'roles.0', 'regionCode', 'nickname']));
    expect(res.body.issues.find((i: { path: string }) => i.path === 'password').message).toMatch(/at least 10 characters/);
    expect(await countUsers()).toBe(before);
  });

  it('refuses to give one user two of the separated administrator roles', async () => {
    const res = await api('POST', '/users', {
      token: adminToken,
      body: { username: 'dual', displayName: '兼任', password: USER_PASSWORD, roles: ['system-admin', 'auditor'], regionCode: '440500' },
    });
    expect(res.status).toBe(400);
    expect(res.body.issues[0]).toMatchObject({ path: 'roles' });
    expect(res.body.issues[0].message).toContain('三员分立');
  });

  it('answers a taken username with 409', async () => {
    const res = await api('POST', '/users', {
      token: adminToken,
      body: { username: 'admin', displayName: '重复', password: USER_PASSWORD, roles: [], regionCode: '440500' },
    });
    expect(res.status).toBe(409);
  });

  it('gives users without the administrator role 403 on user administration', async () => {
    const officer = await createUser(api, adminToken, ['creation:approver']);
    const token = (await login(api, officer.username, USER_PASSWORD)).accessToken;
    const before = await countUsers();
    const res = await api('POST', '/users', { token, body: { username: 'sneaky', displayName: 'x', password: USER_PASSWORD, roles: [], regionCode: '440500' } });
    expect(res.status).toBe(403);
    expect(await countUsers()).toBe(before);
    expect((await api('GET', '/audit/events', { token: adminToken })).status).toBe(403);
  });

  it('returns the department tree seeded at first start', async () => {
    const res = await api('GET', '/departments', { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].name).toBe('市场监督管理局（知识产权局）');
    expect(res.body[0].children.map((c: { code: string }) => c.code)).toContain('IP-PROTECTION');
  });
});

describe('audit trail', () => {
  it('leaves exactly one audit entry per write, with actor, request id and before/after', async () => {
    const user = await createUser(api, adminToken, ['utilization:viewer']);
    const created = await api('GET', `/audit/events?entity=user&entityId=${user.id}`, { token: auditorToken });
    expect(created.status).toBe(200);
    expect(created.body.total).toBe(1);
    expect(created.body.items[0]).toMatchObject({ action: 'create', actorName: '系统管理员', service: 'platform' });
    expect(created.body.items[0].after.passwordHash).toBeUndefined();
    expect(created.body.items[0].requestId).toBeTruthy();

    const patched = await api('PATCH', `/users/${user.id}`, { token: adminToken, body: { roles: ['utilization:officer'] } });
    expect(patched.status).toBe(200);
    const after = await api('GET', `/audit/events?entity=user&entityId=${user.id}`, { token: auditorToken });
    expect(after.body.total).toBe(2);
    expect(after.body.items[0]).toMatchObject({ action: 'update', before: { roles: ['utilization:viewer'] }, after: { roles: ['utilization:officer'] } });
  });

  it('verifies the chain, and detects an edited entry', async () => {
    const ok = await api('GET', '/audit/verify', { token: auditorToken });
    expect(ok.body).toMatchObject({ valid: true, breaks: [] });
    expect(ok.body.checked).toBeGreaterThan(5);

    const [victim] = await sql<{ chain_seq: string }>(platform.databaseUrl, `SELECT chain_seq FROM audit.events WHERE chain = 'platform' ORDER BY chain_seq LIMIT 1 OFFSET 2`);
    // Only a database superuser can do this; the services' roles cannot (next test).
    await sql(platform.databaseUrl, `UPDATE audit.events SET actor_name = 'mallory' WHERE chain = 'platform' AND chain_seq = $1`, [victim!.chain_seq]);
    const broken = await api('GET', '/audit/verify', { token: auditorToken });
    expect(broken.body.valid).toBe(false);
    expect(broken.body.breaks).toContainEqual({ chain: 'platform', seq: String(victim!.chain_seq), reason: 'hash' });
  });

  it('detects a deleted entry in the middle of a chain', async () => {
    await createUser(api, adminToken, []);
    await createUser(api, adminToken, []);
    const [{ max }] = (await sql<{ max: string }>(platform.databaseUrl, `SELECT max(chain_seq) AS max FROM audit.events WHERE chain = 'platform'`)) as [{ max: string }];
    await sql(platform.databaseUrl, `DELETE FROM audit.events WHERE chain = 'platform' AND chain_seq = $1`, [Number(max) - 1]);
    const res = await api('GET', '/audit/verify', { token: auditorToken });
    expect(res.body.breaks).toContainEqual({ chain: 'platform', seq: max, reason: 'link' });
  });

  it('runs as a database role that can read the trail but never change it', async () => {
    const asPlatform = (text: string) => sql(platform.databaseUrl.replace(/\?.*$/, '') + '?options=-c%20role%3Dipb_platform', text);
    expect((await asPlatform('SELECT count(*) FROM audit.events')).length).toBe(1);
    await expect(asPlatform(`UPDATE audit.events SET actor_name = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(asPlatform(`DELETE FROM audit.events`)).rejects.toThrow(/permission denied/);
    await expect(asPlatform(`TRUNCATE audit.events`)).rejects.toThrow(/permission denied|must be owner/);
  });
});

describe('the service surface', () => {
  it('declares an access rule on every route', () => {
    const report = routeAccessReport(platform.app);
    expect(report.length).toBeGreaterThan(10);
    expect(report.filter((r) => !r.declared)).toEqual([]);
  });

  it('keeps the committed OpenAPI document current', async () => {
    const { served, committed } = await committedOpenApi(platform.baseUrl, path.resolve(import.meta.dirname, '../openapi.json'));
    expect(committed).toBe(served);
  });

  it('answers health with the database up', async () => {
    const res = await api('GET', '/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok', service: 'platform', database: 'up' } });
  });
});
