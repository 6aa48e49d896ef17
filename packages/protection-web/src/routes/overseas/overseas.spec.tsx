import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TOverseasDisputeDetail, TRiskAlertDetail } from '@ipbureau/domain/protection';
import { renderScreen } from '../../testing/render-screen';

const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });

const dispute: TOverseasDisputeDetail = {
  id: 'a0000000-0000-4000-8000-000000000001',
  creditCode: '91440500MA4W000010',
  enterpriseName: '汕头市某玩具出口有限公司',
  country: '美国',
  kind: 'patent_infringement',
  opponent: 'Example Toys Inc.',
  amount: '125000.50',
  currency: 'USD',
  reportedDate: '2024-03-01',
  status: 'assisting',
  statusDate: '2024-03-05',
  district: '440511',
  version: 2,
  allowedActions: ['assist', 'resolve', 'close'],
  createdAt: '2024-03-01T02:00:00.000Z',
  timeline: [
    { id: 'a1000000-0000-4000-8000-000000000001', action: 'report', fromStatus: null, toStatus: 'reported', effectiveDate: '2024-03-01', assistance: null, note: null, actorName: '郑执法', recordedAt: '2024-03-01T02:00:00.000Z' },
    { id: 'a1000000-0000-4000-8000-000000000002', action: 'assist', fromStatus: 'reported', toStatus: 'assisting', effectiveDate: '2024-03-05', assistance: '推荐美国律师', note: null, actorName: '郑执法', recordedAt: '2024-03-05T02:00:00.000Z' },
  ],
};

describe('the overseas assistance screens', () => {
  it('lists disputes with the exact amount and its currency, and opens one with the assistance given', async () => {
    renderScreen('/protection/overseas', (call) => (call.path === '/api/protection/overseas/disputes' ? page([dispute]) : call.path === `/api/protection/overseas/disputes/${dispute.id}` ? { body: dispute } : undefined));
    const row = (await screen.findByText('汕头市某玩具出口有限公司')).closest('tr')!;
    expect(within(row).getByText('USD 125,000.50')).toBeTruthy();
    expect(within(row).getByText('援助中')).toBeTruthy();
    fireEvent.click(within(row).getByRole('link'));
    expect((await screen.findAllByTestId('overseas-step'))[1]!.textContent).toContain('推荐美国律师');
  });

  it('records the resolution of a dispute with the version read', async () => {
    const { calls } = renderScreen(`/protection/overseas/${dispute.id}`, (call) => (call.method === 'POST' ? { status: 201, body: { ...dispute, status: 'resolved', version: 3, allowedActions: [] } } : { body: dispute }));
    fireEvent.click(await screen.findByRole('button', { name: '纠纷解决' }));
    fireEvent.change(await screen.findByLabelText('解决情况'), { target: { value: '双方和解' } });
    fireEvent.change(screen.getByLabelText('日期'), { target: { value: '2024-06-20' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/overseas/disputes/${dispute.id}/transitions`, body: { action: 'resolve', version: 2, assistance: '双方和解', effectiveDate: '2024-06-20' } });
  });

  it('publishes a risk alert to an industry and shows the enterprises it went to', async () => {
    const alert: TRiskAlertDetail = {
      id: 'b0000000-0000-4000-8000-000000000001',
      title: '欧盟工艺品外观设计维权风险提示',
      industry: 'crafts',
      publishedDate: '2024-06-01',
      content: '近期欧盟海关加强查扣……',
      recipientCount: 1,
      region: '440500',
      createdAt: '2024-06-01T02:00:00.000Z',
      recipients: [{ creditCode: '91440500MA4W000023', name: '汕头市某工艺品有限公司', source: 'workstation', district: '440511' }],
    };
    const { calls } = renderScreen('/protection/overseas-alerts', (call) =>
      call.method === 'POST' ? { status: 201, body: alert } : call.path === '/api/protection/overseas/risk-alerts' ? page([]) : call.path === `/api/protection/overseas/risk-alerts/${alert.id}` ? { body: alert } : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: '发布风险预警' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.change(dialog.getByLabelText('标题'), { target: { value: alert.title } });
    fireEvent.change(dialog.getByLabelText('预警内容'), { target: { value: alert.content } });
    fireEvent.change(dialog.getByLabelText('发布日期'), { target: { value: '2024-06-01' } });
    fireEvent.mouseDown(dialog.getByLabelText('行业'));
    fireEvent.click(await screen.findByTitle('工艺制品'));
    fireEvent.click(screen.getByRole('button', button('提交')));
    const recipient = (await screen.findByText('汕头市某工艺品有限公司')).closest('tr')!;
    expect(within(recipient).getByText('维权援助工作站')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/protection/overseas/risk-alerts', body: { title: alert.title, industry: 'crafts', publishedDate: '2024-06-01' } });
  });
});
