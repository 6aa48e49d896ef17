import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { TUser } from '@ipbureau/domain';
import { queryKeys } from '../query-keys';
import { queryHarness } from '../testing/query-harness';
import { useCreateUser, useUnlockUser, useUpdateUser } from './users.mutations';

const user: TUser = {
  id: '00000000-0000-4000-8000-000000000021',
  username: 'chen',
  displayName: '陈科员',
  roles: ['creation:officer'],
  regionCode: '440500',
  departmentId: null,
  dataScope: { kind: 'region' },
  disabled: false,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2025-01-02T08:00:00+08:00',
};
const other = '00000000-0000-4000-8000-000000000022';

/** A cache holding two list pages, this user, another user and an unrelated resource. */
function seeded(respond: (url: string, init: RequestInit) => Response) {
  const harness = queryHarness(respond);
  const { queryClient } = harness;
  const page = { items: [user], total: 1, page: 1, pageSize: 20 };
  queryClient.setQueryData(queryKeys.users.list({ page: 1, pageSize: 20 }), page);
  queryClient.setQueryData(queryKeys.users.list({ page: 1, pageSize: 20, q: 'chen' }), page);
  queryClient.setQueryData(queryKeys.users.detail(user.id), user);
  queryClient.setQueryData(queryKeys.users.detail(other), { ...user, id: other });
  queryClient.setQueryData(queryKeys.departments.tree(), []);
  const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
  return { ...harness, stale };
}

describe('user mutations', () => {
  it('mark every list page and the user stale, and still call the caller’s onSuccess after', async () => {
    const { wrapper, calls, stale } = seeded(() => Response.json({ ...user, disabled: true }));
    const order: string[] = [];
    const onSuccess = vi.fn(() => {
      order.push(stale(queryKeys.users.detail(user.id)) ? 'caller saw it stale' : 'caller ran first');
    });

    const { result } = renderHook(() => useUpdateUser({ onSuccess }), { wrapper });
    await act(() => result.current.mutateAsync({ id: user.id, body: { disabled: true } }));

    expect(calls).toEqual([{ method: 'PATCH', url: `/api/platform/users/${user.id}`, body: { disabled: true } }]);
    expect(stale(queryKeys.users.list({ page: 1, pageSize: 20 }))).toBe(true);
    expect(stale(queryKeys.users.list({ page: 1, pageSize: 20, q: 'chen' }))).toBe(true);
    expect(stale(queryKeys.users.detail(user.id))).toBe(true);
    expect(stale(queryKeys.users.detail(other))).toBe(false);
    expect(stale(queryKeys.departments.tree())).toBe(false);
    expect(order).toEqual(['caller saw it stale']);
  });

  it('leave the cache alone when the server refuses, and pass the error to the caller', async () => {
    const { wrapper, stale } = seeded(() =>
      Response.json({ statusCode: 409, code: 'CONFLICT', message: '用户名 chen 已存在' }, { status: 409 }),
    );
    const onError = vi.fn();

    const { result } = renderHook(() => useCreateUser({ onError }), { wrapper });
    await act(() =>
      result.current
        .mutateAsync({ username: 'chen', displayName: '陈', password: 'Abcdefgh-12', roles: [], regionCode: '440500', departmentId: null, dataScope: { kind: 'region' } })
        .catch(() => undefined),
    );

    expect(onError.mock.calls[0]?.[0]).toMatchObject({ status: 409, message: '用户名 chen 已存在' });
    expect(stale(queryKeys.users.list({ page: 1, pageSize: 20 }))).toBe(false);
  });

  it('unlock with a POST to the user’s unlock address', async () => {
    const { wrapper, calls, stale } = seeded(() => Response.json(user));

    const { result } = renderHook(() => useUnlockUser(), { wrapper });
    await act(() => result.current.mutateAsync(user.id));

    expect(calls).toEqual([{ method: 'POST', url: `/api/platform/users/${user.id}/unlock`, body: undefined }]);
    expect(stale(queryKeys.users.detail(user.id))).toBe(true);
  });
});
