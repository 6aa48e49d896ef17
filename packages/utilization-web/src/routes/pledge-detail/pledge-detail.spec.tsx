import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TPledgeDetail } from '@ipbureau/domain/utilization';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { ICBC_CODE, makeEvent, makePledge } from '../../testing/factories';

const registered = makePledge({
  status: 'registered',
  version: 2,
  registrationNumber: 'Y2024440500001234',
  registrationDate: '2024-05-20',
  allowedActions: ['disburse', 'release'],
  events: [makeEvent(), makeEvent({ seq: 2, action: 'register', fromStatus: 'applied', toStatus: 'registered', effectiveDate: '2024-05-20', registrationNumber: 'Y2024440500001234' })],
});
const disbursed: TPledgeDetail = {
  ...registered,
  status: 'disbursed',
  version: 3,
  disbursedAmount: '5000000.00',
  outstandingPrincipal: '5000000.00',
  allowedActions: ['repay', 'extend', 'default'],
  events: [...registered.events, makeEvent({ seq: 3, action: 'disburse', fromStatus: 'registered', toStatus: 'disbursed', effectiveDate: '2024-06-01', amount: '5000000.00', maturityDate: '2025-06-01' })],
};

/** The pledge as the server holds it; a transition replaces it with `after`. */
function pledgeServer(after: TPledgeDetail | { status: number; body: unknown }) {
  let current: TPledgeDetail = registered;
  return ({ method, path }: Call) => {
    if (path !== `/api/utilization/pledges/${registered.id}` && path !== `/api/utilization/pledges/${registered.id}/transitions`) return undefined;
    if (method === 'GET') return { body: current };
    if ('id' in after) {
      current = after;
      return { status: 201, body: after };
    }
    return after;
  };
}

/** antd spaces out a two-character Chinese label (「放 款」). */
const two = (label: string) => new RegExp(`^${label.split('').join('\\s*')}$`);
/** A step's button once the user's roles have loaded and allow it. */
async function enabledButton(label: string) {
  const button = (await screen.findByRole('button', { name: two(label) })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the pledge detail', () => {
  it('shows the timeline and a button for each step allowed next', async () => {
    renderScreen(`/utilization/pledges/${registered.id}`, fakeBackend(pledgeServer(disbursed)));
    const second = await screen.findByTestId('event-2');
    expect(second.textContent).toContain('2024-05-20 质押登记');
    expect(second.textContent).toContain('Y2024440500001234');
    expect(screen.getByTestId('event-1').textContent).toContain('2024-05-10 申请');
    expect(screen.getByRole('button', { name: two('放款') })).toBeTruthy();
    expect(screen.queryByRole('button', { name: two('还款') })).toBeNull();
    // The signed-in officer may not release: that step waits for an approver.
    await waitFor(() => expect((screen.getByRole('button', { name: two('解押') }) as HTMLButtonElement).disabled).toBe(true));
    expect((screen.getByRole('button', { name: two('放款') }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the lender’s credit code, or that a pledge recorded before it was asked for has none', async () => {
    const { unmount } = renderScreen(`/utilization/pledges/${registered.id}`, fakeBackend(pledgeServer(disbursed)));
    expect(await screen.findByText(ICBC_CODE)).toBeTruthy();
    unmount();
    const legacy = makePledge({ lenderCreditCode: null });
    renderScreen(`/utilization/pledges/${legacy.id}`, fakeBackend(({ path }) => (path === `/api/utilization/pledges/${legacy.id}` ? { body: legacy } : undefined)));
    expect(await screen.findByText('未登记代码')).toBeTruthy();
  });

  it('corrects the lender of a pledge recorded without its code, against the version it read', async () => {
    const legacy = makePledge({ lenderName: '中国银行 汕头分行', lenderCreditCode: null, version: 2 });
    const corrected = { ...legacy, lenderName: '中国银行汕头分行', lenderCreditCode: ICBC_CODE, version: 3 };
    let current = legacy;
    const backend = fakeBackend(({ method, path }) => {
      if (path !== `/api/utilization/pledges/${legacy.id}`) return undefined;
      if (method === 'PATCH') current = corrected;
      return { body: current };
    });
    renderScreen(`/utilization/pledges/${legacy.id}`, backend);
    fireEvent.click(await enabledButton('更正质权人'));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('质权人（贷款银行）') as HTMLInputElement).value).toBe('中国银行 汕头分行');
    fireEvent.change(within(dialog).getByLabelText('质权人（贷款银行）'), { target: { value: '中国银行汕头分行' } });
    fireEvent.change(within(dialog).getByLabelText('质权人统一社会信用代码'), { target: { value: ICBC_CODE } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    expect(await screen.findByText(ICBC_CODE)).toBeTruthy();
    expect(backend.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ lenderName: '中国银行汕头分行', lenderCreditCode: ICBC_CODE, version: 2 });
  });

  it('disburses with the version it read and then shows the new state and its next steps', async () => {
    const backend = fakeBackend(pledgeServer(disbursed));
    renderScreen(`/utilization/pledges/${registered.id}`, backend);
    fireEvent.click(await enabledButton('放款'));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2024-06-01');
    fill('金额（元）', '5000000.00');
    fill('到期日', '2025-06-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));

    await waitFor(() => expect(screen.getByTestId('outstanding').textContent).toBe('5,000,000.00'));
    const sent = backend.calls.find((c) => c.method === 'POST');
    expect(sent?.body).toEqual({ action: 'disburse', version: 2, effectiveDate: '2024-06-01', amount: '5000000.00', maturityDate: '2025-06-01' });
    expect(await screen.findByRole('button', { name: two('还款') })).toBeTruthy();
    expect(screen.getByTestId('event-3').textContent).toContain('5,000,000.00');
  });

  it('keeps the dialog open with the server’s refusal: a field issue beside its field, a conflict above', async () => {
    const conflict = { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '该质押已被他人修改（当前版本 3），请刷新后重试' } };
    renderScreen(`/utilization/pledges/${registered.id}`, fakeBackend(pledgeServer(conflict)));
    fireEvent.click(await enabledButton('放款'));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2024-06-01');
    fill('金额（元）', '100.00');
    fill('到期日', '2025-06-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    expect(await within(dialog).findByText('该质押已被他人修改（当前版本 3），请刷新后重试')).toBeTruthy();
  });

  it('shows an issue the server names on the field it names', async () => {
    const invalid = { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues: [{ path: 'maturityDate', code: 'custom', message: '到期日必须晚于放款日' }] } };
    renderScreen(`/utilization/pledges/${registered.id}`, fakeBackend(pledgeServer(invalid)));
    fireEvent.click(await enabledButton('放款'));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2024-06-01');
    fill('金额（元）', '100.00');
    fill('到期日', '2024-05-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    expect(await within(dialog).findByText('到期日必须晚于放款日')).toBeTruthy();
  });
});
