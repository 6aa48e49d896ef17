import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TEcommerceComplaint, TExhibitionDetail } from '@ipbureau/domain/protection';
import { renderScreen } from '../../testing/render-screen';

const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });

const fair: TExhibitionDetail = {
  id: '80000000-0000-4000-8000-000000000001',
  name: '中国（汕头）国际玩具博览会',
  venue: '汕头国际会展中心',
  startDate: '2025-04-18',
  endDate: '2025-04-21',
  district: '440507',
  stationName: '展会知识产权服务站',
  stationContact: null,
  complaints: 1,
  handled: 0,
  createdAt: '2025-04-01T02:00:00.000Z',
  complaintList: [
    {
      id: '81000000-0000-4000-8000-000000000001',
      exhibitionId: '80000000-0000-4000-8000-000000000001',
      complainant: '广东某玩具实业有限公司',
      complainantCreditCode: null,
      exhibitor: '汕头市某玩具有限公司',
      booth: 'A2-118',
      rightKind: 'patent',
      rightNumber: 'ZL201710601862.3',
      receivedDate: '2025-04-19',
      status: 'pending',
      handledDate: null,
      caseId: null,
      note: null,
      version: 1,
      allowedActions: ['withdraw', 'dismiss', 'refer'],
    },
  ],
};

const listing: TEcommerceComplaint = {
  id: '82000000-0000-4000-8000-000000000001',
  platform: '淘宝',
  shop: '某某玩具专营店',
  link: 'https://item.taobao.com/item.htm?id=1',
  complainant: '广东某玩具实业有限公司',
  rightKind: 'trademark',
  rightNumber: '12345678',
  district: '440511',
  receivedDate: '2025-05-06',
  status: 'pending',
  outcomeDate: null,
  note: null,
  version: 1,
  allowedActions: ['take_down', 'reject'],
  createdAt: '2025-05-06T02:00:00.000Z',
};

describe('the exhibition and e-commerce screens', () => {
  it('shows an exhibition’s complaints and records a withdrawal from display with the version read', async () => {
    const handled: TExhibitionDetail = { ...fair, handled: 1, complaintList: [{ ...fair.complaintList[0]!, status: 'withdrawn', handledDate: '2025-04-19', version: 2, allowedActions: [] }] };
    const { calls } = renderScreen(`/protection/exhibitions/${fair.id}`, (call) => (call.method === 'POST' ? { status: 201, body: handled } : { body: fair }));
    const row = (await screen.findByText('A2-118')).closest('tr')!;
    expect(within(row).getByText('处理中')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '责令撤展' }));
    fireEvent.change(await screen.findByLabelText('日期'), { target: { value: '2025-04-19' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: `/api/protection/exhibitions/${fair.id}/complaints/${fair.complaintList[0]!.id}/outcome`,
      body: { action: 'withdraw', version: 1, effectiveDate: '2025-04-19', caseId: null },
    });
    expect(await screen.findByText('已撤展')).toBeTruthy();
  });

  it('lists e-commerce complaints, filters by outcome and records a take-down', async () => {
    const { calls } = renderScreen('/protection/ecommerce', (call) =>
      call.method === 'POST' ? { status: 201, body: { ...listing, status: 'taken_down', outcomeDate: '2025-05-08', version: 2, allowedActions: [] } } : page([listing]),
    );
    const row = (await screen.findByText('某某玩具专营店')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '已下架' }));
    fireEvent.change(await screen.findByLabelText('日期'), { target: { value: '2025-05-08' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/ecommerce-complaints/${listing.id}/outcome`, body: { action: 'take_down', version: 1, effectiveDate: '2025-05-08' } });
    fireEvent.mouseDown(within(screen.getByRole('search')).getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByTitle('不予支持'));
    fireEvent.click(within(screen.getByRole('search')).getByRole('button', { name: /查\s?询|搜\s?索/ }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/ecommerce-complaints' && c.query.get('status') === 'rejected')).toBe(true));
  });
});
