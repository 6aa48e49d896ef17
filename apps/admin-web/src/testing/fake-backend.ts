import type { TCurrentUser, TErrorBody, TPage, TTokenResponse } from '@ipbureau/domain';

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

/** A request as a route sees it: the path without its query, the query, the parsed JSON body. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** Answers the requests it recognises and returns undefined for the rest. */
export type FakeRoute = (request: FakeRequest) => Response | Promise<Response> | undefined;

/** A route for one method and path (no query). */
export function on(method: string, path: string, respond: (request: FakeRequest) => Response | Promise<Response>): FakeRoute {
  return (request) => (request.method === method && request.path === path ? respond(request) : undefined);
}

export const noContent = () => new Response(null, { status: 204 });

/** The query string of the latest request to `path`, as a plain object. */
export function lastQuery(backend: FakeBackend, path: string): Record<string, string> | undefined {
  const call = backend.calls.filter((c) => c.path === path).at(-1);
  return call ? Object.fromEntries(call.query) : undefined;
}

export function pageOf<T>(items: T[], total = items.length): TPage<T> {
  return { items, total, page: 1, pageSize: 20 };
}

export interface FakeBackend {
  fetch: typeof fetch;
  /** Every request as `METHOD path`, with the language it asked for. */
  requests: { method: string; path: string; language: string | null }[];
  /** Every request with its query and body, for asserting what a screen sent. */
  calls: FakeRequest[];
}

export interface FakeBackendOptions {
  user?: TCurrentUser;
  login?: (body: unknown) => Response;
  /** The test's own answers, tried in order before the built-in ones. */
  routes?: FakeRoute[];
}

/**
 * Stands in for the services at the HTTP boundary: the user for `/me`, every health check up,
 * `login` and any `routes` answered by the test. Anything else is a 404, so a screen calling an
 * address the test did not expect shows an error instead of ending the session.
 */
export function fakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const requests: FakeBackend['requests'] = [];
  const calls: FakeRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    requests.push({ method, path: url, language: new Headers(init?.headers).get('Accept-Language') });
    const [path = url, search = ''] = url.split('?');
    const request: FakeRequest = { method, path, query: new URLSearchParams(search), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined };
    calls.push(request);
    for (const route of options.routes ?? []) {
      const response = await route(request);
      if (response) return response;
    }
    const health = /^\/api\/([\w-]+)\/health$/.exec(path);
    if (health) return Response.json({ status: 'ok', service: health[1], database: 'up' });
    if (path === '/api/platform/auth/login' && options.login) return options.login(request.body);
    if (path === '/api/platform/me') return options.user ? Response.json(options.user) : unauthenticated();
    if (path === '/api/platform/auth/logout') return noContent();
    if (path === '/api/platform/me/notifications/summary') return Response.json({ unread: 0 });
    if (path === '/api/platform/me/notifications') return Response.json(pageOf([]));
    if (path === '/api/platform/auth/refresh') return unauthenticated();
    return errorResponse({ statusCode: 404, code: 'NOT_FOUND', message: `测试未提供 ${method} ${path}` });
  };
  return { fetch, requests, calls };
}

const unauthenticated = () => errorResponse({ statusCode: 401, code: 'UNAUTHENTICATED', message: '未登录' });
