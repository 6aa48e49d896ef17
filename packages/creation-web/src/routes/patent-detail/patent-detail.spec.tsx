import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TPatentDetail } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeEvent, makePatent } from '../../testing/factories';

const granted = makePatent({
  status: 'granted',
  grantDate: '2019-07-02',
  version: 2,
  allowedActions: ['withdraw', 'lapse', 'invalidate', 'expire'],
  statusHistory: [makeEvent(), makeEvent({ seq: 2, action: 'grant', fromStatus: 'pending', toStatus: 'granted', effectiveDate: '2019-07-02', note: '授权公告号 CN108000001B' })],
});
const lapsed: TPatentDetail = {
  ...granted,
  status: 'lapsed',
  version: 3,
  allowedActions: ['restore'],
  statusHistory: [...granted.statusHistory, makeEvent({ seq: 3, action: 'lapse', fromStatus: 'granted', toStatus: 'lapsed', effectiveDate: '2021-01-10' })],
};

/** The patent as the server holds it; a transition answers `after` and, when it is a patent, holds it. */
function patentServer(after: TPatentDetail | { status: number; body: unknown }) {
  let current: TPatentDetail = granted;
  return ({ method, path }: Call) => {
    if (path !== `/api/creation/patents/${granted.id}` && path !== `/api/creation/patents/${granted.id}/transitions`) return undefined;
    if (method === 'GET') return { body: current };
    if ('id' in after) {
      current = after;
      return { body: after };
    }
    return after;
  };
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the patent detail', () => {
  it('shows the status timeline with dates and a button for each change the status allows', async () => {
    renderScreen(`/creation/patents/${granted.id}`, fakeBackend(patentServer(lapsed)));
    const grant = await screen.findByTestId('event-2');
    expect(grant.textContent).toContain('2019-07-02 授权 → 有效（已授权）');
    expect(grant.textContent).toContain('授权公告号 CN108000001B');
    expect(screen.getByTestId('event-1').textContent).toContain('2018-01-10 申请');
    for (const name of ['撤回/放弃', '未缴年费终止', '宣告无效', '期限届满']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '恢复权利' })).toBeNull();
    expect(screen.getByText('A23L 13/60')).toBeTruthy();
  });

  it('records a lapse with the version it read, then shows the new status and only restore', async () => {
    const backend = fakeBackend(patentServer(lapsed));
    renderScreen(`/creation/patents/${granted.id}`, backend);
    fireEvent.click(await screen.findByRole('button', { name: '未缴年费终止' }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2021-01-10');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByTestId('event-3')).toBeTruthy();
    const sent = backend.calls.find((c) => c.method === 'POST');
    expect(sent?.path).toBe(`/api/creation/patents/${granted.id}/transitions`);
    expect(sent?.body).toEqual({ action: 'lapse', effectiveDate: '2021-01-10', version: 2 });
    expect(await screen.findByRole('button', { name: '恢复权利' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: '宣告无效' })).toBeNull());
  });

  it('shows a date the server refuses beside the date, and a conflict above the form', async () => {
    const refused = { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'effectiveDate', code: 'custom', message: '日期不能早于上一状态事件的日期 2019-07-02' }] } };
    renderScreen(`/creation/patents/${granted.id}`, fakeBackend(patentServer(refused)));
    fireEvent.click(await screen.findByRole('button', { name: '宣告无效' }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2019-01-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('日期不能早于上一状态事件的日期 2019-07-02')).toBeTruthy();
  });

  it('keeps the dialog open with a stale-version conflict', async () => {
    const conflict = { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '记录已被他人修改（当前版本 3，您提交的版本 2），请刷新后重试' } };
    renderScreen(`/creation/patents/${granted.id}`, fakeBackend(patentServer(conflict)));
    fireEvent.click(await screen.findByRole('button', { name: '期限届满' }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2024-01-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('记录已被他人修改（当前版本 3，您提交的版本 2），请刷新后重试')).toBeTruthy();
  });
});

describe('editing a patent', () => {
  it('sends only what changed, with the version it read', async () => {
    const edited: TPatentDetail = { ...granted, annualFeePaidUntil: '2025-01-09', version: 3 };
    const backend = fakeBackend(({ method, path }: Call) => (method === 'PATCH' && path === `/api/creation/patents/${granted.id}` ? { body: edited } : undefined), patentServer(granted));
    renderScreen(`/creation/patents/${granted.id}`, backend);
    fireEvent.click(await screen.findByRole('button', { name: '修改专利信息' }));
    const dialog = await screen.findByRole('dialog');
    fill('年费缴至', '2025-01-09');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 2, annualFeePaidUntil: '2025-01-09' }));
  });
});
