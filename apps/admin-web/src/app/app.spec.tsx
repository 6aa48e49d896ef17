import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { fakeBackend, makeUser } from '../testing/fake-backend';
import { memoryStorage, renderApp } from '../testing/render-app';

describe('the signed-in app', () => {
  it('lists the health of all five services on the home page of a user without a plan role', async () => {
    renderApp('/', fakeBackend({ user: makeUser({ roles: ['creation:viewer'] }) }), { signedIn: true });

    for (const service of ['platform', 'creation', 'utilization', 'protection', 'public-services']) {
      const row = await screen.findByTestId(`health-${service}`);
      await waitFor(() => expect(within(row).getByText('正常')).toBeTruthy());
    }
  });

  it('mounts each pillar’s home with its description and its service’s health', async () => {
    renderApp('/utilization', fakeBackend({ user: makeUser({ roles: ['utilization:viewer'] }) }), { signedIn: true });

    expect(await screen.findByRole('heading', { name: '知识产权运用' })).toBeTruthy();
    expect(screen.getByText(/知识产权质押融资/)).toBeTruthy();
    expect(await screen.findByText('正常')).toBeTruthy();
  });

  it('refuses a pillar the user has no role in, even by its address', async () => {
    renderApp('/utilization', fakeBackend({ user: makeUser({ roles: ['creation:viewer'] }) }), { signedIn: true });

    expect(await screen.findByText('您没有访问此页面的权限。')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '知识产权运用' })).toBeNull();
  });

  it('warns while the password must be changed', async () => {
    renderApp('/', fakeBackend({ user: makeUser({ mustChangePassword: true }) }), { signedIn: true });
    expect(await screen.findByText('您的密码需要修改，请尽快设置新密码。')).toBeTruthy();
  });

  it('shows no warning otherwise', async () => {
    renderApp('/', fakeBackend({ user: makeUser() }), { signedIn: true });
    await screen.findByTestId('menu-dashboard');
    expect(screen.queryByText('您的密码需要修改，请尽快设置新密码。')).toBeNull();
  });

  it('switches to English, remembers it, and asks the services for English', async () => {
    const backend = fakeBackend({ user: makeUser({ roles: ['creation:officer'] }) });
    const { localStorage } = renderApp('/', backend, { signedIn: true });
    await screen.findByTestId('menu-creation');

    fireEvent.click(screen.getByText('English'));

    await waitFor(() => expect(screen.getByTestId('menu-creation').textContent).toBe('IP creation'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: /Sign out/ }));
    await waitFor(() => expect(backend.requests.at(-1)).toMatchObject({ path: '/api/platform/auth/logout', language: 'en' }));
  });

  it('starts in the language chosen last time', async () => {
    const localStorage = memoryStorage();
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderApp('/', fakeBackend({ user: makeUser({ displayName: 'Lin' }) }), { signedIn: true, localStorage });

    expect(await screen.findByRole('heading', { name: 'Welcome, Lin' })).toBeTruthy();
  });

  it('signs out to the login page and forgets the session', async () => {
    const backend = fakeBackend({ user: makeUser() });
    const { context, router } = renderApp('/', backend, { signedIn: true });

    fireEvent.click(await screen.findByRole('button', { name: /退出登录/ }));

    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(context.tokens.hasSession()).toBe(false);
    expect(backend.requests.some((r) => r.method === 'POST' && r.path === '/api/platform/auth/logout')).toBe(true);
  });
});
