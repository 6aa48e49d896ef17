import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, renderScreen } from '../../testing/render-screen';
import { makePledge, pageOf } from '../../testing/factories';

const disbursed = makePledge({ pledgorName: '汕头市某化工有限公司', status: 'disbursed', loanAmount: '12345678.90', outstandingPrincipal: '2000000.10', district: '440513' });

describe('the pledge list', () => {
  it('shows the server’s page with exact amounts, statuses and districts', async () => {
    renderScreen('/utilization/pledges', fakeBackend(({ path }) => (path === '/api/utilization/pledges' ? { body: pageOf([disbursed]) } : undefined)));
    const link = await screen.findByRole('link', { name: '汕头市某化工有限公司' });
    expect(link.getAttribute('href')).toBe(`/utilization/pledges/${disbursed.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('12,345,678.90')).toBeTruthy();
    expect(within(row).getByText('2,000,000.10')).toBeTruthy();
    expect(within(row).getByText('已放款')).toBeTruthy();
    expect(within(row).getByText('潮阳区')).toBeTruthy();
  });

  it('asks the server for the chosen status, kind of right and district, from the first page', async () => {
    const backend = fakeBackend(({ path }) => (path === '/api/utilization/pledges' ? { body: pageOf([disbursed]) } : undefined));
    renderScreen('/utilization/pledges', backend);
    await screen.findByRole('link', { name: '汕头市某化工有限公司' });

    const choose = async (field: string, option: string) => {
      fireEvent.mouseDown(screen.getByLabelText(field));
      const options = await screen.findAllByTitle(option);
      fireEvent.click(options.at(-1)!);
    };
    await choose('状态', '已违约');
    await choose('质押权利类型', '地理标志');
    await choose('所在区县', '澄海区');
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));

    await waitFor(() => {
      const last = backend.calls.filter((c) => c.path === '/api/utilization/pledges').at(-1);
      expect(Object.fromEntries(last?.query ?? [])).toEqual({ status: 'defaulted', rightKind: 'gi', district: '440515', page: '1', pageSize: '20' });
    });
  });

  it('exports the filtered list, all its pages, as an Excel file', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const backend = fakeBackend(({ path }) => (path === '/api/utilization/pledges' ? { body: pageOf([disbursed]) } : undefined));
    renderScreen('/utilization/pledges', backend);
    await screen.findByRole('link', { name: '汕头市某化工有限公司' });
    fireEvent.mouseDown(screen.getByLabelText('状态'));
    fireEvent.click((await screen.findAllByTitle('已违约')).at(-1)!);
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(backend.calls.at(-1)?.query.get('status')).toBe('defaulted'));
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    const exported = backend.calls.filter((c) => c.query.get('format') === 'xlsx');
    expect(exported.map((c) => [c.path, Object.fromEntries(c.query)])).toEqual([['/api/utilization/pledges', { status: 'defaulted', format: 'xlsx' }]]);
    saved.mockRestore();
  });

  it('lists the pledges of one lender, chosen among the lenders with a credit code', async () => {
    const boc = { lenderCreditCode: '914405001923045683', lenderName: '中国银行汕头分行', pledgeCount: 3 };
    const byName = { lenderCreditCode: null, lenderName: '汕头农商银行（南澳支行）', pledgeCount: 1 };
    const backend = fakeBackend(({ path }) => (path === '/api/utilization/pledges' ? { body: pageOf([disbursed]) } : path === '/api/utilization/lenders' ? { body: [boc, byName] } : undefined));
    renderScreen('/utilization/pledges', backend);
    await screen.findByRole('link', { name: '汕头市某化工有限公司' });
    fireEvent.mouseDown(screen.getByLabelText('质权人（贷款银行）'));
    fireEvent.click((await screen.findAllByTitle(`中国银行汕头分行（${boc.lenderCreditCode}）`)).at(-1)!);
    // A lender known only by name has no code to filter by.
    expect(screen.queryAllByTitle(/南澳支行/)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => {
      const last = backend.calls.filter((c) => c.path === '/api/utilization/pledges').at(-1);
      expect(Object.fromEntries(last?.query ?? [])).toEqual({ lenderCreditCode: boc.lenderCreditCode, page: '1', pageSize: '20' });
    });
  });
});
