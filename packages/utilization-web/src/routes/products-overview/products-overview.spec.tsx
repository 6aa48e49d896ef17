import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen } from '../../testing/render-screen';

/** Each metric's value per year: counts as integers, money as exact decimals. */
const VALUES: Record<string, Record<string, string>> = {
  'insurance.contracts_in_period': { '2021': '100', '2022': '150' },
  'insurance.insured_sum_in_period': { '2021': '10000000.10', '2022': '20000000.20' },
  'transfers.contracts_in_period.assignment': { '2023': '3' },
  'transfers.contracts_in_period.license': { '2023': '4' },
  'transfers.amount_in_period': { '2023': '5000000.00' },
  'awards.count_in_period.national': { '2021': '2' },
  'awards.count_in_period.provincial': { '2022': '3' },
  'awards.count_in_period.municipal': { '2024': '5' },
  'securitization.amount_in_period': { '2024': '100000000.00' },
};

describe('the products overview', () => {
  it('asks every product metric for each plan year and shows each product’s period total', async () => {
    const backend = fakeBackend(({ path, query }) => {
      const key = path.replace('/api/utilization/metrics/', '');
      if (!path.startsWith('/api/utilization/metrics/') || !VALUES[key]) return undefined;
      const year = query.get('from')?.slice(0, 4) ?? '';
      return { body: { key, semantics: 'flow', value: VALUES[key][year] ?? '0', unit: { 'zh-CN': '元', en: 'yuan' }, asOf: null, from: query.get('from'), to: query.get('to'), regionCode: '440500', computedAt: '2026-01-01T00:00:00Z' } };
    });
    renderScreen('/utilization/products-overview', backend);

    // 250 policies insuring 30,000,000.30 yuan = 3,000.00 万元; 7 contracts for 500.00 万元; 10 awards; 10,000.00 万元 securitized.
    await waitFor(() => expect(document.body.textContent).toContain('250 · 3,000.00'), { timeout: 5000 });
    expect(document.body.textContent).toContain('7 · 500.00');
    expect(document.body.textContent).toContain('10,000.00');
    expect(screen.getByRole('img', { name: '获奖（按级别）' })).toBeTruthy();
    for (const key of Object.keys(VALUES)) {
      const windows = backend.calls.filter((c) => c.path.endsWith(key)).map((c) => c.query.get('from'));
      expect(windows.sort(), key).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    }

    fireEvent.mouseDown(screen.getByLabelText('所在区县'));
    fireEvent.click((await screen.findAllByTitle('金平区')).at(-1)!);
    await waitFor(() => expect(backend.calls.filter((c) => c.query.get('district') === '440511')).toHaveLength(45));
  });
});
