import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TRapidRequest, TRapidRequestDetail } from '@ipbureau/domain/protection';
import { APPROVER, renderScreen } from '../../testing/render-screen';

const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });

const overdue: TRapidRequest = {
  id: '80000000-0000-4000-8000-000000000001',
  kind: 'pre_examination',
  applicationNumber: '202510001001.5',
  patentType: 'invention',
  title: '一种可降解塑料母粒的制备方法',
  technicalField: 'chemicals',
  enterprise: { creditCode: '91350100M000100Y43', name: '汕头市某化工新材料有限公司' },
  submittedDate: '2025-09-01',
  acceptedDate: '2025-09-02',
  decidedDate: null,
  filedDate: null,
  reason: null,
  status: 'accepted',
  statusDate: '2025-09-02',
  clock: { slaWorkingDays: 5, due: '2025-09-08', workingDaysUsed: 8, workingDaysLeft: -3, state: 'overdue', overdue: true },
  district: '440511',
  version: 2,
  allowedActions: ['withdraw'],
  createdAt: '2025-09-01T02:00:00.000Z',
};
const detail: TRapidRequestDetail = {
  ...overdue,
  allowedActions: ['pass', 'fail', 'withdraw'],
  timeline: [
    { id: '81000000-0000-4000-8000-000000000001', action: 'submit', fromStatus: null, toStatus: 'submitted', effectiveDate: '2025-09-01', reason: null, note: null, actorName: '郑执法', recordedAt: '2025-09-01T02:00:00.000Z' },
    { id: '81000000-0000-4000-8000-000000000002', action: 'accept', fromStatus: 'submitted', toStatus: 'accepted', effectiveDate: '2025-09-02', reason: null, note: null, actorName: '郑执法', recordedAt: '2025-09-02T02:00:00.000Z' },
  ],
};

describe('the rapid pre-examination screens', () => {
  it('shows the queue with each request’s clock, an overdue one in red, and asks the server for the overdue only', async () => {
    const { calls } = renderScreen('/protection/rapid-protection', (call) => (call.path === '/api/protection/rapid-protection/requests' ? page([overdue]) : undefined));
    const row = (await screen.findByText('202510001001.5')).closest('tr')!;
    expect(within(row).getByText('化工')).toBeTruthy();
    expect(within(row).getByText('已受理')).toBeTruthy();
    expect(within(row).getByTestId('rapid-clock').textContent).toContain('2025-09-08 前');
    const tag = within(row).getByText('超时 3 个工作日');
    expect(tag.className).toContain('error');
    expect(within(row).getByRole('link').getAttribute('href')).toBe(`/protection/rapid-protection/${overdue.id}`);
    fireEvent.click(screen.getByLabelText('只看已超时'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/rapid-protection/requests' && c.query.get('overdue') === 'true')).toBe(true));
  });

  it('submits a request: an enterprise not registered with the centre is marked on its credit code, then the request opens', async () => {
    let refuse = true;
    const { calls, router } = renderScreen('/protection/rapid-protection', (call) => {
      if (call.method !== 'POST') return call.path === '/api/protection/rapid-protection/requests' ? page([]) : undefined;
      if (refuse) {
        refuse = false;
        return { status: 422, body: { statusCode: 422, code: 'UNPROCESSABLE', message: '该企业未在保护中心备案，请先办理备案', issues: [{ path: 'creditCode', code: 'rapid.entity.unregistered', message: '该企业未在保护中心备案，请先办理备案' }] } };
      }
      return { status: 201, body: detail };
    });
    fireEvent.click(await screen.findByRole('button', { name: '提交预审请求' }));
    const dialog = within(await screen.findByRole('dialog'));
    for (const [label, value] of [['申请号', '202510001001.5'], ['发明名称', '一种可降解塑料母粒的制备方法'], ['统一社会信用代码', '91440500MA4UJ7XK2N'], ['提交日期', '2025-09-01']]) {
      fireEvent.change(await dialog.findByLabelText(label!), { target: { value } });
    }
    fireEvent.mouseDown(dialog.getByLabelText('技术领域'));
    fireEvent.click(await screen.findByTitle('机械装备制造'));
    fireEvent.mouseDown(dialog.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('金平区'));
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect((await screen.findAllByText('该企业未在保护中心备案，请先办理备案')).length).toBeGreaterThan(0);
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/protection/rapid-protection/requests',
      body: { kind: 'pre_examination', applicationNumber: '202510001001.5', patentType: 'invention', technicalField: 'machinery', creditCode: '91440500MA4UJ7XK2N', submittedDate: '2025-09-01', district: '440511' },
    });
    fireEvent.change(dialog.getByLabelText('统一社会信用代码'), { target: { value: '91350100M000100Y43' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/protection/rapid-protection/${detail.id}`));
  }, 60_000);

  it('shows a request’s dated steps and sends the approver’s not-passed outcome with its reason and the version read', async () => {
    const { calls } = renderScreen(`/protection/rapid-protection/${detail.id}`, (call) => (call.method === 'POST' ? { status: 201, body: { ...detail, status: 'not_passed', version: 3, allowedActions: [] } } : { body: detail }), APPROVER);
    expect((await screen.findAllByTestId('rapid-step')).map((e) => e.textContent?.slice(0, 10))).toEqual(['2025-09-01', '2025-09-02']);
    fireEvent.click(screen.getByRole('button', { name: '预审不合格' }));
    fireEvent.change(await screen.findByLabelText('日期'), { target: { value: '2025-09-10' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(document.querySelector('.ant-form-item-has-error')).not.toBeNull());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('理由'), { target: { value: '检索报告不完整' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/rapid-protection/requests/${detail.id}/transitions`, body: { action: 'fail', version: 2, effectiveDate: '2025-09-10', reason: '检索报告不完整' } });
  });

  it('words a rights determination’s outcome as 确权 in the queue and a pre-examination’s as 预审', async () => {
    const determination: TRapidRequestDetail = { ...detail, id: '80000000-0000-4000-8000-000000000002', kind: 'rights_determination', applicationNumber: '202510001002.X', status: 'passed', allowedActions: [] };
    const determined = { ...overdue, ...determination, allowedActions: [] } as TRapidRequest;
    renderScreen('/protection/rapid-protection', (call) => (call.path === '/api/protection/rapid-protection/requests' ? page([determined, { ...overdue, status: 'passed' }]) : undefined));
    expect(within((await screen.findByText('202510001002.X')).closest('tr')!).getByText('确权通过')).toBeTruthy();
    expect(within(screen.getByText('202510001001.5').closest('tr')!).getByText('预审合格')).toBeTruthy();
  });

  it('offers the approver 确权通过 / 确权未通过 on an accepted rights determination', async () => {
    const accepted: TRapidRequestDetail = { ...detail, kind: 'rights_determination' };
    renderScreen(`/protection/rapid-protection/${accepted.id}`, () => ({ body: accepted }), APPROVER);
    expect(await screen.findByRole('button', { name: '确权通过' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '确权未通过' })).toBeTruthy();
    expect(screen.queryByText(/预审合格|预审不合格/)).toBeNull();
  });
});
