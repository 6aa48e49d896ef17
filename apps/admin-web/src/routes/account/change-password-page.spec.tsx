import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TCurrentUser } from '@ipbureau/domain';
import { errorResponse, fakeBackend, makeUser, noContent, on, type FakeRequest } from '../../testing/fake-backend';
import { button, findFieldWithError } from '../../testing/queries';
import { renderApp } from '../../testing/render-app';

function fill(current: string, next: string, confirm = next) {
  fireEvent.change(screen.getByLabelText('当前密码'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('新密码'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('确认新密码'), { target: { value: confirm } });
  fireEvent.click(button('修改密码', screen.getByLabelText('当前密码').closest('form')!));
}

function passwordBackend(respond: (request: FakeRequest) => Response, user: TCurrentUser = makeUser({ mustChangePassword: true })) {
  let current = user;
  const backend = fakeBackend({
    routes: [
      on('GET', '/api/platform/me', () => Response.json(current)),
      on('POST', '/api/platform/me/password', (request) => {
        const response = respond(request);
        if (response.ok) current = { ...current, mustChangePassword: false };
        return response;
      }),
    ],
  });
  return backend;
}

describe('changing one’s own password', () => {
  it('is offered from the must-change warning, and the warning goes once it is done', async () => {
    const backend = passwordBackend(() => noContent());
    const { router } = renderApp('/', backend, { signedIn: true });

    fireEvent.click(button('立即修改', await screen.findByRole('alert')));
    await screen.findByLabelText('当前密码');
    expect(router.state.location.pathname).toBe('/account/password');
    fill('Old-pass-2024', 'New-Pass-2025!');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(backend.calls.find((c) => c.path === '/api/platform/me/password')?.body).toEqual({ currentPassword: 'Old-pass-2024', newPassword: 'New-Pass-2025!' });
    await waitFor(() => expect(screen.queryByText('您的密码需要修改，请尽快设置新密码。')).toBeNull());
  });

  it('is reachable from the user menu in the header', async () => {
    const { router } = renderApp('/', passwordBackend(() => noContent(), makeUser()), { signedIn: true });

    fireEvent.click(await screen.findByTestId('current-user'));
    fireEvent.click(await screen.findByText('修改密码'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/account/password'));
  });

  it('puts a wrong current password beside that field', async () => {
    renderApp('/account/password', passwordBackend(() => errorResponse({ statusCode: 422, code: 'UNPROCESSABLE', message: '当前密码不正确' })), { signedIn: true });
    await screen.findByLabelText('当前密码');

    fill('Wrong-pass-1', 'New-Pass-2025!');

    expect(await findFieldWithError('当前密码不正确', '当前密码')).toBeTruthy();
  });

  it('checks the new password twice and against the rules before sending', async () => {
    const backend = passwordBackend(() => noContent());
    renderApp('/account/password', backend, { signedIn: true });
    await screen.findByLabelText('当前密码');

    fill('Old-pass-2024', 'short', 'other');

    expect(await screen.findByText(/密码至少10位/)).toBeTruthy();
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
    expect(backend.calls.filter((c) => c.path === '/api/platform/me/password')).toEqual([]);
  });
});
