import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { queryKeys } from '../query-keys';
import { queryHarness } from '../testing/query-harness';
import { useRevokeSession } from './sessions.mutations';

describe('useRevokeSession', () => {
  it('sends DELETE for the session and marks every page of the list stale', async () => {
    const { wrapper, calls, queryClient } = queryHarness(() => new Response(null, { status: 204 }));
    queryClient.setQueryData(queryKeys.sessions.list({ page: 2, pageSize: 20 }), { items: [], total: 0, page: 2, pageSize: 20 });

    const { result } = renderHook(() => useRevokeSession(), { wrapper });
    await act(() => result.current.mutateAsync('00000000-0000-4000-8000-0000000000aa'));

    expect(calls).toEqual([{ method: 'DELETE', url: '/api/platform/sessions/00000000-0000-4000-8000-0000000000aa', body: undefined }]);
    expect(queryClient.getQueryState(queryKeys.sessions.list({ page: 2, pageSize: 20 }))?.isInvalidated).toBe(true);
  });
});
