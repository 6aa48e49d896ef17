import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { TCurrentUser } from '@ipbureau/domain';
import { ApiClientProvider, createApiClient, createTokenStore } from '@ipbureau/api-client';
import { protectionModule } from '../protection.module';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** Answers a call: a status and a body, or undefined for 404. */
export type Responder = (call: RecordedCall) => { status?: number; body: unknown } | undefined;

export const OFFICER: TCurrentUser = {
  id: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10',
  username: 'zheng',
  displayName: '郑执法',
  roles: ['protection:officer'],
  regionCode: '440500',
  departmentId: null,
  dataScope: { kind: 'region' },
  mustChangePassword: false,
};

/**
 * Renders the pillar's routes at `path` over a fake backend: `/api/platform/me` answers with the
 * officer, everything else with `respond`. Every call is recorded.
 */
export function renderScreen(path: string, respond: Responder): RenderResult & { calls: RecordedCall[]; router: ReturnType<typeof createMemoryRouter> } {
  const calls: RecordedCall[] = [];
  const tokens = createTokenStore(null);
  tokens.save({ accessToken: 'test', refreshToken: 'test' });
  const client = createApiClient({
    tokens,
    locale: () => 'zh-CN',
    fetch: (input, init = {}) => {
      const url = new URL(String(input), 'http://localhost');
      const call = { method: init.method ?? 'GET', path: url.pathname, query: url.searchParams, body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined };
      calls.push(call);
      const answer = call.path === '/api/platform/me' ? { body: OFFICER } : respond(call);
      const status = answer?.status ?? (answer ? 200 : 404);
      const body = answer?.body ?? { statusCode: 404, code: 'NOT_FOUND', message: '不存在' };
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    },
  });
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({ lng: 'zh-CN', resources: { 'zh-CN': { protection: protectionModule.messages['zh-CN'] } }, interpolation: { escapeValue: false } });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: protectionModule.basePath, children: protectionModule.routes }], { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientProvider client={client}>
          <RouterProvider router={router} />
        </ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, calls, router };
}
