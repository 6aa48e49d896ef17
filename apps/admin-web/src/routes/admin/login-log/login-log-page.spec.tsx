import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, lastQuery, makeUser, on, pageOf } from '../../../testing/fake-backend';
import { makeLoginEntry } from '../../../testing/factories';
import { button, findRow, pick } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

describe('the login log page', () => {
  it('shows each attempt with its result and the reason in words, and filters on the server', async () => {
    const backend = fakeBackend({
      user: makeUser({ roles: ['auditor'], displayName: '审计员' }),
      routes: [
        on('GET', '/api/platform/login-log', () =>
          Response.json(
            pageOf([
              makeLoginEntry({ username: 'lin', success: false, reason: 'bad_password_locked', clientAddress: '10.9.8.7' }),
              makeLoginEntry({ username: 'chen', success: true }),
            ]),
          ),
        ),
      ],
    });
    renderApp('/admin/login-log', backend, { signedIn: true });

    const failed = await findRow('lin');
    expect(within(failed).getByText('失败').closest('.ant-tag')?.className).toMatch(/error/);
    expect(within(failed).getByText('密码错误，账户已锁定')).toBeTruthy();
    expect(within(failed).getByText('10.9.8.7')).toBeTruthy();
    expect(within(failed).getByText('2025/03/01 09:00:00')).toBeTruthy();
    expect(within(await findRow('chen')).getByText('成功').closest('.ant-tag')?.className).toMatch(/success/);

    fireEvent.change(screen.getByLabelText('用户名'), { target: { value: 'lin' } });
    await pick('结果', '失败');
    fireEvent.click(button('查询'));

    await waitFor(() => expect(lastQuery(backend, '/api/platform/login-log')).toEqual({ page: '1', pageSize: '20', username: 'lin', success: 'false' }));
  });
});
