import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createApiClient } from '../client/api-client';
import { createTokenStore } from '../client/token-store';
import { ApiClientProvider } from '../react/api-client-context';

export interface RecordedCall {
  method: string;
  url: string;
  body: unknown;
}

/**
 * A client and a query cache wired to `respond` at the fetch boundary, plus the wrapper hooks
 * render under. Every call is recorded with its parsed body.
 */
export function queryHarness(respond: (url: string, init: RequestInit) => Response) {
  const calls: RecordedCall[] = [];
  const tokens = createTokenStore(null);
  const client = createApiClient({
    tokens,
    locale: () => 'zh-CN',
    fetch: (input, init = {}) => {
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ method: init.method ?? 'GET', url: String(input), body });
      return Promise.resolve(respond(String(input), init));
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { tokens, client, queryClient, wrapper, calls };
}
