import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeBackend, renderScreen } from '../../testing/render-screen';
import { makeSubsidy } from '../../testing/fund-factories';

const subsidy = makeSubsidy();

describe('an interest subsidy', () => {
  it('shows the calculation line by line: interest × ratio, the cap left, what is granted, and the total', async () => {
    renderScreen(`/utilization/interest-subsidies/${subsidy.id}`, fakeBackend(({ path }) => (path === `/api/utilization/interest-subsidies/${subsidy.id}` ? { body: subsidy } : undefined)));
    const capped = (await screen.findByText('40,000.02')).closest('tr') as HTMLElement;
    expect(within(capped).getByText('50%')).toBeTruthy();
    expect(within(capped).getByText('20,000.01')).toBeTruthy();
    // The cap left before the line, and what it grants: the same 20,000.00.
    expect(within(capped).getAllByText('20,000.00')).toHaveLength(2);
    expect(within(capped).getByText('封顶')).toBeTruthy();
    const next = screen.getByText('10,000.00').closest('tr') as HTMLElement;
    expect(within(next).getByText('40%')).toBeTruthy();
    expect(within(next).getByText('2025')).toBeTruthy();
    expect(within(next).queryByText('封顶')).toBeNull();
    expect(screen.getByTestId('subsidy-total').textContent).toBe('54,000.00');
    expect(document.body.textContent).toContain('110,000.02');
    expect(document.body.textContent).toContain('待审批');
  });
});
