import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';

const refusing = ({ method, path }: Call) =>
  method === 'POST' && path === '/api/creation/enterprises'
    ? { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'creditCode', code: 'custom', message: '统一社会信用代码校验码不正确，请检查是否输错' }] } }
    : undefined;

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('registering an enterprise', () => {
  it('sends the form and shows the server’s issue beside the credit code', async () => {
    const backend = fakeBackend(refusing);
    renderScreen('/creation/enterprises/new', backend);
    await screen.findByLabelText('统一社会信用代码');
    fill('统一社会信用代码', '91350100M000100Y44');
    fill('企业名称', '汕头市宏达玩具有限公司');
    fireEvent.mouseDown(screen.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('澄海区'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('统一社会信用代码校验码不正确，请检查是否输错')).toBeTruthy();
    await waitFor(() => expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ creditCode: '91350100M000100Y44', name: '汕头市宏达玩具有限公司', district: '440515', industry: null }));
  });
});
