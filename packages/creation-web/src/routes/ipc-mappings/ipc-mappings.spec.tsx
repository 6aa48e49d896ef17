import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeMapping } from '../../testing/factories';

const PATH = '/api/creation/ipc-industry-mappings';

describe('the IPC → strategic-emerging-industry editor', () => {
  it('lists the mappings with the industry name and adds one', async () => {
    let mappings = [makeMapping()];
    const backend = fakeBackend(({ method, path, body }: Call) => {
      if (path !== PATH) return undefined;
      if (method === 'POST') {
        const created = makeMapping({ id: 'c05b2c74-9ca4-4bde-9f64-7d8c9b0afbc5', ipcPrefix: 'C07D 401', industryCode: '4', industryName: { zh: '生物产业', en: 'Biotechnology' }, subcategory: null });
        mappings = [...mappings, created];
        expect(body).toEqual({ ipcPrefix: 'c07d401', industryCode: '4', subcategory: null, note: null });
        return { status: 201, body: created };
      }
      return { body: mappings };
    });
    renderScreen('/creation/ipc-industry-mappings', backend);
    expect(await screen.findByText('H01M')).toBeTruthy();
    expect(screen.getByText('5 新能源汽车产业')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '新增对照' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('IPC 前缀'), { target: { value: 'c07d401' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('战略性新兴产业'));
    fireEvent.click(await screen.findByTitle('4 生物产业'));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('C07D 401')).toBeTruthy();
    expect(backend.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('shows a malformed prefix refused by the server beside the field', async () => {
    const backend = fakeBackend(({ method, path }: Call) => {
      if (path !== PATH) return undefined;
      if (method === 'POST') return { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'ipcPrefix', code: 'custom', message: 'IPC分类号前缀格式不正确' }] } };
      return { body: [] };
    });
    renderScreen('/creation/ipc-industry-mappings', backend);
    fireEvent.click(await screen.findByRole('button', { name: '新增对照' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('IPC 前缀'), { target: { value: 'Z99' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('战略性新兴产业'));
    fireEvent.click(await screen.findByTitle('1 新一代信息技术产业'));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('IPC分类号前缀格式不正确')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
  });
});
