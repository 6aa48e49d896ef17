import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { errorResponse, fakeBackend, makeUser, tokenResponse } from '../../testing/fake-backend';
import { renderApp } from '../../testing/render-app';

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  it.each([
    [401, 'UNAUTHENTICATED', '用户名或密码错误'],
    [423, 'ACCOUNT_LOCKED', '账户已锁定，请15分钟后再试'],
  ] as const)('shows the server’s message when login is refused with %i', async (statusCode, code, message) => {
    const backend = fakeBackend({ login: () => errorResponse({ statusCode, code, message }) });
    renderApp('/login', backend);

    signIn('officer', 'wrong-password');

    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(backend.requests).toContainEqual({ method: 'POST', path: '/api/platform/auth/login', language: 'zh-CN' });
  });

  it('puts field messages from the server beside the field', async () => {
    const backend = fakeBackend({
      login: () =>
        errorResponse({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: '请求数据有误',
          issues: [{ path: 'username', message: '用户名过长', code: 'too_big' }],
        }),
    });
    renderApp('/login', backend);

    signIn('x'.repeat(70), 'password');

    expect(await screen.findByText('用户名过长')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('请求数据有误');
  });

  it('asks for both fields before calling the server', async () => {
    const backend = fakeBackend();
    renderApp('/login', backend);

    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(backend.requests.filter((r) => r.path.includes('/auth/'))).toEqual([]);
  });

  it('sends a signed-out user to login and, after it, to the page they wanted', async () => {
    const user = makeUser({ roles: ['protection:officer'] });
    const backend = fakeBackend({ user, login: () => Response.json(tokenResponse(user)) });
    const { router } = renderApp('/protection', backend);

    await screen.findByLabelText('用户名');
    expect(router.state.location.pathname).toBe('/login');

    signIn('officer', 'correct-password');

    expect(await screen.findByRole('heading', { name: '知识产权保护' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/protection');
  });

  it('goes home after login when the wanted page is outside the app', async () => {
    const user = makeUser({ roles: ['creation:viewer'], displayName: '王科长' });
    const backend = fakeBackend({ user, login: () => Response.json(tokenResponse(user)) });
    const { router } = renderApp('/login?redirect=%2F%2Fevil.example', backend);

    signIn('officer', 'correct-password');

    expect(await screen.findByRole('heading', { name: '欢迎，王科长' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
