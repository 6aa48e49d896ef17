import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TCalendarDay } from '@ipbureau/domain/protection';
import { APPROVER, renderScreen, type RecordedCall } from '../../testing/render-screen';

const days: TCalendarDay[] = [
  { id: '20000000-0000-4000-8000-000000000001', date: '2026-02-14', kind: 'workday', name: '春节调休', region: '000000', verified: false, version: 1 },
  { id: '20000000-0000-4000-8000-000000000002', date: '2026-02-15', kind: 'holiday', name: '春节', region: '000000', verified: true, version: 2 },
];
const answer = (call: RecordedCall) => {
  if (call.path === '/api/protection/calendar' && call.method === 'GET') return { body: days };
  if (call.method === 'PATCH') return { body: { ...days[0], verified: true, version: 2 } };
  if (call.method === 'POST') return { status: 201, body: { ...days[1], id: '20000000-0000-4000-8000-000000000003', date: '2026-06-01' } };
  return undefined;
};

describe('the working-day calendar', () => {
  it('lists the year’s holidays and adjusted working days in Chinese, flagging those still to be checked', async () => {
    const { calls } = renderScreen('/protection/calendar', answer);
    const row = (await screen.findByText('2026-02-14')).closest('tr')!;
    expect(within(row).getByText('调休上班日')).toBeTruthy();
    expect(within(row).getByText('全国')).toBeTruthy();
    expect(within(row).getByText('待核对')).toBeTruthy();
    expect(screen.getByText('部分日期尚待按国务院办公厅放假通知核对。')).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/protection/calendar' && c.query.get('year') === new Date().getUTCFullYear().toString())).toBe(true);
    // An officer reads the calendar; only the section chief keeps it.
    expect(screen.queryByRole('button', { name: '添加日期' })).toBeNull();
  });

  it('lets the section chief mark a day checked and add a day, sending the version read', async () => {
    const { calls } = renderScreen('/protection/calendar', answer, APPROVER);
    const row = (await screen.findByText('2026-02-14')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '标记已核对' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ path: `/api/protection/calendar/${days[0]!.id}`, body: { version: 1, verified: true } }));

    fireEvent.click(screen.getByRole('button', { name: '添加日期' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('日期'), { target: { value: '2026-06-01' } });
    fireEvent.change(within(dialog).getByLabelText('节日'), { target: { value: '地方假日' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ date: '2026-06-01', kind: 'holiday', name: '地方假日' }));
  });
});
