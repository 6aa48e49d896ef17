import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderScreen } from '../testing/render-screen';

const dispute = {
  id: 'a0000000-0000-4000-8000-000000000001', creditCode: '91440500MA4W000010', enterpriseName: '汕头市某玩具出口有限公司', country: '美国', kind: 'patent_infringement',
  opponent: 'X', amount: '1.00', currency: 'USD', reportedDate: '2024-03-01', status: 'assisting', statusDate: '2024-03-05', district: '440511', version: 2,
  allowedActions: ['assist', 'resolve', 'close'], createdAt: '2024-03-01T02:00:00.000Z', timeline: [],
};
const STALE = '条目已被他人修改，已为您刷新，请核对后重新操作。';

describe('a record page (RecordPage)', () => {
  it('a 409 closes the form, warns and reads again; closing the warning hides it', async () => {
    const { calls } = renderScreen(`/protection/overseas/${dispute.id}`, (call) =>
      call.method === 'POST' ? { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: 'x', issues: [] } } : { body: dispute },
    );
    expect(screen.queryByText(STALE)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: '纠纷解决' }));
    fireEvent.change(await screen.findByLabelText('解决情况'), { target: { value: '和解' } });
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText(STALE)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'GET' && c.path.endsWith(dispute.id)).length).toBeGreaterThan(1);
  });
});
