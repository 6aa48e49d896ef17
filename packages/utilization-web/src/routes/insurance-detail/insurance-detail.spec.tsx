import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TInsurancePolicyDetail } from '@ipbureau/domain/utilization';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeClaim, makePolicy } from '../../testing/product-factories';
import { makePremiumPayment } from '../../testing/fund-factories';

const claim = makeClaim({ version: 3 });
const policy = makePolicy({ claims: [claim] });
const paid: TInsurancePolicyDetail = { ...policy, paidClaims: '350000.10', claims: [{ ...claim, status: 'paid', paidAmount: '350000.10', decidedDate: '2024-04-01', allowedActions: [], version: 4 }] };

/** The policy as the server holds it; a decision replaces it with `after`. */
function policyServer(after: TInsurancePolicyDetail | { status: number; body: unknown }) {
  let current = policy;
  return ({ method, path }: Call) => {
    if (method === 'GET' && path === `/api/utilization/insurance-policies/${policy.id}`) return { body: current };
    if (method === 'POST' && path === `/api/utilization/insurance-claims/${claim.id}/transitions`) {
      if ('id' in after) {
        current = after;
        return { status: 201, body: after };
      }
      return after;
    }
    return undefined;
  };
}
const two = (label: string) => new RegExp(`^${label.split('').join('\\s*')}$`);
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function pay(amount: string) {
  fireEvent.click(await screen.findByRole('button', { name: two('赔付') }));
  fill('赔付/拒赔日期', '2024-04-01');
  fill('赔付金额（元）', amount);
  fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
}

describe('the insurance policy page', () => {
  it('shows the policy’s figures and a filed claim with the decisions it allows', async () => {
    renderScreen(`/utilization/insurance/${policy.id}`, fakeBackend(policyServer(paid)));
    expect(await screen.findByText('500,000.00')).toBeTruthy();
    expect(screen.getByText('5,000.00')).toBeTruthy();
    const row = screen.getByText('维权诉讼费用').closest('tr') as HTMLElement;
    expect(within(row).getByText('已报案')).toBeTruthy();
    expect(within(row).getByRole('button', { name: two('拒赔') })).toBeTruthy();
  });

  it('pays a claim with the exact amount and the version shown, then shows it paid', async () => {
    const backend = fakeBackend(policyServer(paid));
    renderScreen(`/utilization/insurance/${policy.id}`, backend);
    await pay('350000.10');
    await waitFor(() => expect(screen.getByTestId('paid-claims').textContent).toBe('350,000.10'));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'pay', version: 3, effectiveDate: '2024-04-01', paidAmount: '350000.10' });
    expect(await screen.findByText('已赔付')).toBeTruthy();
  });

  it('shows why the server refuses a payment beside the amount', async () => {
    const issues = [{ path: 'paidAmount', code: 'custom', message: '赔付金额超过保险金额的剩余额度 150,000.00 元' }];
    renderScreen(`/utilization/insurance/${policy.id}`, fakeBackend(policyServer({ status: 422, body: { statusCode: 422, code: 'UNPROCESSABLE', message: '无法处理', issues } })));
    await pay('150000.01');
    expect(await screen.findByText('赔付金额超过保险金额的剩余额度 150,000.00 元')).toBeTruthy();
    expect(screen.getByTestId('paid-claims').textContent).toBe('0.00');
  });

  it('applies to pay the premium subsidy with the version shown, then shows it pending and the button closed', async () => {
    const pending = makePremiumPayment({ policyId: policy.id, amount: policy.premiumSubsidy, applicationDate: '2025-02-01' });
    let current = policy;
    const backend = fakeBackend(({ method, path }: Call) => {
      if (method === 'GET' && path === `/api/utilization/insurance-policies/${policy.id}`) return { body: current };
      if (method === 'POST' && path === '/api/utilization/premium-subsidy-payments') {
        current = { ...policy, subsidyPayments: [pending] };
        return { status: 201, body: pending };
      }
      return undefined;
    });
    renderScreen(`/utilization/insurance/${policy.id}`, backend);
    expect(await screen.findByText('尚未申请支付')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '申请支付保费补贴' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('申请支付保费补贴：5,000.00 元')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('申请日期'), { target: { value: '2025-02-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '申请支付保费补贴' }));
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ policyId: policy.id, version: policy.version, applicationDate: '2025-02-01' }));
    expect(await screen.findByText('待审批')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: '申请支付保费补贴' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('shows the premium subsidy paid with its date and closes the application; a policy without subsidy offers none', async () => {
    const done = makePremiumPayment({ status: 'approved', paidOn: '2025-03-01', decidedByName: '黄副科长' });
    const paidPolicy = { ...policy, premiumSubsidyPaidAmount: '5000.10', premiumSubsidyPaidOn: '2025-03-01', subsidyPayments: [done] };
    const none = makePolicy({ id: '00000000-0000-4000-8000-000000000777', premiumSubsidy: '0.00' });
    renderScreen(`/utilization/insurance/${policy.id}`, fakeBackend(({ path }: Call) => (path === `/api/utilization/insurance-policies/${policy.id}` ? { body: paidPolicy } : undefined)));
    expect(await screen.findByText('已支付 5,000.10 元（2025-03-01）')).toBeTruthy();
    expect(screen.getByText('黄副科长')).toBeTruthy();
    expect((screen.getByRole('button', { name: '申请支付保费补贴' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    renderScreen(`/utilization/insurance/${none.id}`, fakeBackend(({ path }: Call) => (path === `/api/utilization/insurance-policies/${none.id}` ? { body: none } : undefined)));
    await waitFor(() => expect((screen.getByRole('button', { name: '申请支付保费补贴' }) as HTMLButtonElement).disabled).toBe(true));
  });
});
