import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { ICBC_CODE, makePledge } from '../../testing/factories';

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The lender's option in the picker's list (antd also keeps the bare value for screen readers). */
const lenderOption = async (text: string) => (await screen.findAllByTestId('lender-option')).find((el) => el.firstChild?.textContent === text)!;

async function fillForm(lenderCreditCode = ICBC_CODE) {
  fill('出质人', '汕头市澄海区某玩具有限公司');
  fill('统一社会信用代码', '91440515MA5000001X');
  fill('权利号', 'ZL201710601862.3');
  fill('质权人（贷款银行）', '中国工商银行汕头分行');
  if (lenderCreditCode) fill('质权人统一社会信用代码', lenderCreditCode);
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
      lenderCreditCode: ICBC_CODE,
      loanAmount: '0.30',
      applicationDate: '2024-05-10',
      district: '440515',
    });
  });

  it('finds a lender seen before by part of its name and fills both its name and its credit code', async () => {
    const boc = { lenderCreditCode: '914405001923045683', lenderName: '中国银行汕头分行', pledgeCount: 3 };
    const byName = { lenderCreditCode: null, lenderName: '中国银行 汕头 分行', pledgeCount: 1 };
    const backend = fakeBackend(({ path, query }) => (path === '/api/utilization/lenders' && query.get('q') === '中国' ? { body: [boc, byName] } : undefined));
    renderScreen('/utilization/pledges/new', backend);
    await screen.findByLabelText('出质人');
    const name = screen.getByLabelText('质权人（贷款银行）');
    fireEvent.change(name, { target: { value: '中国' } });
    expect(await screen.findByText('3 笔质押', { exact: false })).toBeTruthy();
    expect(screen.getByText('未登记代码', { exact: false })).toBeTruthy();
    fireEvent.click(await lenderOption('中国银行汕头分行'));
    await waitFor(() => expect((screen.getByLabelText('质权人统一社会信用代码') as HTMLInputElement).value).toBe(boc.lenderCreditCode));
    expect((name as HTMLInputElement).value).toBe('中国银行汕头分行');
    // A lender known only by name leaves the code to be typed.
    fireEvent.change(name, { target: { value: '中国' } });
    fireEvent.click(await lenderOption('中国银行 汕头 分行'));
    await waitFor(() => expect((screen.getByLabelText('质权人统一社会信用代码') as HTMLInputElement).value).toBe(''));
  });

  it('asks for the lender’s credit code before sending anything', async () => {
    const backend = fakeBackend();
    renderScreen('/utilization/pledges/new', backend);
    await screen.findByLabelText('出质人');
    await fillForm('');
    // The message is antd's required-field text (Chinese under the shell's zh-CN locale), under the code's field.
    await waitFor(() => expect(document.querySelector('#pledge-create_lenderCreditCode_help')?.textContent).toMatch(/lenderCreditCode|质权人统一社会信用代码/));
    expect(backend.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('shows each field the server refuses beside it', async () => {
    const issues = [
      { path: 'pledgorCreditCode', code: 'custom', message: '统一社会信用代码校验位错误' },
      { path: 'rightNumber', code: 'custom', message: '专利号校验位错误' },
      { path: 'lenderCreditCode', code: 'custom', message: '质权人代码校验位错误' },
    ];
    renderScreen('/utilization/pledges/new', fakeBackend(onCreate({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues } })));
    await screen.findByLabelText('出质人');
    await fillForm();
    expect(await screen.findByText('统一社会信用代码校验位错误')).toBeTruthy();
    expect(screen.getByText('专利号校验位错误')).toBeTruthy();
    expect(screen.getByText('质权人代码校验位错误')).toBeTruthy();
  });

  it('shows a right already pledged above the form', async () => {
    const message = '专利权 ZL201710601862.3 已于 2024-01-02 申请出质（已放款），解押前不能再次出质';
    renderScreen('/utilization/pledges/new', fakeBackend(onCreate({ status: 409, body: { statusCode: 409, code: 'CONFLICT', message } })));
    await screen.findByLabelText('出质人');
    await fillForm();
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
