import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TAssistance, TWorkstationDetail } from '@ipbureau/domain/protection';
import { renderScreen } from '../../testing/render-screen';

const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });

const help: TAssistance = {
  id: '91000000-0000-4000-8000-000000000001',
  workstationId: '90000000-0000-4000-8000-000000000001',
  workstationName: '汕头大学知识产权维权援助工作站',
  enterpriseName: '汕头市某玩具有限公司',
  creditCode: '91440500MA4UJ7XK2N',
  matter: '电商平台仿冒产品投诉指导',
  receivedDate: '2024-05-06',
  concludedDate: null,
  outcome: null,
  outcomeNote: null,
  district: '440507',
  version: 1,
  createdAt: '2024-05-06T02:00:00.000Z',
};
const station: TWorkstationDetail = {
  id: '90000000-0000-4000-8000-000000000001',
  name: '汕头大学知识产权维权援助工作站',
  hostOrganization: '汕头大学',
  industry: 'toys',
  establishedDate: '2019-06-01',
  closedDate: null,
  inOperation: true,
  assistanceCount: 1,
  district: '440507',
  version: 3,
  createdAt: '2019-06-01T02:00:00.000Z',
  assistance: [help],
};

describe('the workstation screens', () => {
  it('lists workstations with industry and state, and asks the server for those in operation on a date', async () => {
    const closed = { ...station, id: '90000000-0000-4000-8000-000000000002', name: '金平工业园区工作站', inOperation: false, closedDate: '2023-12-31' };
    const { calls } = renderScreen('/protection/workstations', (call) => (call.path === '/api/protection/workstations' ? page([station, closed]) : undefined));
    const row = (await screen.findByText('汕头大学知识产权维权援助工作站')).closest('tr')!;
    expect(within(row).getByText('玩具创意')).toBeTruthy();
    expect(within(row).getByText('运行中')).toBeTruthy();
    expect(within(screen.getByText('金平工业园区工作站').closest('tr')!).getByText('已于 2023-12-31 撤销')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('在运行日期'), { target: { value: '2022-06-30' } });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/workstations' && c.query.get('operatingOn') === '2022-06-30')).toBe(true));
  });

  it('records an assistance request on a workstation, a date the station was not operating marked on its field', async () => {
    let refuse = true;
    const { calls } = renderScreen(`/protection/workstations/${station.id}`, (call) => {
      if (call.method !== 'POST') return { body: station };
      if (refuse) {
        refuse = false;
        return { status: 422, body: { statusCode: 422, code: 'UNPROCESSABLE', message: '工作站在该日期未在运行', issues: [{ path: 'receivedDate', code: 'workstation.notOperating', message: '工作站在该日期未在运行' }] } };
      }
      return { status: 201, body: help };
    });
    expect(within((await screen.findByText('电商平台仿冒产品投诉指导')).closest('tr')!).getByText('办理中')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '登记援助请求' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.change(dialog.getByLabelText('企业'), { target: { value: '汕头市某玩具有限公司' } });
    fireEvent.change(dialog.getByLabelText('援助事项'), { target: { value: '海外展会侵权应对' } });
    fireEvent.change(dialog.getByLabelText('受理日期'), { target: { value: '2019-05-01' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect((await screen.findAllByText('工作站在该日期未在运行')).length).toBeGreaterThan(0);
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/workstations/${station.id}/assistance`, body: { enterpriseName: '汕头市某玩具有限公司', creditCode: null, matter: '海外展会侵权应对', receivedDate: '2019-05-01' } });
    fireEvent.change(dialog.getByLabelText('受理日期'), { target: { value: '2024-06-01' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });
});
