import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, renderScreen } from '../../testing/render-screen';
import { pageOf } from '../../testing/factories';
import { makePremiumPayment, makeSubsidy } from '../../testing/fund-factories';

const subsidy = makeSubsidy({ status: 'approved', paidOn: '2025-03-05', decidedByName: '陈科长' });
const payment = makePremiumPayment({ status: 'pending' });

const exportSpy = () => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
  return vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
};

describe('the subsidy lists', () => {
  it('lists interest subsidies with exact amounts, asks for the filters chosen and exports the filtered list', async () => {
    const saved = exportSpy();
    const backend = fakeBackend(({ path }) => (path === '/api/utilization/interest-subsidies' ? { body: pageOf([subsidy]) } : undefined));
    renderScreen('/utilization/interest-subsidies', backend);
    const link = await screen.findByRole('link', { name: subsidy.enterpriseName });
    expect(link.getAttribute('href')).toBe(`/utilization/interest-subsidies/${subsidy.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('54,000.00')).toBeTruthy();
    expect(within(row).getByText('已审批支付')).toBeTruthy();
    expect(within(row).getByText('2025-03-05')).toBeTruthy();

    fireEvent.mouseDown(screen.getByLabelText('状态'));
    fireEvent.click((await screen.findAllByTitle('待审批')).at(-1)!);
    fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: subsidy.enterpriseCreditCode } });
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => {
      const last = backend.calls.filter((c) => c.path === '/api/utilization/interest-subsidies').at(-1);
      expect(Object.fromEntries(last?.query ?? [])).toEqual({ status: 'pending', enterpriseCreditCode: subsidy.enterpriseCreditCode, page: '1', pageSize: '20' });
    });
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    const exported = backend.calls.filter((c) => c.query.get('format') === 'xlsx');
    expect(exported.map((c) => [c.path, Object.fromEntries(c.query)])).toEqual([['/api/utilization/interest-subsidies', { status: 'pending', enterpriseCreditCode: subsidy.enterpriseCreditCode, format: 'xlsx' }]]);
    saved.mockRestore();
  });

  it('lists premium subsidy payments linked to their policies and exports them', async () => {
    const saved = exportSpy();
    const backend = fakeBackend(({ path }) => (path === '/api/utilization/premium-subsidy-payments' ? { body: pageOf([payment]) } : undefined));
    renderScreen('/utilization/premium-subsidies', backend);
    const link = await screen.findByRole('link', { name: payment.policyNumber });
    expect(link.getAttribute('href')).toBe(`/utilization/insurance/${payment.policyId}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('5,000.10')).toBeTruthy();
    expect(within(row).getByText('待审批')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(backend.calls.filter((c) => c.query.get('format') === 'xlsx').map((c) => c.path)).toEqual(['/api/utilization/premium-subsidy-payments']);
    saved.mockRestore();
  });
});
