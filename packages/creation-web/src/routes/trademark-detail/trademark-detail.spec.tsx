import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TTrademarkDetail } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeTrademark } from '../../testing/factories';

const mark = makeTrademark({
  statusHistory: [{ seq: 1, action: 'register', fromStatus: null, toStatus: 'registered', effectiveDate: '2015-03-07', expiryDate: '2025-03-06', note: null, createdAt: '2024-01-01T00:00:00.000Z', createdBy: '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01' }],
});
const renewed: TTrademarkDetail = {
  ...mark,
  expiryDate: '2035-03-06',
  version: 2,
  statusHistory: [...mark.statusHistory, { seq: 2, action: 'renew', fromStatus: 'registered', toStatus: 'registered', effectiveDate: '2024-11-20', expiryDate: '2035-03-06', note: null, createdAt: '2024-11-20T00:00:00.000Z', createdBy: '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01' }],
};

function trademarkServer() {
  let current = mark;
  return ({ method, path }: Call) => {
    if (!path.startsWith(`/api/creation/trademarks/${mark.id}`)) return undefined;
    if (method === 'POST') current = renewed;
    return { body: current };
  };
}

describe('the trademark detail', () => {
  it('renews with the version it read and shows the new term in the history', async () => {
    const backend = fakeBackend(trademarkServer());
    renderScreen(`/creation/trademarks/${mark.id}`, backend);
    expect((await screen.findByTestId('event-1')).textContent).toContain('2015-03-07 注册 · 有效期至 2025-03-06');
    fireEvent.click(screen.getByRole('button', { name: /续\s*展/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(screen.getByLabelText('生效日期'), { target: { value: '2024-11-20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.getByTestId('expiry').textContent).toBe('2035-03-06'));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'renew', version: 1, effectiveDate: '2024-11-20' });
  });
});
