import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCaseFile } from '../../testing/case-factories';
import { renderScreen } from '../../testing/render-screen';

const listed = aCaseFile({ caseNumber: '汕市监知案〔2025〕7号', status: 'investigating' });

describe('the case workbench', () => {
  it('lists the server’s page of cases with kind, district and status in Chinese', async () => {
    renderScreen('/protection/cases', () => ({ body: { items: [listed], total: 41, page: 1, pageSize: 20 } }));
    const row = (await screen.findByText('汕市监知案〔2025〕7号')).closest('tr')!;
    expect(within(row).getByText('商标侵权')).toBeTruthy();
    expect(within(row).getByText('金平区')).toBeTruthy();
    expect(within(row).getByText('调查中')).toBeTruthy();
    expect(screen.getByText('共 41 条')).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe(`/protection/cases/${listed.id}`);
  });

  it('offers an officer the register form', async () => {
    const { router } = renderScreen('/protection/cases', () => ({ body: { items: [], total: 0, page: 1, pageSize: 20 } }));
    fireEvent.click(await screen.findByRole('button', { name: '立案登记' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/protection/cases/new'));
  });

  it('asks the server for a status, back on the first page', async () => {
    const { calls } = renderScreen('/protection/cases', () => ({ body: { items: [listed], total: 1, page: 1, pageSize: 20 } }));
    await screen.findByText('汕市监知案〔2025〕7号');
    fireEvent.mouseDown(within(screen.getByRole('search')).getAllByRole('combobox')[1]!);
    fireEvent.click(await screen.findByTitle('已结案'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/cases' && c.query.get('status') === 'closed' && c.query.get('page') === '1')).toBe(true));
  });

  it('searches by text and narrows to the caller’s own cases', async () => {
    const { calls } = renderScreen('/protection/cases', () => ({ body: { items: [], total: 0, page: 1, pageSize: 20 } }));
    fireEvent.change(await screen.findByPlaceholderText('案号、案由或当事人'), { target: { value: ' 玩具 ' } });
    fireEvent.keyDown(screen.getByPlaceholderText('案号、案由或当事人'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(calls.some((c) => c.query.get('q') === '玩具')).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: '只看我承办的' }));
    await waitFor(() => expect(calls.some((c) => c.query.get('officer') === '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10')).toBe(true));
  });

  it('shows each case’s time limit with a badge and asks the server for the overdue ones', async () => {
    const overdue = aCaseFile({
      caseNumber: '汕市监知案〔2025〕8号',
      status: 'investigating',
      deadline: { due: '2026-02-24', basis: { 'zh-CN': '九十日内作出处理决定', en: '90 days' }, rule: 'samr-penalty-90d', suspendedDays: 0, suspended: false, extended: false, overdue: true, state: 'overdue', daysLeft: -3 },
    });
    const soon = aCaseFile({
      caseNumber: '汕市监知案〔2025〕9号',
      deadline: { due: '2026-03-02', basis: { 'zh-CN': '九十日', en: '90 days' }, rule: 'samr-penalty-90d', suspendedDays: 0, suspended: false, extended: false, overdue: false, state: 'due_soon', daysLeft: 2 },
    });
    const { calls } = renderScreen('/protection/cases', () => ({ body: { items: [overdue, soon], total: 2, page: 1, pageSize: 20 } }));
    const row = (await screen.findByText('汕市监知案〔2025〕8号')).closest('tr')!;
    expect(within(row).getByText('2026-02-24 前')).toBeTruthy();
    expect(within(row).getByText('超期 3 天')).toBeTruthy();
    const soonRow = screen.getByText('汕市监知案〔2025〕9号').closest('tr')!;
    expect(within(soonRow).getByText('剩 2 天')).toBeTruthy();
    fireEvent.mouseDown(within(screen.getByRole('search')).getAllByRole('combobox')[3]!);
    fireEvent.click(await screen.findByTitle('已超期'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/cases' && c.query.get('deadline') === 'overdue')).toBe(true));
  });
});
