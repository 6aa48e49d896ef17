import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, renderModule, type FakeCall } from '@ipbureau/web-testing';
import { utilizationModule } from '../../utilization.module';
import { pageOf } from '../../testing/factories';
import { makeApproval, makeClaim, makePremiumPayment, makeSubsidy, uuid } from '../../testing/fund-factories';

const APPROVER = { id: uuid(7), username: 'chen', displayName: '陈科长', roles: ['utilization:approver'], regionCode: '440500', departmentId: null, dataScope: { kind: 'region' }, mustChangePassword: false };

const claim = makeClaim({ version: 3 });
const subsidy = makeSubsidy();
const claimApproval = makeApproval();
const ownApproval = makeApproval({ kind: 'interest_subsidy', subjectId: subsidy.id, summary: '陈科长录入的贴息', amount: '54000.00', enteredBy: APPROVER.id, enteredByName: '陈科长' });

function server({ method, path }: FakeCall) {
  if (path === '/api/utilization/payment-approvals') return { body: pageOf([claimApproval, ownApproval]) };
  if (path === `/api/utilization/fund-claims/${claim.id}`) return { body: claim };
  if (method === 'POST' && path === `/api/utilization/fund-claims/${claim.id}/decision`) return { status: 201, body: { ...claim, status: 'approved' } };
  return undefined;
}

const render = () => {
  const backend = fakeBackend({ me: APPROVER, service: 'utilization' }, server);
  renderModule(utilizationModule, '/utilization/payment-approvals', backend.fetch);
  return backend;
};

describe('the payment approval queue', () => {
  it('asks for the pending payments and never offers the approver a decision on their own entry', async () => {
    const backend = render();
    const own = (await screen.findByText('陈科长录入的贴息')).closest('tr') as HTMLElement;
    await waitFor(() => expect((within(own).getByRole('button', { name: /审\s*批/ }) as HTMLButtonElement).disabled).toBe(true));
    const other = screen.getByText(claimApproval.summary).closest('tr') as HTMLElement;
    expect((within(other).getByRole('button', { name: /审\s*批/ }) as HTMLButtonElement).disabled).toBe(false);
    expect(within(other).getByText('800,000.00')).toBeTruthy();
    expect(backend.calls.find((c) => c.path === '/api/utilization/payment-approvals')?.query.get('status')).toBe('pending');
  });

  it('shows the claim’s calculation and approves it with the version read; a rejection needs an opinion', async () => {
    const backend = render();
    const row = (await screen.findByText(claimApproval.summary)).closest('tr') as HTMLElement;
    await waitFor(() => expect((within(row).getByRole('button', { name: /审\s*批/ }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(row).getByRole('button', { name: /审\s*批/ }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('已按单笔上限封顶')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    expect(await within(dialog).findByText('驳回须填写审批意见')).toBeTruthy();
    expect(backend.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('审批日期（批准即支付日）'), { target: { value: '2025-08-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /批准并支付/ }));
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ decision: 'approve', version: 3, effectiveDate: '2025-08-01' }));
  });

  it('shows a premium subsidy payment to its checker and sends the decision to the payment’s own record', async () => {
    const payment = makePremiumPayment({ version: 2 });
    const approval = makeApproval({ kind: 'premium_subsidy', subjectId: payment.id, summary: '汕头市金平区某包装有限公司 · PICC00000001', amount: '5000.10' });
    const backend = fakeBackend({ me: APPROVER, service: 'utilization' }, ({ method, path }: FakeCall) => {
      if (path === '/api/utilization/payment-approvals') return { body: pageOf([approval]) };
      if (path === `/api/utilization/premium-subsidy-payments/${payment.id}`) return { body: payment };
      if (method === 'POST' && path === `/api/utilization/premium-subsidy-payments/${payment.id}/decision`) return { status: 201, body: { ...payment, status: 'approved' } };
      return undefined;
    });
    renderModule(utilizationModule, '/utilization/payment-approvals', backend.fetch);
    const row = (await screen.findByText(approval.summary)).closest('tr') as HTMLElement;
    expect(within(row).getByText('知识产权保险保费补贴')).toBeTruthy();
    expect(within(row).getByRole('link', { name: approval.summary }).getAttribute('href')).toBe(`/utilization/premium-subsidy-payments/${payment.id}`);
    await waitFor(() => expect((within(row).getByRole('button', { name: /审\s*批/ }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(row).getByRole('button', { name: /审\s*批/ }));
    const dialog = await screen.findByRole('dialog');
    expect((await within(dialog).findByTestId('premium-amount')).textContent).toBe('5,000.10');
    fireEvent.change(within(dialog).getByLabelText('审批日期（批准即支付日）'), { target: { value: '2025-03-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /批准并支付/ }));
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ decision: 'approve', version: 2, effectiveDate: '2025-03-01' }));
  });
});
