import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makePatent, page } from '../../testing/factories';

const patents = ({ method, path }: Call) => (method === 'GET' && path === '/api/creation/patents' ? { body: page([makePatent({ status: 'granted', grantDate: '2019-07-02' })]) } : undefined);

describe('the patent list', () => {
  it('shows the server’s page with status and district, and searches the title on the server', async () => {
    const backend = fakeBackend(patents);
    renderScreen('/creation/patents', backend);
    expect(await screen.findByRole('link', { name: '201810000001.2' })).toBeTruthy();
    expect(screen.getByText('有效（已授权）')).toBeTruthy();
    expect(screen.getByText('龙湖区')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('标题、申请人或申请号'), { target: { value: ' 牛肉丸 ' } });
    fireEvent.click(screen.getByRole('button', { name: /查\s*询|搜\s*索/ }));
    await waitFor(() => expect(backend.calls.some((c) => c.path === '/api/creation/patents' && c.query.get('q') === '牛肉丸' && c.query.get('page') === '1')).toBe(true));
  });
});
