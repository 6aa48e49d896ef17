import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TOrganizationProfile, TOrganizationSearchResult, TProfileSection } from '@ipbureau/domain/public-services';
import { useLocation } from 'react-router';
import { fakeApi, renderScreen } from '../testing/render-screen';
import { OrganizationProfilePage } from './organization-profile-page';
import { OrganizationSearch } from './organization-search';

const CODE = '91440515MA4UXH0013';
const NAME = '汕头市澄海区星辉玩具有限公司';

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

const routes = [
  {
    path: '/',
    element: (
      <>
        <OrganizationSearch debounceMs={0} />
        <Where />
      </>
    ),
  },
  { path: '/organizations/:creditCode', element: <OrganizationProfilePage /> },
];

const section = (o: Partial<TProfileSection> & Pick<TProfileSection, 'section' | 'pillar'>): TProfileSection => ({ state: 'ok', reason: null, total: 0, recent: [], listLink: '/x', facts: {}, ...o });

const searchResult = (complete = true): TOrganizationSearchResult => ({
  q: '星辉',
  hits: [{ creditCode: CODE, name: NAME, district: '440515', foundIn: ['enterprise', 'patents'] }],
  sources: [],
  complete,
});

describe('the header’s organization search', () => {
  it('suggests organizations for a Chinese name fragment and opens the chosen one’s profile', async () => {
    const { client, calls } = fakeApi({ 'GET /api/public-services/search': () => searchResult(false) });
    renderScreen('/', client, { routes });
    fireEvent.change(screen.getByLabelText('全平台搜索单位'), { target: { value: '星辉' } });
    const hit = await screen.findByTestId('organization-hit');
    expect(within(hit).getByText(NAME)).toBeTruthy();
    expect(within(hit).getByText('专利')).toBeTruthy();
    expect(screen.getByTestId('search-partial').textContent).toContain('部分业务模块未能检索');
    expect(calls.find((c) => c.path === '/api/public-services/search')?.query).toEqual({ q: '星辉' });
    fireEvent.click(hit);
    await waitFor(() => expect(calls.some((c) => c.path === `/api/public-services/organizations/${CODE}/profile`)).toBe(true));
  });

  it('opens the profile when Enter is pressed on a full credit code, lower case included', async () => {
    const { client } = fakeApi({ 'GET /api/public-services/search': () => ({ ...searchResult(), hits: [] }), 'GET /api/public-services/organizations/:code/profile': () => profile() });
    const { router } = renderScreen('/', client, { routes });
    const box = screen.getByLabelText('全平台搜索单位');
    fireEvent.change(box, { target: { value: CODE.toLowerCase() } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organizations/${CODE}`));
  });

  it('does not ask the server for one character', async () => {
    const { client, calls } = fakeApi({ 'GET /api/public-services/search': () => searchResult() });
    renderScreen('/', client, { routes });
    fireEvent.change(screen.getByLabelText('全平台搜索单位'), { target: { value: '星' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.filter((c) => c.path === '/api/public-services/search')).toEqual([]);
  });
});

function profile(complete = true): TOrganizationProfile {
  return {
    creditCode: CODE,
    name: NAME,
    district: '440515',
    complete,
    generatedAt: '2026-01-01T00:00:00.000Z',
    sections: [
      section({
        section: 'enterprise',
        pillar: 'creation',
        total: 1,
        recent: [{ id: '00000000-0000-4000-8000-000000000101', reference: CODE, title: NAME, date: null, status: 'registered', link: '/creation/enterprises/00000000-0000-4000-8000-000000000101' }],
        facts: { industry: '玩具创意', currentTitles: [], validCertificates: 1 },
      }),
      section({
        section: 'patents',
        pillar: 'creation',
        total: 12,
        recent: [{ id: '00000000-0000-4000-8000-000000000102', reference: '201710601862.3', title: '一种玩具积木的连接结构', date: '2017-07-20', status: 'granted', link: '/creation/patents/00000000-0000-4000-8000-000000000102' }],
      }),
      section({
        section: 'trademarks',
        pillar: 'creation',
        total: 1,
        recent: [{ id: '00000000-0000-4000-8000-000000000103', reference: '12345678', title: '9、28', date: '2016-05-07', status: 'registered', link: '/creation/trademarks/00000000-0000-4000-8000-000000000103' }],
      }),
      section({ section: 'pledges', pillar: 'utilization', total: 0 }),
      complete
        ? section({ section: 'cases', pillar: 'protection', total: 0 })
        : section({ section: 'cases', pillar: 'protection', state: 'unavailable', reason: { 'zh-CN': '无法连接知识产权保护服务', en: 'The protection service cannot be reached' } }),
      section({ section: 'agencies', pillar: 'public-services', state: 'forbidden', reason: { 'zh-CN': '您没有知识产权公共服务模块的查看权限', en: 'You have no viewer role in the public-services module' } }),
      section({
        section: 'patentSubsidies',
        pillar: 'creation',
        total: 1,
        recent: [{ id: '00000000-0000-4000-8000-000000000104', reference: '201710601862.3', title: 'PCT国际申请资助 · ¥20000.00', date: '2020-03-01', status: 'paid', link: '/creation/subsidies/00000000-0000-4000-8000-000000000104' }],
      }),
      complete
        ? section({
            section: 'financingSubsidies',
            pillar: 'utilization',
            total: 3,
            recent: [{ id: '00000000-0000-4000-8000-000000000105', reference: 'PICC00000001', title: '保费补贴 · ¥5000.00', date: '2024-02-01', status: 'pending', link: '/utilization/premium-subsidy-payments/00000000-0000-4000-8000-000000000105' }],
            facts: { interestSubsidies: 2, premiumSubsidies: 1 },
          })
        : section({ section: 'financingSubsidies', pillar: 'utilization', state: 'unavailable', reason: { 'zh-CN': '无法连接知识产权运用服务', en: 'The utilization service cannot be reached' } }),
      section({
        section: 'training',
        pillar: 'public-services',
        total: 2,
        recent: [{ id: '00000000-0000-4000-8000-000000000106', reference: '陈一', title: '企业知识产权管理规范培训', date: '2024-04-26', status: 'attended', link: '/public-services/training/00000000-0000-4000-8000-000000000107' }],
        facts: { attended: 1 },
      }),
    ],
  };
}

describe('the organization profile', () => {
  it('assembles the sections with counts, recent records and links into each pillar', async () => {
    const { client } = fakeApi({ 'GET /api/public-services/organizations/:code/profile': () => profile() });
    renderScreen(`/organizations/${CODE}`, client, { routes });
    expect(await screen.findByText(NAME, { selector: 'h4, h3, h2, h1, span, div' })).toBeTruthy();
    expect(screen.getByTestId('profile-credit-code').textContent).toBe(CODE);
    expect(screen.queryByTestId('profile-partial')).toBeNull();
    const patents = screen.getByTestId('section-patents');
    expect(within(patents).getByTestId('total-patents').textContent).toBe('共 12 条');
    expect(within(patents).getByRole('link', { name: '201710601862.3' }).getAttribute('href')).toBe('/creation/patents/00000000-0000-4000-8000-000000000102');
    expect(within(patents).getByText('有效（已授权）')).toBeTruthy();
    expect(within(screen.getByTestId('section-trademarks')).getByText('第 9、28 类')).toBeTruthy();
    expect(screen.getByRole('img', { name: '各模块记录数' })).toBeTruthy();
    expect(within(screen.getByTestId('section-enterprise')).getByText('玩具创意')).toBeTruthy();
    expect(within(screen.getByTestId('section-pledges')).getByText('暂无记录')).toBeTruthy();
    expect(within(screen.getByTestId('section-agencies')).getByText('您没有知识产权公共服务模块的查看权限')).toBeTruthy();
    const subsidies = screen.getByTestId('section-patentSubsidies');
    expect(within(subsidies).getByText('专利资助')).toBeTruthy();
    expect(within(subsidies).getByRole('link', { name: '201710601862.3' }).getAttribute('href')).toBe('/creation/subsidies/00000000-0000-4000-8000-000000000104');
    expect(within(subsidies).getByText('已拨付')).toBeTruthy();
    const financing = screen.getByTestId('section-financingSubsidies');
    expect(within(financing).getByTestId('facts-financingSubsidies').textContent).toBe('质押贷款贴息 2 笔，保险保费补贴 1 笔');
    expect(within(financing).getByText('待审批')).toBeTruthy();
    const training = screen.getByTestId('section-training');
    expect(within(training).getByTestId('total-training').textContent).toBe('共 2 条');
    expect(within(training).getByTestId('facts-training').textContent).toBe('其中已签到 1 人次');
    expect(within(training).getByRole('link', { name: '陈一' }).getAttribute('href')).toBe('/public-services/training/00000000-0000-4000-8000-000000000107');
    expect(within(training).getByText('已签到')).toBeTruthy();
  });

  it('marks a pillar that is down and serves the rest, in English too', async () => {
    const { client } = fakeApi({ 'GET /api/public-services/organizations/:code/profile': () => profile(false) });
    renderScreen(`/organizations/${CODE}`, client, { routes, language: 'en' });
    expect(await screen.findByTestId('profile-partial')).toBeTruthy();
    const cases = screen.getByTestId('section-cases');
    expect(cases.getAttribute('data-state')).toBe('unavailable');
    expect(within(cases).getByText('The protection service cannot be reached')).toBeTruthy();
    expect(within(cases).getByText('Unavailable')).toBeTruthy();
    expect(within(screen.getByTestId('section-patents')).getByText('12 in all')).toBeTruthy();
    const financing = screen.getByTestId('section-financingSubsidies');
    expect(financing.getAttribute('data-state')).toBe('unavailable');
    expect(within(financing).getByText('The utilization service cannot be reached')).toBeTruthy();
    expect(within(screen.getByTestId('section-training')).getByText('1 attended')).toBeTruthy();
  });

  it('refuses what is not a credit code without asking the server', async () => {
    const { client, calls } = fakeApi({});
    renderScreen('/organizations/12345', client, { routes });
    expect(await screen.findByText('统一社会信用代码应为18位数字或大写字母')).toBeTruthy();
    expect(calls.filter((c) => c.path.includes('/organizations/'))).toEqual([]);
  });
});
