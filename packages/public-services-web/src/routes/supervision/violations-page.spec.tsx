import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { page, violation } from '../../testing/factories';
import { fakeApi, renderScreen } from '../../testing/render-screen';

describe('the violations list', () => {
  it('offers the actions the record’s status allows and applies one with the version read', async () => {
    const open = violation({ agencyName: '汕头市挂证代理公司', version: 3 });
    const { client, calls } = fakeApi({
      'GET /api/public-services/supervision-records': () => page([open]),
      'POST /api/public-services/supervision-records/:id/actions/:action': () => ({ ...open, status: 'rectified', allowedActions: ['reopen', 'close'], version: 4, history: [] }),
    });
    renderScreen('/public-services/violations', client);
    expect(await screen.findByText('汕头市挂证代理公司')).toBeTruthy();
    expect(screen.getByText('挂证')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '退回整改' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '确认整改' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/api/public-services/supervision-records/${open.id}/actions/rectify`);
    expect(post.body).toMatchObject({ version: 3 });
    expect(calls.find((c) => c.path.endsWith('/supervision-records'))?.query).toMatchObject({ kind: 'violation' });
  });

  it('offers a viewer no actions', async () => {
    const { client, calls } = fakeApi({ 'GET /api/public-services/supervision-records': () => page([violation({ agencyName: '汕头市查看代理公司' })]) }, { roles: ['public-services:viewer'] });
    renderScreen('/public-services/violations', client);
    expect(await screen.findByText('汕头市查看代理公司')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.path === '/api/platform/me')).toBe(true));
    expect(screen.queryByRole('button', { name: '确认整改' })).toBeNull();
    expect(screen.queryByRole('button', { name: /结\s*案/ })).toBeNull();
  });

  it('marks a closed record that was referred to the blacklist', async () => {
    const referred = violation({ agencyName: '汕头市移送代理公司', status: 'closed', allowedActions: [], blacklistReferral: { eventId: '00000000-0000-4000-8000-0000000000ee', referredOn: '2024-06-01' } });
    const { client } = fakeApi({ 'GET /api/public-services/supervision-records': () => page([referred, violation({ agencyName: '汕头市未移送代理公司' })]) });
    renderScreen('/public-services/violations', client);
    const row = (await screen.findByText('汕头市移送代理公司')).closest('tr')!;
    expect(row.textContent).toContain('已移送失信名单');
    expect(screen.getByText('汕头市未移送代理公司').closest('tr')!.textContent).not.toContain('已移送失信名单');
  });
});
