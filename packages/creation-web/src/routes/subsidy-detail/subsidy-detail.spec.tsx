import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TPage } from '@ipbureau/domain';
import type { TSubsidyApplication, TSubsidyApplicationDetail } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call, type Route } from '../../testing/render-screen';

const OFFICER = '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01';
const application: TSubsidyApplicationDetail = {
  id: '5a0c3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b',
  creditCode: '91440507MA4000001X',
  entityName: '汕头市某某食品有限公司',
  patentId: '6b1d4d2f-3c5e-4f9a-8b2c-4d6e8f0a2b3c',
  applicationNumber: '202310000001.5',
  patentType: 'invention',
  kind: 'grant',
  applicationDate: '2024-03-01',
  ruleId: '7c2e5e3a-4d6f-4a0b-9c3d-5e7f9a1b3c4d',
  amount: '5000.50',
  status: 'submitted',
  paidOn: null,
  voucherNumber: null,
  district: '440507',
  allowedActions: ['first_pass', 'first_return'],
  version: 1,
  createdAt: '2024-03-01T02:00:00.000Z',
  createdBy: OFFICER,
  history: [{ seq: 1, action: 'submit', fromStatus: null, toStatus: 'submitted', effectiveDate: '2024-03-01', opinion: null, actorId: OFFICER, actorName: '陈科员', createdAt: '2024-03-01T02:00:00.000Z' }],
};
const returned: TSubsidyApplicationDetail = {
  ...application,
  status: 'returned',
  allowedActions: ['resubmit'],
  version: 2,
  history: [
    ...application.history,
    { seq: 2, action: 'first_return', fromStatus: 'submitted', toStatus: 'returned', effectiveDate: '2024-04-01', opinion: '缺少授权公告文本', actorId: OFFICER, actorName: '陈科员', createdAt: '2024-04-01T02:00:00.000Z' },
  ],
};

function server(refusal?: { status: number; body: unknown }): Route {
  let current = application;
  return ({ method, path }: Call) => {
    if (!path.startsWith(`/api/creation/subsidies/${application.id}`)) return undefined;
    if (method === 'POST') {
      if (refusal) return refusal;
      current = returned;
    }
    return { body: current };
  };
}
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the subsidy detail', () => {
  it('shows the review history and returns the application with an opinion, against the version read', async () => {
    const backend = fakeBackend(server());
    renderScreen(`/creation/subsidies/${application.id}`, backend);
    expect((await screen.findByTestId('step-1')).textContent).toContain('2024-03-01 提交申请 · 陈科员');
    expect(screen.getByTestId('amount').textContent).toBe('5000.50');
    fireEvent.click(screen.getByRole('button', { name: '初审退回补正' }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2024-04-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    // The opinion is required to return: nothing is sent without it.
    await waitFor(() => expect(dialog.querySelectorAll('.ant-form-item-explain-error').length).toBe(1));
    expect(backend.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fill('审查意见', '缺少授权公告文本');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.getByTestId('step-2').textContent).toContain('缺少授权公告文本'));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'first_return', version: 1, effectiveDate: '2024-04-01', opinion: '缺少授权公告文本' });
    expect(screen.getByRole('button', { name: '补正后重新提交' })).toBeTruthy();
  });

  it('keeps the dialog open with the server’s refusal when the same person does both reviews', async () => {
    const refusal = { status: 403, body: { statusCode: 403, code: 'FORBIDDEN', message: '初审与复审不能由同一人办理：您已办理本申请的初审' } };
    renderScreen(`/creation/subsidies/${application.id}`, fakeBackend(server(refusal)));
    fireEvent.click(await screen.findByRole('button', { name: '初审通过' }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2024-04-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('初审与复审不能由同一人办理：您已办理本申请的初审')).toBeTruthy();
  });
});

describe('the subsidy list', () => {
  it('lists applications with their entity, amount and status', async () => {
    const page: TPage<TSubsidyApplication> = { items: [application], total: 1, page: 1, pageSize: 20 };
    const backend = fakeBackend(({ path }: Call) => (path === '/api/creation/subsidies' ? { body: page } : undefined));
    renderScreen('/creation/subsidies', backend);
    expect(await screen.findByRole('link', { name: '汕头市某某食品有限公司' })).toBeTruthy();
    expect(screen.getByText('5000.50')).toBeTruthy();
    expect(screen.getAllByText('待初审').length).toBeGreaterThan(0);
  });
});
