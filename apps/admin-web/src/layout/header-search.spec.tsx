import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TOrganizationProfile, TOrganizationSearchResult } from '@ipbureau/domain/public-services';
import { fakeBackend, lastQuery, makeUser, on } from '../testing/fake-backend';
import { renderApp } from '../testing/render-app';

const CODE = '91440515MA4UXH0013';
const NAME = '汕头市澄海区星辉玩具有限公司';

const result: TOrganizationSearchResult = { q: CODE, hits: [{ creditCode: CODE, name: NAME, district: '440515', foundIn: ['enterprise'] }], sources: [], complete: true };
const profile: TOrganizationProfile = {
  creditCode: CODE,
  name: NAME,
  district: '440515',
  complete: true,
  generatedAt: '2026-11-25T00:00:00.000Z',
  sections: [{ section: 'patents', pillar: 'creation', state: 'ok', reason: null, total: 3, recent: [], listLink: '/creation/patents', facts: {} }],
};

describe('the unified search in the shell header', () => {
  it('searches a credit code from the header and lands on the organization profile', async () => {
    const backend = fakeBackend({
      user: makeUser({ roles: ['protection:viewer'] }),
      routes: [on('GET', '/api/public-services/search', () => Response.json(result)), on('GET', `/api/public-services/organizations/${CODE}/profile`, () => Response.json(profile))],
    });
    const { router } = renderApp('/', backend, { signedIn: true });
    const box = await screen.findByLabelText('全平台搜索单位');
    fireEvent.change(box, { target: { value: CODE } });
    fireEvent.click(await screen.findByTestId('organization-hit'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organizations/${CODE}`));
    expect(await screen.findByText('共 3 条')).toBeTruthy();
    expect(lastQuery(backend, '/api/public-services/search')).toEqual({ q: CODE });
  });

  it('is not offered to a user without a module role, and its page is refused', async () => {
    renderApp(`/organizations/${CODE}`, fakeBackend({ user: makeUser({ roles: ['auditor'] }) }), { signedIn: true });
    expect(await screen.findByText('403')).toBeTruthy();
    expect(screen.queryByLabelText('全平台搜索单位')).toBeNull();
  });
});
