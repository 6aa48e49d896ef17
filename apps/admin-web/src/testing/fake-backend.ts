import type { TCurrentUser, TErrorBody, TTokenResponse } from '@ipbureau/domain';

export function makeUser(overrides: Partial<TCurrentUser> = {}): TCurrentUser {
  return {
    id: '00000000-0000-4000-8000-000000000010',
    username: 'officer',
    displayName: '陈科员',
    roles: [],
    regionCode: '440500',
    departmentId: null,
    dataScope: { kind: 'region' },
    mustChangePassword: false,
    ...overrides,
  };
}

export function tokenResponse(user: TCurrentUser): TTokenResponse {
  return {
    tokenType: 'Bearer',
    accessToken: 'access-token',
    expiresIn: 900,
    refreshToken: 'refresh-token-0123456789',
    refreshExpiresAt: '2030-01-01T00:00:00+08:00',
    user,
  };
}

export function errorResponse(body: TErrorBody): Response {
  return Response.json(body, { status: body.statusCode });
}

export interface FakeBackend {
  fetch: typeof fetch;
  /** Every request as `METHOD path`, with the language it asked for. */
  requests: { method: string; path: string; language: string | null }[];
}

/**
 * Stands in for the services at the HTTP boundary: the user for `/me`, every health check up,
 * and `login` answered by the test.
 */
export function fakeBackend(options: { user?: TCurrentUser; login?: (body: unknown) => Response } = {}): FakeBackend {
  const requests: FakeBackend['requests'] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    requests.push({ method, path, language: new Headers(init?.headers).get('Accept-Language') });
    const health = /^\/api\/([\w-]+)\/health$/.exec(path);
    if (health) return Response.json({ status: 'ok', service: health[1], database: 'up' });
    if (path === '/api/platform/auth/login' && options.login) return options.login(JSON.parse(String(init?.body)));
    if (path === '/api/platform/me' && options.user) return Response.json(options.user);
    if (path === '/api/platform/auth/logout') return new Response(null, { status: 204 });
    return errorResponse({ statusCode: 401, code: 'UNAUTHENTICATED', message: '未登录' });
  };
  return { fetch, requests };
}
