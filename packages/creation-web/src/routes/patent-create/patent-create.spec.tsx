import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';

const refusing = ({ method, path }: Call) =>
  method === 'POST' && path === '/api/creation/patents'
    ? { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'applicationNumber', code: 'custom', message: '申请号校验位不正确' }] } }
    : undefined;

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('registering a patent', () => {
  it('asks for the required fields before sending anything', async () => {
    const backend = fakeBackend(refusing);
    renderScreen('/creation/patents/new', backend);
    fireEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(document.querySelectorAll('.ant-form-item-explain-error').length).toBeGreaterThanOrEqual(5));
    expect(backend.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the server’s issue beside the application number', async () => {
    const backend = fakeBackend(refusing);
    renderScreen('/creation/patents/new', backend);
    await screen.findByLabelText('申请号');
    fill('申请号', '201710601862.4');
    fill('发明名称', '一种装置');
    fill('申请人', '汕头大学');
    fill('申请日', '2017-05-01');
    fireEvent.mouseDown(screen.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('龙湖区'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('申请号校验位不正确')).toBeTruthy();
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ applicationNumber: '201710601862.4', district: '440507', applicantCreditCode: null, ipcSymbols: [] }));
  });
});
