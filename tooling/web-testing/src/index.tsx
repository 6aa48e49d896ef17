import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp } from 'antd';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiClientProvider, createApiClient, createTokenStore } from '@ipbureau/api-client';

/** One request the screen made, as the fake backend saw it. */
export interface FakeCall {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, or the FormData of an upload. */
  body: unknown;
}
export type FakeReply = { status?: number; body: unknown };
/** Answers a call, or returns undefined to let the next route (and finally a 404) answer. */
export type FakeRoute = (call: FakeCall) => FakeReply | undefined;

/** What a pillar's `-web` package exports for admin-web to mount. */
export interface MountableModule {
  key: string;
  basePath: string;
  routes: RouteObject[];
  messages: Record<'zh-CN' | 'en', object>;
}

/**
 * A fake of the services at the fetch boundary: `routes` answer in order (the first reply wins);
 * the signed-in user (`me`) and the pillar's health are answered for every screen; anything
 * else is a 404 in the error-body shape. Every call is recorded.
 */
export function fakeBackend(options: { me: object; service: string }, ...routes: FakeRoute[]) {
  const calls: FakeCall[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const call: FakeCall = { method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : init?.body instanceof FormData ? init.body : undefined };
    calls.push(call);
    const reply =
      routes.map((route) => route(call)).find((r) => r !== undefined) ??
      (call.path === '/api/platform/me' ? { body: options.me } : undefined) ??
      (call.path === `/api/${options.service}/health` ? { body: { service: options.service, status: 'ok', database: 'up' } } : undefined) ?? {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: `no fake for ${call.method} ${call.path}` },
      };
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

/**
 * antd's CSS-in-JS renders as on a server: no <style> goes into jsdom, whose getComputedStyle
 * otherwise matches every antd rule for each element a role query checks for visibility
 * (protection-web's screens: 101 s → 21 s CPU, the same tests passing). antd still renders its
 * markup and class names; nothing a test asserts depends on the stylesheet. The provider must be
 * the copy antd itself uses, hence the exact version of @ant-design/cssinjs.
 */
export function WithoutStylesheets({ children }: { children: ReactNode }) {
  return <StyleProvider mock="server">{children}</StyleProvider>;
}

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

/** A pillar module's screen at `path`, signed in, in Chinese, with every call going to `fetch`. */
export type ModuleRender = RenderResult & { router: ReturnType<typeof createMemoryRouter> };

export function renderModule(
  module: MountableModule,
  path: string,
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
): ModuleRender {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { [module.key]: module.messages['zh-CN'] }, en: { [module.key]: module.messages.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  const tokens = createTokenStore(memoryStorage());
  tokens.save({ accessToken: 'access-token', refreshToken: 'refresh-token-0123456789' });
  const client = createApiClient({ tokens, locale: () => 'zh-CN', fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: module.basePath, children: module.routes }], { initialEntries: [path] });
  const view = render(
    <WithoutStylesheets>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={client}>
            <AntApp>
              <RouterProvider router={router} />
            </AntApp>
          </ApiClientProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </WithoutStylesheets>,
  );
  return { ...view, router };
}
