import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { TCaseSummary } from '@ipbureau/domain/protection';
import { CASE_KINDS } from '@ipbureau/domain/protection';
import { renderScreen } from '../../testing/render-screen';

const summary: TCaseSummary = {
  year: 2026,
  byKind: CASE_KINDS.map((kind) => ({ kind, registered: kind === 'counterfeit_patent' ? 5 : 1 })),
  byMonth: Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, registered: i === 2 ? 9 : 1, closed: i === 3 ? 4 : 0 })),
  open: 7,
  finesAndConfiscations: '1285100.00',
};

describe('the protection overview', () => {
  it('shows the year’s totals and charts of cases by kind and by month', async () => {
    const { calls } = renderScreen('/protection', () => ({ body: summary }));
    expect(await screen.findByText('1,285,100.00 元')).toBeTruthy();
    expect(screen.getByText('20')).toBeTruthy();
    expect(screen.getByText('7')).toBeTruthy();
    for (const chart of ['各类案件立案数', '每月立案与结案']) expect(screen.getByRole('img', { name: chart }).querySelector('svg')).not.toBeNull();
    // The monthly chart draws both series (axis labels depend on the layout's width, which jsdom has not).
    expect(screen.getByRole('img', { name: '每月立案与结案' }).textContent).toMatch(/立案数[\s\S]*结案数/);
    expect(calls.find((c) => c.path === '/api/protection/cases/summary')?.query.get('year')).toMatch(/^\d{4}$/);
  });
});
