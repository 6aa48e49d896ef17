import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TInsurancePolicyDetail } from '@ipbureau/domain/utilization';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeClaim, makePolicy } from '../../testing/product-factories';

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
});
