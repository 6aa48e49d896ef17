import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { TCurrentUser } from '@ipbureau/domain';
import { queryKeys } from '../query-keys';
import { queryHarness } from '../testing/query-harness';
import { useChangePassword, useLogin, useLogout } from './auth.mutations';

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

const harness = queryHarness;

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

describe('useChangePassword', () => {
  it('posts both passwords and marks the profile stale, so the must-change warning can go', async () => {
    const { queryClient, wrapper, calls } = harness(() => new Response(null, { status: 204 }));
    queryClient.setQueryData(queryKeys.auth.me(), { ...user, mustChangePassword: true });
    const onSuccess = vi.fn();

    const { result } = renderHook(() => useChangePassword({ onSuccess }), { wrapper });
    await act(() => result.current.mutateAsync({ currentPassword: 'Old-pass-2024', newPassword: 'New-pass-2025' }));

    expect(calls).toEqual([{ method: 'POST', url: '/api/platform/me/password', body: { currentPassword: 'Old-pass-2024', newPassword: 'New-pass-2025' } }]);
    expect(queryClient.getQueryState(queryKeys.auth.me())?.isInvalidated).toBe(true);
    expect(onSuccess).toHaveBeenCalledOnce();
  });
});
