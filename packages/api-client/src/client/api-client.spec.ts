import { describe, expect, it, vi } from 'vitest';
import type { TErrorBody, TLocale, TTokenResponse } from '@ipbureau/domain';
import { createApiClient, REFRESH_PATH } from './api-client';
import { ApiError } from './api-error';
import { exportXlsx } from './export-xlsx';
import { createTokenStore } from './token-store';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function session(n: number): TTokenResponse {
  return {
    tokenType: 'Bearer',
    accessToken: `access-${n}`,
    expiresIn: 900,
    refreshToken: `refresh-${n}`,
    refreshExpiresAt: '2030-01-01T00:00:00Z',
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      username: 'officer',
      displayName: '张科员',
      roles: ['creation:officer'],
      regionCode: '440500',
      departmentId: null,
      dataScope: { kind: 'region' },
      mustChangePassword: false,
    },
  };
}

function setup(handler: Handler, locale: TLocale = 'zh-CN', storage = new Map<string, string>()) {
  const tokens = createTokenStore({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  });
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(handler(String(input), init ?? {})));
  const onUnauthorized = vi.fn();
  const client = createApiClient({ tokens, locale: () => locale, onUnauthorized, fetch });
  const calls = () => fetch.mock.calls.map(([url, init]) => `${url} ${new Headers(init?.headers).get('Authorization') ?? '-'}`);
  return { client, tokens, fetch, onUnauthorized, calls };
}

const bearerOf = (init: RequestInit) => new Headers(init.headers).get('Authorization');

describe('createApiClient', () => {
  it('sends the bearer token and the UI language, and parses JSON', async () => {
    const { client, tokens, fetch } = setup(() => json(200, { hello: 'world' }), 'en');
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    await expect(client.get('/api/creation/things', { query: { page: 2, q: undefined } })).resolves.toEqual({ hello: 'world' });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/creation/things?page=2');
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('en');
    expect(bearerOf(init!)).toBe('Bearer access-1');
  });

  it('refreshes once on 401, stores the rotated tokens and retries the call', async () => {
    const { client, tokens, calls } = setup((url, init) => {
      if (url === REFRESH_PATH) return json(200, session(2));
      return bearerOf(init) === 'Bearer access-2' ? json(200, { ok: true }) : json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: '登录已过期' });
    });
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    await expect(client.get('/api/platform/me')).resolves.toEqual({ ok: true });

    expect(calls()).toEqual(['/api/platform/me Bearer access-1', `${REFRESH_PATH} -`, '/api/platform/me Bearer access-2']);
    expect(tokens.getAccessToken()).toBe('access-2');
    expect(tokens.getRefreshToken()).toBe('refresh-2');
  });

  it('shares one refresh between calls that fail together', async () => {
    let refreshes = 0;
    const { client, tokens } = setup(async (url, init) => {
      if (url === REFRESH_PATH) {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, session(2));
      }
      return bearerOf(init) === 'Bearer access-2' ? json(200, url) : json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'expired' });
    });
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    const results = await Promise.all(['/api/a', '/api/b', '/api/c'].map((path) => client.get(path)));

    expect(results).toEqual(['/api/a', '/api/b', '/api/c']);
    expect(refreshes).toBe(1);
  });

  it('does not refresh a second time when the retried call is refused too', async () => {
    const { client, tokens, calls } = setup((url) =>
      url === REFRESH_PATH ? json(200, session(2)) : json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: '未登录' }),
    );
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    await expect(client.get('/api/platform/me')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(calls().filter((c) => c.startsWith(REFRESH_PATH))).toHaveLength(1);
  });

  it('ends the session when the refresh token is refused', async () => {
    const { client, tokens, onUnauthorized } = setup(() => json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: '会话已失效' }));
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    await expect(client.get('/api/platform/me')).rejects.toMatchObject({ status: 401, message: '会话已失效' });
    expect(tokens.hasSession()).toBe(false);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('after a reload, trades the stored refresh token before the first call', async () => {
    const storage = new Map<string, string>();
    const before = setup(() => json(200, {}), 'zh-CN', storage);
    before.tokens.save({ accessToken: 'access-4', refreshToken: 'refresh-4' });

    // A new page: same sessionStorage, nothing in memory.
    const after = setup((url) => (url === REFRESH_PATH ? json(200, session(5)) : json(200, {})), 'zh-CN', storage);
    await after.client.get('/api/platform/me');

    expect(after.calls()).toEqual([`${REFRESH_PATH} -`, '/api/platform/me Bearer access-5']);
  });

  it('never refreshes when login is refused: that is a wrong password, not an expired session', async () => {
    const body: TErrorBody = { statusCode: 401, code: 'UNAUTHENTICATED', message: '用户名或密码错误' };
    const { client, tokens, calls } = setup(() => json(401, body));
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    await expect(client.post('/api/platform/auth/login', { username: 'a', password: 'b' }, { auth: false })).rejects.toMatchObject({
      message: '用户名或密码错误',
    });
    expect(calls()).toEqual(['/api/platform/auth/login -']);
  });

  it('surfaces the error body as an ApiError with its code and field issues', async () => {
    const body: TErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: '请求数据有误',
      requestId: 'req-1',
      issues: [{ path: 'username', message: '不能为空', code: 'too_small' }],
    };
    const { client } = setup(() => json(400, body));

    const error = await client.post('/api/platform/auth/login', {}, { auth: false }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: '请求数据有误', requestId: 'req-1', issues: body.issues });
  });

  it('turns a non-JSON failure from a proxy into an ApiError in the UI language', async () => {
    const { client } = setup(() => new Response('<html>Bad Gateway</html>', { status: 502 }), 'en');

    await expect(client.get('/api/protection/health', { auth: false })).rejects.toMatchObject({
      status: 502,
      code: 'INTERNAL',
      message: 'Service unavailable (HTTP 502)',
    });
  });

  it('reports an unreachable server as an ApiError with status 0', async () => {
    const { client } = setup(() => {
      throw new TypeError('fetch failed');
    });

    await expect(client.get('/api/platform/health', { auth: false })).rejects.toMatchObject({ status: 0, message: '无法连接服务器，请检查网络' });
  });

  it('returns undefined for 204 No Content', async () => {
    const { client } = setup(() => new Response(null, { status: 204 }));
    await expect(client.post('/api/platform/auth/logout')).resolves.toBeUndefined();
  });
});

describe('exportXlsx', () => {
  it('asks the list endpoint for every page of the filter as XLSX and returns the file', async () => {
    const { client, tokens, fetch } = setup(() => new Response(new Uint8Array([0x50, 0x4b]), { status: 200, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }));
    tokens.save(session(1));
    const file = await exportXlsx(client, '/api/utilization/pledges', { status: 'defaulted', district: '440515', page: 3, pageSize: 20, lender: undefined });
    const url = new URL(String(fetch.mock.calls[0]![0]), 'http://x');
    expect(url.pathname).toBe('/api/utilization/pledges');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'defaulted', district: '440515', format: 'xlsx' });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
