import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makePledge } from '../../testing/factories';

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillForm() {
  fill('出质人', '汕头市澄海区某玩具有限公司');
  fill('统一社会信用代码', '91440515MA5000001X');
  fill('权利号', 'ZL201710601862.3');
  fill('质权人（贷款银行）', '中国工商银行汕头分行');
  fill('贷款金额（元）', '0.30');
  fill('申请日', '2024-05-10');
  fireEvent.mouseDown(screen.getByLabelText('所在区县'));
  const options = await screen.findAllByTitle('澄海区');
  fireEvent.click(options.at(-1)!);
  fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
}

const onCreate = (reply: { status: number; body: unknown }) => (call: Call) => (call.method === 'POST' && call.path === '/api/utilization/pledges' ? reply : undefined);

describe('recording a pledge application', () => {
  it('sends the amount as the exact decimal typed and opens the new pledge', async () => {
    const created = makePledge({ loanAmount: '0.30' });
    const backend = fakeBackend(onCreate({ status: 201, body: created }), ({ path }) => (path === `/api/utilization/pledges/${created.id}` ? { body: created } : undefined));
    const { router } = renderScreen('/utilization/pledges/new', backend);
    await screen.findByLabelText('出质人');
    await fillForm();

    await waitFor(() => expect(router.state.location.pathname).toBe(`/utilization/pledges/${created.id}`));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({
      pledgorName: '汕头市澄海区某玩具有限公司',
      pledgorCreditCode: '91440515MA5000001X',
      rightKind: 'patent',
      rightNumber: 'ZL201710601862.3',
      lenderName: '中国工商银行汕头分行',
      loanAmount: '0.30',
      applicationDate: '2024-05-10',
      district: '440515',
    });
  });

  it('shows each field the server refuses beside it', async () => {
    const issues = [
      { path: 'pledgorCreditCode', code: 'custom', message: '统一社会信用代码校验位错误' },
      { path: 'rightNumber', code: 'custom', message: '专利号校验位错误' },
    ];
    renderScreen('/utilization/pledges/new', fakeBackend(onCreate({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues } })));
    await screen.findByLabelText('出质人');
    await fillForm();
    expect(await screen.findByText('统一社会信用代码校验位错误')).toBeTruthy();
    expect(screen.getByText('专利号校验位错误')).toBeTruthy();
  });

  it('shows a right already pledged above the form', async () => {
    const message = '专利权 ZL201710601862.3 已于 2024-01-02 申请出质（已放款），解押前不能再次出质';
    renderScreen('/utilization/pledges/new', fakeBackend(onCreate({ status: 409, body: { statusCode: 409, code: 'CONFLICT', message } })));
    await screen.findByLabelText('出质人');
    await fillForm();
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
