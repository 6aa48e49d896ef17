import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TNotification } from '@ipbureau/domain';
import { fakeBackend, makeUser, noContent, on, pageOf } from '../testing/fake-backend';
import { renderApp } from '../testing/render-app';

function notification(overrides: Partial<TNotification> = {}): TNotification {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    kind: 'case.deadline_near',
    severity: 'warning',
    title: '案件 2026-017 办案期限将至',
    body: '距办案期限还有 5 个工作日',
    link: '/protection/cases/42',
    dueDate: '2026-12-04',
    module: 'protection',
    source: 'protection',
    regionCode: '440500',
    raisedAt: '2026-11-25T08:00:00+08:00',
    readAt: null,
    ...overrides,
  };
}

/** A backend holding two notifications for the user, one unread, that records reads. */
function backendWith(items: TNotification[]) {
  const state = items.map((n) => ({ ...n }));
  return fakeBackend({
    user: makeUser({ roles: ['protection:officer'] }),
    routes: [
      on('GET', '/api/platform/me/notifications/summary', () => Response.json({ unread: state.filter((n) => n.readAt === null).length })),
      on('GET', '/api/platform/me/notifications', () => Response.json(pageOf(state))),
      (request) => {
        const match = /^\/api\/platform\/me\/notifications\/([\w-]+)\/(read|dismiss)$/.exec(request.path);
        if (request.method !== 'POST' || !match) return undefined;
        const index = state.findIndex((n) => n.id === match[1]);
        if (match[2] === 'read') state[index]!.readAt = '2026-11-25T09:00:00+08:00';
        else state.splice(index, 1);
        return noContent();
      },
    ],
  });
}

describe('the notification bell', () => {
  it('shows the unread count and lists the alerts, in Chinese, with their due dates', async () => {
    renderApp('/', backendWith([notification(), notification({ id: '00000000-0000-4000-8000-0000000000a2', title: '年费缴纳提醒', severity: 'info', readAt: '2026-11-20T08:00:00+08:00' })]), { signedIn: true });
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('通知：1 条未读'));

    fireEvent.click(bell);
    const items = await screen.findAllByTestId('notification');
    expect(items.map((i) => i.dataset.unread)).toEqual(['true', 'false']);
    expect(within(items[0]!).getByText('案件 2026-017 办案期限将至')).toBeTruthy();
    expect(within(items[0]!).getByText('注意')).toBeTruthy();
    expect(within(items[0]!).getByText(/期限 2026-12-04/)).toBeTruthy();
  });

  it('marks an alert read and the count follows', async () => {
    const backend = backendWith([notification()]);
    renderApp('/', backend, { signedIn: true });
    const bell = await screen.findByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('通知：1 条未读'));
    fireEvent.click(bell);
    fireEvent.click(await screen.findByRole('button', { name: '标为已读' }));
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('通知'));
    expect(backend.calls.some((c) => c.method === 'POST' && c.path.endsWith('/read'))).toBe(true);
  });

  it('dismisses an alert from the list', async () => {
    renderApp('/', backendWith([notification()]), { signedIn: true });
    fireEvent.click(await screen.findByTestId('notification-bell'));
    await screen.findByTestId('notification');
    fireEvent.click(screen.getByRole('button', { name: '移除' }));
    await waitFor(() => expect(screen.queryByTestId('notification')).toBeNull());
    expect(await screen.findByText('暂无通知')).toBeTruthy();
  });
});
