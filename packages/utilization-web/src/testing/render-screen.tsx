import { render, type RenderResult } from '@testing-library/react';
import { App as AntApp } from 'antd';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiClientProvider, createApiClient, createTokenStore } from '@ipbureau/api-client';
import { utilizationModule } from '../utilization.module';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
type Reply = { status?: number; body: unknown };
export type Route = (call: Call) => Reply | undefined;

const ME = {
  id: '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01',
  username: 'lin',
  displayName: '林经办',
  roles: ['utilization:officer'],
  regionCode: '440500',
  departmentId: null,
  dataScope: { kind: 'region' },
  mustChangePassword: false,
};

/**
 * A fake of the services: `routes` answer in order (the first that returns a reply wins); the
 * signed-in user and health are answered for every screen; anything else is a 404.
 */
export function fakeBackend(...routes: Route[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const call: Call = { method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const reply =
      routes.map((route) => route(call)).find((r) => r !== undefined) ??
      (call.path === '/api/platform/me' ? { body: ME } : undefined) ??
      (call.path === '/api/utilization/health' ? { body: { service: 'utilization', status: 'ok', database: 'up' } } : undefined) ?? {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: `no fake for ${call.method} ${call.path}` },
      };
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

/** One of the pillar's screens at `path`, signed in, in Chinese, against `backend`. */
export function renderScreen(path: string, backend: ReturnType<typeof fakeBackend>): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { utilization: utilizationModule.messages['zh-CN'] }, en: { utilization: utilizationModule.messages.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  const tokens = createTokenStore(memoryStorage());
  tokens.save({ accessToken: 'access-token', refreshToken: 'refresh-token-0123456789' });
  const client = createApiClient({ tokens, locale: () => 'zh-CN', fetch: backend.fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: utilizationModule.basePath, children: utilizationModule.routes }], { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client}>
          <AntApp>
            <RouterProvider router={router} />
          </AntApp>
        </ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, router };
}
