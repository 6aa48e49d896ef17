import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestService } from '@ipbureau/nest-kit/testing';
import { ADMIN_PASSWORD, apiOf, createUser, login, sql, startPlatform, USER_PASSWORD, type Api } from './platform.factory.js';

let platform: TestService;
let api: Api;
let adminToken: string;

beforeAll(async () => {
  platform = await startPlatform();
  api = apiOf(platform);
  adminToken = (await login(api, 'admin', ADMIN_PASSWORD)).accessToken;
});
afterAll(() => platform?.close());

describe('sign-in', () => {
  it('signs the first administrator in and returns the user with roles', async () => {
    const tokens = await login(api, 'admin', ADMIN_PASSWORD);
    expect(tokens.tokenType).toBe('Bearer');
    expect(tokens.user.roles).toContain('system-admin');
    expect(tokens.user.roles).toContain('creation:viewer');
    const me = await api('GET', '/me', { token: tokens.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('admin');
  });

  it('answers a wrong password with 401 and a message, in Chinese or English', async () => {
    const zh = await api('POST', '/auth/login', { body: { username: 'admin', password: 'wrong-password' } });
    expect(zh.status).toBe(401);
    expect(zh.body).toMatchObject({ code: 'UNAUTHENTICATED', message: '用户名或密码错误' });
    const en = await api('POST', '/auth/login', { body: { username: 'nobody', password: 'wrong' }, lang: 'en' });
    expect(en.status).toBe(401);
    expect(en.body.message).toBe('Wrong username or password');
    // The administrator's failure above must not lock it out of the other tests.
    await login(api, 'admin', ADMIN_PASSWORD);
  });

  it('locks the account after five failures: the sixth attempt is refused even with the right password', async () => {
    const user = await createUser(api, adminToken, ['creation:officer']);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const res = await api('POST', '/auth/login', { body: { username: user.username, password: `bad-${attempt}` } });
      expect(res.status).toBe(401);
    }
    const fifth = await api('POST', '/auth/login', { body: { username: user.username, password: 'bad-5' } });
    expect(fifth.status).toBe(401);
    expect(fifth.body.message).toContain('锁定15分钟');
    const sixth = await api('POST', '/auth/login', { body: { username: user.username, password: USER_PASSWORD } });
    expect(sixth.status).toBe(423);
    expect(sixth.body).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(sixth.body.message).toMatch(/账户已锁定，请1[45]分钟后再试/);

    const log = await sql<{ success: boolean; reason: string; client_address: string }>(
      platform.databaseUrl,
      `SELECT success, reason, client_address FROM platform.login_log WHERE username = $1 ORDER BY id`,
      [user.username],
    );
    expect(log.map((l) => l.reason)).toEqual(['bad_password', 'bad_password', 'bad_password', 'bad_password', 'bad_password_locked', 'locked']);
    expect(log.every((l) => !l.success && /127\.0\.0\.1/.test(l.client_address))).toBe(true);

    // The security administrator can lift the lock.
    const sec = await createUser(api, adminToken, ['security-admin']);
    const secToken = (await login(api, sec.username, USER_PASSWORD)).accessToken;
    expect((await api('POST', `/users/${user.id}/unlock`, { token: secToken })).status).toBe(200);
    expect((await api('POST', '/auth/login', { body: { username: user.username, password: USER_PASSWORD } })).status).toBe(200);
  });

  it('rejects a malformed sign-in body with 400 naming the field', async () => {
    const res = await api('POST', '/auth/login', { body: { username: 'admin', password: 123, remember: true }, lang: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['password', 'remember']);
  });
});

describe('refresh tokens', () => {
  it('rotates: each refresh token works once and yields a new one', async () => {
    const first = await login(api, 'admin', ADMIN_PASSWORD);
    const second = await api('POST', '/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await api('GET', '/me', { token: second.body.accessToken })).status).toBe(200);
  });

  it('revokes the whole family when a refresh token is used twice', async () => {
    const first = await login(api, 'admin', ADMIN_PASSWORD);
    const second = await api('POST', '/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    const reuse = await api('POST', '/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.message).toContain('已被使用过');
    // The legitimate-looking newer token of the same session is dead too.
    const after = await api('POST', '/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(after.status).toBe(401);
    const [session] = await sql<{ revoked_reason: string }>(
      platform.databaseUrl,
      `SELECT revoked_reason FROM platform.sessions WHERE id = (SELECT session_id FROM platform.refresh_tokens WHERE used_at IS NOT NULL ORDER BY created_at DESC LIMIT 1)`,
    );
    expect(session?.revoked_reason).toBe('refresh_token_reuse');
  });

  it('ends the session at logout', async () => {
    const tokens = await login(api, 'admin', ADMIN_PASSWORD);
    expect((await api('POST', '/auth/logout', { token: tokens.accessToken })).status).toBe(204);
    expect((await api('POST', '/auth/refresh', { body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
  });

  it('lets the security administrator list online sessions and force one out', async () => {
    const officer = await createUser(api, adminToken, ['protection:officer']);
    const officerTokens = await login(api, officer.username, USER_PASSWORD);
    const sec = await createUser(api, adminToken, ['security-admin']);
    const secToken = (await login(api, sec.username, USER_PASSWORD)).accessToken;
    const list = await api('GET', '/sessions?pageSize=200', { token: secToken });
    expect(list.status).toBe(200);
    const session = list.body.items.find((s: { username: string }) => s.username === officer.username);
    expect(session).toBeDefined();
    expect((await api('DELETE', `/sessions/${session.id}`, { token: secToken })).status).toBe(204);
    expect((await api('POST', '/auth/refresh', { body: { refreshToken: officerTokens.refreshToken } })).status).toBe(401);
    // The system administrator is not the security administrator.
    expect((await api('GET', '/sessions', { token: adminToken })).status).toBe(403);
  });

  it('publishes its public keys without authentication', async () => {
    const res = await api('GET', '/auth/jwks');
    expect(res.status).toBe(200);
    expect(res.body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(res.body.keys[0].d).toBeUndefined();
  });
});
