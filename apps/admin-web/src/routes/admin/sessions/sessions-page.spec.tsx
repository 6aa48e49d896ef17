import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, makeUser, noContent, on, pageOf } from '../../../testing/fake-backend';
import { makeSession } from '../../../testing/factories';
import { button, findRow } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

describe('the sessions page', () => {
  it('forces a session out with DELETE only after the administrator confirms, then reads the list again', async () => {
    const lin = makeSession({ username: 'lin', clientAddress: '10.1.2.3' });
    const chen = makeSession({ username: 'chen' });
    let open = [lin, chen];
    const backend = fakeBackend({
      user: makeUser({ roles: ['security-admin'], displayName: '安全管理员' }),
      routes: [
        on('GET', '/api/platform/sessions', () => Response.json(pageOf(open))),
        on('DELETE', `/api/platform/sessions/${lin.id}`, () => {
          open = open.filter((s) => s.id !== lin.id);
          return noContent();
        }),
      ],
    });
    renderApp('/admin/sessions', backend, { signedIn: true });
    const deletes = () => backend.calls.filter((c) => c.method === 'DELETE');

    const row = await findRow('lin');
    expect(within(row).getByText('10.1.2.3')).toBeTruthy();
    expect(within(row).getByText('2025/03/01 09:00:00')).toBeTruthy();
    fireEvent.click(button('强制下线', row));

    const confirm = (await screen.findByText('确定强制 lin 的这个会话下线？')).closest('.ant-popover') as HTMLElement;
    expect(deletes()).toEqual([]);
    fireEvent.click(button('强制下线', confirm));

    await waitFor(() => expect(deletes().map((c) => c.path)).toEqual([`/api/platform/sessions/${lin.id}`]));
    await waitFor(() => expect(screen.queryByText('lin')).toBeNull());
    expect(screen.getByText('chen')).toBeTruthy();
  });

  it('sends nothing when the administrator cancels', async () => {
    const session = makeSession({ username: 'lin' });
    const backend = fakeBackend({
      user: makeUser({ roles: ['security-admin'], displayName: '安全管理员' }),
      routes: [on('GET', '/api/platform/sessions', () => Response.json(pageOf([session])))],
    });
    renderApp('/admin/sessions', backend, { signedIn: true });

    fireEvent.click(button('强制下线', await findRow('lin')));
    const confirm = (await screen.findByText('确定强制 lin 的这个会话下线？')).closest('.ant-popover') as HTMLElement;
    fireEvent.click(button('取消', confirm));

    await waitFor(() => expect(confirm.className).toContain('ant-popover-hidden'));
    expect(backend.calls.filter((c) => c.method === 'DELETE')).toEqual([]);
  });

  it('says so when there are no sessions', async () => {
    const backend = fakeBackend({
      user: makeUser({ roles: ['security-admin'] }),
      routes: [on('GET', '/api/platform/sessions', () => Response.json(pageOf([])))],
    });
    renderApp('/admin/sessions', backend, { signedIn: true });
    expect((await screen.findAllByText('暂无数据')).length).toBeGreaterThan(0);
  });
});
