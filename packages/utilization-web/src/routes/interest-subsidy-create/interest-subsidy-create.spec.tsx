import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makePledge, pageOf } from '../../testing/factories';
import { makeSubsidy } from '../../testing/fund-factories';

const loan = makePledge({ status: 'disbursed', pledgorName: '汕头市某化工有限公司', disbursementDate: '2024-06-01', disbursedAmount: '5000000.00' });
const subsidy = makeSubsidy({ pledgeId: loan.id });

describe('entering an interest subsidy', () => {
  it('sends each period’s interest as typed and opens the calculation the server made', async () => {
    const backend = fakeBackend(({ method, path }: Call) => {
      if (path === '/api/utilization/pledges') return { body: pageOf([loan]) };
      if (method === 'POST' && path === '/api/utilization/interest-subsidies') return { status: 201, body: subsidy };
      if (path === `/api/utilization/interest-subsidies/${subsidy.id}`) return { body: subsidy };
      return undefined;
    });
    renderScreen('/utilization/interest-subsidies/new', backend);
    fireEvent.mouseDown(await screen.findByLabelText('质押贷款'));
    fireEvent.click((await screen.findAllByText(/汕头市某化工有限公司/)).at(-1)!);
    fireEvent.change(screen.getByLabelText('申请日期'), { target: { value: '2025-04-10' } });
    fireEvent.change(screen.getByLabelText('计息期起 1'), { target: { value: '2024-06-01' } });
    fireEvent.change(screen.getByLabelText('计息期止 1'), { target: { value: '2024-09-30' } });
    fireEvent.change(screen.getByLabelText('付息日 1'), { target: { value: '2024-09-30' } });
    fireEvent.change(screen.getByLabelText('实付利息（元） 1'), { target: { value: '60000.00' } });
    fireEvent.click(screen.getByRole('button', { name: /计算并提交审批/ }));

    await waitFor(() =>
      expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({
        pledgeId: loan.id,
        applicationDate: '2025-04-10',
        periods: [{ periodFrom: '2024-06-01', periodTo: '2024-09-30', paidOn: '2024-09-30', interestPaid: '60000.00' }],
      }),
    );
    expect((await screen.findByTestId('subsidy-total')).textContent).toBe('54,000.00');
  });
});
