import { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { ApiError, createApiClient, createTokenStore, type ApiClient, type TokenStore } from '@ipbureau/api-client';
import { createI18n, currentLocale } from '../i18n/i18n';
import { PILLARS } from './pillars';

export interface AppContext {
  i18n: I18n;
  tokens: TokenStore;
  api: ApiClient;
  queryClient: QueryClient;
}

export interface AppContextOptions {
  fetch?: typeof fetch;
  /** Where the refresh token lives; sessionStorage in the browser (see createTokenStore). */
  sessionStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Where the language choice lives. */
  localStorage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** A 4xx is an answer, not a hiccup: retrying it only delays the message the user needs. */
function shouldRetry(failures: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/** Everything stateful the app holds, built in one place so tests get a fresh, isolated set. */
export function createAppContext(options: AppContextOptions = {}): AppContext {
  const i18n = createI18n(PILLARS, options.localStorage);
  const tokens = createTokenStore(options.sessionStorage);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: shouldRetry } } });
  const api = createApiClient({
    tokens,
    locale: () => currentLocale(i18n),
    // The token store is already empty; drop what the ended session had loaded.
    onUnauthorized: () => queryClient.removeQueries(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { i18n, tokens, api, queryClient };
}
