import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen } from '../../testing/render-screen';

const BY_YEAR: Record<string, string> = { '2021': '0.10', '2022': '0.20', '2023': '150000000.00', '2024': '250000000.00', '2025': '0.00' };

describe('the financing overview', () => {
  it('asks the metric for each plan year and compares the period total with the 800,000,000 target', async () => {
    const backend = fakeBackend(({ path, query }) => {
      if (path === '/api/utilization/metrics/pledges.amount_in_period') {
        const year = query.get('from')?.slice(0, 4) ?? '';
        return { body: { key: 'pledges.amount_in_period', semantics: 'flow', value: BY_YEAR[year], unit: { 'zh-CN': '元', en: 'yuan' }, asOf: null, from: query.get('from'), to: query.get('to'), regionCode: '440500', computedAt: '2026-01-01T00:00:00Z' } };
      }
      if (path === '/api/utilization/metrics/pledges.outstanding') {
        return { body: { key: 'pledges.outstanding', semantics: 'stock', value: '123456789.00', unit: { 'zh-CN': '元', en: 'yuan' }, asOf: query.get('asOf'), from: null, to: null, regionCode: '440500', computedAt: '2026-01-01T00:00:00Z' } };
      }
      return undefined;
    });
    renderScreen('/utilization/overview', backend);

    // 0.10 + 0.20 + 150,000,000 + 250,000,000 = 400,000,000.30 yuan = 40,000.00 万元, half the target.
    expect(await screen.findByText('50.0%')).toBeTruthy();
    await waitFor(() => expect(document.body.textContent).toContain('40,000'));
    expect(document.body.textContent).toContain('12,345.68');
    const windows = backend.calls.filter((c) => c.path.endsWith('amount_in_period')).map((c) => `${c.query.get('from')}…${c.query.get('to')}`);
    expect(windows.sort()).toEqual(['2021-01-01…2021-12-31', '2022-01-01…2022-12-31', '2023-01-01…2023-12-31', '2024-01-01…2024-12-31', '2025-01-01…2025-12-31']);
    expect(screen.getByRole('img', { name: '各年度质押融资额与规划目标（万元）' })).toBeTruthy();

    // Narrowed to one district, every figure is asked again for it.
    fireEvent.mouseDown(screen.getByLabelText('所在区县'));
    fireEvent.click((await screen.findAllByTitle('澄海区')).at(-1)!);
    await waitFor(() => expect(backend.calls.filter((c) => c.path.includes('/metrics/') && c.query.get('district') === '440515')).toHaveLength(6));
  });

  it('draws the financing by pledged right and by lender for the plan period, then for one year and district', async () => {
    const breakdown = (from: string, to: string, regionCode: string) => ({
      from,
      to,
      regionCode,
      total: { amount: '1000300.30', count: 4 },
      byRightKind: [
        { rightKind: 'patent', amount: '1000000.00', count: 1 },
        { rightKind: 'trademark', amount: '0.30', count: 2 },
        { rightKind: 'gi', amount: '300.00', count: 1 },
      ],
      byLender: from.startsWith('2023') ? [] : [
        { lenderCreditCode: '914405001923045683', lenderName: '中国银行汕头分行', amount: '1000000.20', count: 2 },
        { lenderCreditCode: null, lenderName: '汕头农商银行', amount: '300.00', count: 1 },
      ],
      byDistrict: [],
    });
    const backend = fakeBackend(({ path, query }) => {
      if (path === '/api/utilization/pledge-metrics/breakdown') return { body: breakdown(query.get('from')!, query.get('to')!, query.get('district') ?? '440500') };
      if (path.startsWith('/api/utilization/metrics/')) return { body: { key: 'x', semantics: 'flow', value: '0.00', unit: { 'zh-CN': '元', en: 'yuan' }, asOf: null, from: null, to: null, regionCode: '440500', computedAt: '2026-01-01T00:00:00Z' } };
      return undefined;
    });
    renderScreen('/utilization/overview', backend);

    expect(await screen.findByRole('img', { name: '按质押权利类型的融资额（万元）' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '按贷款银行的融资额（万元）' })).toBeTruthy();
    await waitFor(() => expect(document.body.textContent).toContain('中国银行汕头分行（2 笔）'));
    expect(document.body.textContent).toContain('注册商标专用权（2 笔）');
    const asked = () => backend.calls.filter((c) => c.path.endsWith('/breakdown')).map((c) => `${c.query.get('from')}…${c.query.get('to')}…${c.query.get('district') ?? ''}`);
    expect(asked()).toEqual(['2021-01-01…2025-12-31…']);

    fireEvent.mouseDown(screen.getByLabelText('统计期间'));
    fireEvent.click((await screen.findAllByTitle('2023 年')).at(-1)!);
    expect(await screen.findByText('该期间没有登记的质押融资')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('所在区县'));
    fireEvent.click((await screen.findAllByTitle('澄海区')).at(-1)!);
    await waitFor(() => expect(asked()).toContain('2023-01-01…2023-12-31…440515'));
  });
});
