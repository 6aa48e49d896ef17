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
  handlingTime: CASE_KINDS.map((kind) => (kind === 'counterfeit_patent' ? { kind, closed: 4, averageDays: '40.0', p90Days: '76.0' } : { kind, closed: 0, averageDays: null, p90Days: null })),
};

describe('the protection overview', () => {
  it('shows the year’s totals and charts of cases by kind, by month and of the handling time by kind', async () => {
    const { calls } = renderScreen('/protection', () => ({ body: summary }));
    expect(await screen.findByText('1,285,100.00 元')).toBeTruthy();
    // The statistics, not a chart's axis tick with the same figure.
    const statistic = (value: string) => screen.getAllByText(value).some((el) => el.closest('.ant-statistic'));
    expect(statistic('20')).toBe(true);
    expect(statistic('7')).toBe(true);
    for (const chart of ['各类案件立案数', '每月立案与结案', '本年结案的办案时长（立案至结案，天；括号内为结案数）']) expect(screen.getByRole('img', { name: chart }).querySelector('svg')).not.toBeNull();
    // The monthly chart draws both series (axis labels depend on the layout's width, which jsdom has not).
    expect(screen.getByRole('img', { name: '每月立案与结案' }).textContent).toMatch(/立案数[\s\S]*结案数/);
    expect(screen.getByRole('img', { name: '本年结案的办案时长（立案至结案，天；括号内为结案数）' }).textContent).toMatch(/平均天数[\s\S]*第90百分位天数/);
    expect(calls.find((c) => c.path === '/api/protection/cases/summary')?.query.get('year')).toMatch(/^\d{4}$/);
  });
});
