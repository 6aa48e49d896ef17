import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, renderScreen } from '../../testing/render-screen';
import { pageOf } from '../../testing/factories';
import { makeClaim, makeEntry, makeFund } from '../../testing/fund-factories';

const fund = makeFund();
const entries = [
  makeEntry({ kind: 'claim_payment', entryDate: '2025-08-01', amount: '600000.00', signedAmount: '-600000.00', balanceAfter: '2400000.00', funderName: null, pledgeId: makeClaim().pledgeId, claimId: makeClaim().id }),
  makeEntry({ entryDate: '2025-01-01', amount: '3000000.00', balanceAfter: '3000000.00' }),
];

function fundServer(balance = fund.balance) {
  let current = { ...fund, balance };
  return ({ method, path }: { method: string; path: string }) => {
    if (path === '/api/utilization/funds') return { body: [current] };
    if (path === `/api/utilization/funds/${fund.id}/ledger`) return { body: pageOf(entries) };
    if (path === `/api/utilization/funds/${fund.id}/balance-series`) return { body: { fundId: fund.id, points: [{ date: '2025-01-01', balance: '3000000.00' }, { date: '2025-08-01', balance: '2400000.00' }] } };
    if (path === `/api/utilization/funds/${fund.id}/rules`) return { body: [{ id: 'r', fundId: fund.id, compensationRatio: '0.4', capPerLoan: '1000000.00', effectiveFrom: '2024-01-01', effectiveTo: null, basis: '汕市监〔2024〕1号', createdAt: '2024-01-01T00:00:00Z' }] };
    if (path === '/api/utilization/fund-claims') return { body: pageOf([makeClaim({ status: 'approved', paidOn: '2025-08-01', amount: '600000.00' })]) };
    if (method === 'POST' && path === `/api/utilization/funds/${fund.id}/contributions`) {
      current = { ...current, balance: '2400000.30' };
      return { status: 201, body: makeEntry({ amount: '0.30', balanceAfter: '2400000.30' }) };
    }
    return undefined;
  };
}

describe('the fund ledger', () => {
  it('shows the balance, the rule, the balance chart and each entry with its direction and end-of-day balance', async () => {
    renderScreen('/utilization/funds', fakeBackend(fundServer()));
    expect(await screen.findByText('2024-01-01 起：补偿比例 40%，单笔上限 1,000,000.00 元')).toBeTruthy();
    await waitFor(() => expect(document.body.textContent).toContain('2,400,000'));
    expect(screen.getByRole('img', { name: '资金余额变化（元）' })).toBeTruthy();
    const payment = (await screen.findByText('-600,000.00')).closest('tr') as HTMLElement;
    expect(within(payment).getByText('代偿支付')).toBeTruthy();
    expect(within(payment).getByText('2,400,000.00')).toBeTruthy();
    const contribution = screen.getByText('汕头市财政局').closest('tr') as HTMLElement;
    expect(within(contribution).getByText('注资')).toBeTruthy();
    expect(within(contribution).getAllByText('3,000,000.00')).toHaveLength(2);
  });

  it('records a contribution as the exact decimal typed and shows the new balance', async () => {
    const backend = fakeBackend(fundServer());
    renderScreen('/utilization/funds', backend);
    fireEvent.click(await screen.findByRole('button', { name: '登记注资' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('出资方'), { target: { value: '汕头市财政局' } });
    fireEvent.change(within(dialog).getByLabelText('日期'), { target: { value: '2025-09-01' } });
    fireEvent.change(within(dialog).getByLabelText('金额（元）'), { target: { value: '0.30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ funderName: '汕头市财政局', entryDate: '2025-09-01', amount: '0.30' }));
    await waitFor(() => expect(document.body.textContent).toContain('2,400,000.30'));
  });
});
