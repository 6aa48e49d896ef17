import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makePledge, pageOf } from '../../testing/factories';
import { makeClaim, makeFund } from '../../testing/fund-factories';

const fund = makeFund();
const pledge = makePledge({ status: 'defaulted', pledgorName: '汕头市某化工有限公司', rightNumber: 'ZL201710601862.3', outstandingPrincipal: '5000000.00' });

const server = (reply: { status: number; body: unknown }) => ({ method, path }: Call) => {
  if (path === '/api/utilization/funds') return { body: [fund] };
  if (path === '/api/utilization/pledges') return { body: pageOf([pledge]) };
  if (method === 'POST' && path === '/api/utilization/fund-claims') return reply;
  return undefined;
};

async function fillAndSubmit() {
  const choose = async (label: string, option: RegExp) => {
    fireEvent.mouseDown(screen.getByLabelText(label));
    fireEvent.click((await screen.findAllByText(option)).at(-1)!);
  };
  await choose('风险补偿资金', /汕头市知识产权质押融资风险补偿资金/);
  await choose('已违约的质押贷款', /汕头市某化工有限公司/);
  fireEvent.change(screen.getByLabelText('贷款损失金额（元）'), { target: { value: '2000000.00' } });
  fireEvent.change(screen.getByLabelText('申请日期'), { target: { value: '2025-07-01' } });
  fireEvent.click(screen.getByRole('button', { name: /提交审批/ }));
}

describe('entering a fund claim', () => {
  it('sends the defaulted loan and the exact loss, then shows the server’s calculation cut to the cap', async () => {
    const backend = fakeBackend(server({ status: 201, body: makeClaim() }));
    renderScreen('/utilization/fund-claims/new', backend);
    await screen.findByLabelText('风险补偿资金');
    await fillAndSubmit();
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ fundId: fund.id, pledgeId: pledge.id, lossAmount: '2000000.00', claimDate: '2025-07-01' }));
    const amount = await screen.findByTestId('claim-amount');
    expect(amount.textContent).toContain('800,000.00');
    expect(amount.textContent).toContain('已按单笔上限封顶');
    expect(document.body.textContent).toContain('1,000,000.00');
    expect(document.body.textContent).toContain('50%');
  });

  it('shows the refusal of a claim the fund can not pay above the form', async () => {
    const refusal = { status: 422, body: { statusCode: 422, code: 'UNPROCESSABLE', message: '代偿金额 800,000.00 元超过风险补偿资金余额 100,000.00 元' } };
    renderScreen('/utilization/fund-claims/new', fakeBackend(server(refusal)));
    await screen.findByLabelText('风险补偿资金');
    await fillAndSubmit();
    expect(await screen.findByText('代偿金额 800,000.00 元超过风险补偿资金余额 100,000.00 元')).toBeTruthy();
    expect(screen.queryByTestId('claim-amount')).toBeNull();
  });
});
