import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { WithoutStylesheets } from '@ipbureau/web-testing';
import { createAppContext } from '../app/app-context';
import { AppProviders } from '../app/app-providers';
import { routes } from '../app/routes';
import type { FakeBackend } from './fake-backend';

export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

/** The whole app, real routes and providers, at `path`, talking to a fake backend. */
export function renderApp(path: string, backend: FakeBackend, options: { signedIn?: boolean; localStorage?: Storage } = {}) {
  const localStorage = options.localStorage ?? memoryStorage();
  const context = createAppContext({ fetch: backend.fetch, sessionStorage: memoryStorage(), localStorage });
  context.queryClient.setDefaultOptions({ queries: { retry: false } });
  if (options.signedIn) context.tokens.save({ accessToken: 'access-token', refreshToken: 'refresh-token-0123456789' });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <WithoutStylesheets>
      <AppProviders context={context}>
        <RouterProvider router={router} />
      </AppProviders>
    </WithoutStylesheets>,
  );
  return { ...view, router, context, localStorage };
}
