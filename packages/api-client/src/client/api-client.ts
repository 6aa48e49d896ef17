import type { TLocale, TTokenResponse } from '@ipbureau/domain';
import { apiErrorFrom, networkError } from './api-error';
import { servicePath } from './services';
import type { TokenStore } from './token-store';

export interface ApiClientOptions {
  /** Origin of the services; '' when the page is served from the same origin (dev proxy, nginx). */
  baseUrl?: string;
  tokens: TokenStore;
  /** Read on every call, so switching the UI language changes the servers' messages at once. */
  locale: () => TLocale;
  /** The session is gone (refresh refused); the app sends the user to the login page. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-encoded, except a FormData, which is sent as multipart (a file upload). */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** false for calls made without a session: login, refresh, health. */
  auth?: boolean;
  /** 'blob' for files (an XLSX export): the body is returned as it came, not parsed. */
  responseType?: 'json' | 'blob';
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  patch<T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  delete<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  readonly tokens: TokenStore;
}

export const REFRESH_PATH = servicePath('platform', '/auth/refresh');

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const { baseUrl = '', tokens, locale, onUnauthorized } = options;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let refreshing: Promise<string | null> | null = null;

  async function send(path: string, request: RequestOptions, accessToken: string | null): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale() };
    // A FormData body (a file upload) goes as multipart; the browser sets its boundary.
    const multipart = typeof FormData !== 'undefined' && request.body instanceof FormData;
    if (request.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    try {
      return await fetchFn(baseUrl + withQuery(path, request.query), {
        method: request.method ?? 'GET',
        headers,
        body: request.body === undefined ? undefined : multipart ? (request.body as FormData) : JSON.stringify(request.body),
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw networkError(locale());
    }
  }

  async function refresh(): Promise<string | null> {
    const refreshToken = tokens.getRefreshToken();
    if (!refreshToken) return null;
    const response = await send(REFRESH_PATH, { method: 'POST', body: { refreshToken } }, null);
    if (response.ok) {
      const session = (await response.json()) as TTokenResponse;
      tokens.save(session);
      return session.accessToken;
    }
    if (response.status === 400 || response.status === 401) {
      // The refresh token is expired, revoked or already rotated: the session is over.
      tokens.clear();
      onUnauthorized?.();
      return null;
    }
    // A server or proxy failure says nothing about the session; keep it for the next try.
    throw await apiErrorFrom(response, locale());
  }

  /** One refresh at a time: concurrent 401s wait for the same rotation instead of racing it. */
  function refreshOnce(): Promise<string | null> {
    refreshing ??= refresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function tokenFor(request: RequestOptions): Promise<string | null> {
    if (request.auth === false) return null;
    // After a reload only the refresh token is left; trade it before the call instead of
    // sending one that is sure to be refused.
    return tokens.getAccessToken() ?? (tokens.getRefreshToken() ? refreshOnce() : null);
  }

  async function request<T>(path: string, request: RequestOptions = {}): Promise<T> {
    const usedToken = await tokenFor(request);
    let response = await send(path, request, usedToken);
    if (response.status === 401 && request.auth !== false) {
      // Another call may have refreshed while this one was in flight; then just use its token.
      const current = tokens.getAccessToken();
      const fresh = current && current !== usedToken ? current : await refreshOnce();
      if (fresh) response = await send(path, request, fresh);
    }
    if (!response.ok) throw await apiErrorFrom(response, locale());
    if (response.status === 204) return undefined as T;
    if (request.responseType === 'blob') return (await response.blob()) as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    request,
    get: (path, rest) => request(path, { ...rest, method: 'GET' }),
    post: (path, body, rest) => request(path, { ...rest, method: 'POST', body }),
    patch: (path, body, rest) => request(path, { ...rest, method: 'PATCH', body }),
    delete: (path, rest) => request(path, { ...rest, method: 'DELETE' }),
    tokens,
  };
}
