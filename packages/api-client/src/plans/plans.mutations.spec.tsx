import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { queryKeys } from '../query-keys';
import { queryHarness } from '../testing/query-harness';
import { plansApi } from './plans.api';
import { useCreatePlan, useRefreshProgress } from './plans.mutations';

const planId = '00000000-0000-4000-8000-000000000031';
const otherPlan = '00000000-0000-4000-8000-000000000032';

describe('plan mutations', () => {
  it('a new plan is posted to the platform and makes the plan lists stale, not other plans', async () => {
    const { wrapper, calls, queryClient } = queryHarness(() => Response.json({ id: planId }, { status: 201 }));
    queryClient.setQueryData(queryKeys.plans.list({}), { items: [], total: 0, page: 1, pageSize: 20 });
    queryClient.setQueryData(queryKeys.plans.detail(otherPlan), { id: otherPlan });
    const body = { name: { 'zh-CN': '十五五规划', en: '15th plan' }, startYear: 2026, endYear: 2030, indicators: [] };

    const { result } = renderHook(() => useCreatePlan(), { wrapper });
    await act(() => result.current.mutateAsync(body));

    expect(calls).toEqual([{ method: 'POST', url: '/api/platform/plans', body }]);
    expect(queryClient.getQueryState(queryKeys.plans.list({}))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(queryKeys.plans.detail(otherPlan))?.isInvalidated).toBe(false);
  });

  it('a refresh recomputes with the date and district shown and marks every progress view of the plan stale', async () => {
    const { wrapper, calls, queryClient } = queryHarness(() => new Response(null, { status: 204 }));
    queryClient.setQueryData(queryKeys.plans.progress(planId, { asOf: '2025-12-31' }), { stale: false });
    queryClient.setQueryData(queryKeys.plans.progress(planId, { asOf: '2025-12-31', district: '440507' }), { stale: false });
    queryClient.setQueryData(queryKeys.plans.detail(planId), { id: planId });

    const { result } = renderHook(() => useRefreshProgress(), { wrapper });
    await act(() => result.current.mutateAsync({ planId, params: { asOf: '2025-12-31' } }));

    expect(calls).toEqual([{ method: 'POST', url: `/api/platform/plans/${planId}/progress/refresh?asOf=2025-12-31`, body: undefined }]);
    expect(queryClient.getQueryState(queryKeys.plans.progress(planId, { asOf: '2025-12-31', district: '440507' }))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(queryKeys.plans.detail(planId))?.isInvalidated).toBe(false);
  });

  it('the XLSX export comes back as a file, not parsed', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const { client, calls } = queryHarness(() => new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }));
    const file = await plansApi.reportXlsx(client, planId, 2025);
    expect(calls[0]!.url).toBe(`/api/platform/plans/${planId}/report.xlsx?year=2025`);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });
});
