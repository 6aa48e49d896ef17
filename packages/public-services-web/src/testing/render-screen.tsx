import type { ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { App as AntApp } from 'antd';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiClientProvider, ApiError, type ApiClient, type RequestOptions, type TokenStore } from '@ipbureau/api-client';
import type { TErrorBody } from '@ipbureau/domain';
import { WithoutStylesheets } from '@ipbureau/web-testing';
import { publicServicesModule } from '../public-services.module';

export interface Call {
  method: string;
  path: string;
  query: RequestOptions['query'];
  body: unknown;
}

type Handler = (call: Call) => unknown;

/**
 * A stand-in for the services: routes `METHOD /api/public-services/...` (without the query) to
 * handlers, records every call, and answers 404 for anything unhandled.
 */
export function fakeApi(handlers: Record<string, Handler>, options: { roles?: string[] } = {}) {
  const calls: Call[] = [];
  const me = { id: '00000000-0000-4000-8000-000000000001', username: 'officer', displayName: '黄监管', roles: options.roles ?? ['public-services:officer'], regionCode: '440500', departmentId: null, dataScope: { kind: 'region' }, mustChangePassword: false };
  handlers = { 'GET /api/platform/me': () => me, ...handlers };
  const request = async <T,>(path: string, options: RequestOptions = {}): Promise<T> => {
    const call = { method: options.method ?? 'GET', path, query: options.query, body: options.body };
    calls.push(call);
    const handler = handlers[`${call.method} ${path}`] ?? Object.entries(handlers).find(([key]) => matches(key, `${call.method} ${path}`))?.[1];
    if (!handler) throw new ApiError({ statusCode: 404, code: 'NOT_FOUND', message: `no fake for ${call.method} ${path}` });
    return (await handler(call)) as T;
  };
  const client: ApiClient = {
    request,
    get: (path, options) => request(path, { ...options, method: 'GET' }),
    post: (path, body, options) => request(path, { ...options, method: 'POST', body }),
    patch: (path, body, options) => request(path, { ...options, method: 'PATCH', body }),
    delete: (path, options) => request(path, { ...options, method: 'DELETE' }),
    // A session that is always there: enough for the hooks that ask whether one is.
    tokens: { hasSession: () => true, subscribe: () => () => undefined } as unknown as TokenStore,
  };
  return { client, calls };
}

/** `GET /api/x/:id` matches `GET /api/x/123`. */
function matches(pattern: string, actual: string): boolean {
  const p = pattern.split('/');
  const a = actual.split('/');
  return p.length === a.length && p.every((part, i) => part.startsWith(':') || part === a[i]);
}

export const refusal = (body: Omit<TErrorBody, 'requestId'>) => new ApiError({ requestId: 'test', ...body });

/** The pillar's real routes under /public-services, with the providers admin-web gives them. */
export function renderScreen(path: string, client: ApiClient, options: { language?: 'zh-CN' | 'en'; routes?: RouteObject[] } = {}): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: options.language ?? 'zh-CN',
    resources: { 'zh-CN': { 'public-services': publicServicesModule.messages['zh-CN'] }, en: { 'public-services': publicServicesModule.messages.en } },
    interpolation: { escapeValue: false },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(options.routes ?? [{ path: publicServicesModule.basePath, children: publicServicesModule.routes }], { initialEntries: [path] });
  const wrap = (node: ReactNode) => (
    <WithoutStylesheets>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={client}>
            <AntApp>{node}</AntApp>
          </ApiClientProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </WithoutStylesheets>
  );
  return { ...render(wrap(<RouterProvider router={router} />)), router };
}
