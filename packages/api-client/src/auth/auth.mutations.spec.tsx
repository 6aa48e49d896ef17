import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { TCurrentUser } from '@ipbureau/domain';
import { createApiClient } from '../client/api-client';
import { createTokenStore } from '../client/token-store';
import { queryKeys } from '../query-keys';
import { ApiClientProvider } from '../react/api-client-context';
import { useLogin, useLogout } from './auth.mutations';

const user: TCurrentUser = {
  id: '00000000-0000-4000-8000-000000000002',
  username: 'leader',
  displayName: '李局长',
  roles: ['plan:viewer'],
  regionCode: '440500',
  departmentId: null,
  dataScope: { kind: 'region' },
  mustChangePassword: false,
};

function harness(respond: (url: string) => Response) {
  const tokens = createTokenStore(null);
  const client = createApiClient({ tokens, locale: () => 'zh-CN', fetch: (input) => Promise.resolve(respond(String(input))) });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { tokens, queryClient, wrapper };
}

describe('useLogin', () => {
  it('keeps the session and the user, and still calls the caller’s onSuccess', async () => {
    const body = { tokenType: 'Bearer', accessToken: 'a1', expiresIn: 900, refreshToken: 'r1', refreshExpiresAt: '2030-01-01T00:00:00Z', user };
    const { tokens, queryClient, wrapper } = harness(() => Response.json(body));
    queryClient.setQueryData(['left', 'by', 'previous', 'user'], 'secret');
    const onSuccess = vi.fn();

    const { result } = renderHook(() => useLogin({ onSuccess }), { wrapper });
    await act(() => result.current.mutateAsync({ username: 'leader', password: 'pw' }));

    expect(tokens.getAccessToken()).toBe('a1');
    expect(queryClient.getQueryData(queryKeys.auth.me())).toEqual(user);
    expect(queryClient.getQueryData(['left', 'by', 'previous', 'user'])).toBeUndefined();
    expect(onSuccess).toHaveBeenCalledOnce();
  });
});

describe('useLogout', () => {
  it('ends the local session even when the server cannot be reached', async () => {
    const { tokens, queryClient, wrapper } = harness(() => {
      throw new TypeError('offline');
    });
    tokens.save({ accessToken: 'a1', refreshToken: 'r1' });
    queryClient.setQueryData(queryKeys.auth.me(), user);

    const { result } = renderHook(() => useLogout(), { wrapper });
    act(() => result.current.mutate());

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(tokens.hasSession()).toBe(false);
    expect(queryClient.getQueryData(queryKeys.auth.me())).toBeUndefined();
  });
});
