import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBackend, makeUser, on } from '../../../testing/fake-backend';
import { makePlan, makeReport, makeTask, makeTaskReport } from '../../../testing/plan-factories';
import { button } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';
import { REPORT_PRINT_CSS } from './report-print-css';

const plan = makePlan();
const task = makeTask(plan.id, { title: '培育高价值专利', milestones: [{ title: '建成培育中心', dueDate: '2024-12-31', doneOn: null, overdue: true }] });
const report = makeReport(plan, [{ ...task, reports: [makeTaskReport(task.id, { period: '2025-H1', text: '高价值专利培育中心已挂牌运行' })] }]);
report.indicators[1] = { ...report.indicators[1]!, value: '3650', completion: '0.9125', status: 'ahead' };
report.indicators[4] = { ...report.indicators[4]!, available: false, value: null, completion: null, status: null, unavailableReason: { 'zh-CN': '知识产权创造服务暂不可用', en: 'Creation is down' } };

function reportBackend() {
  return fakeBackend({
    user: makeUser({ roles: ['plan:viewer'] }),
    routes: [
      on('GET', `/api/platform/plans/${plan.id}/report`, () => Response.json(report)),
      on('GET', `/api/platform/plans/${plan.id}/report.xlsx`, () => new Response(new Uint8Array([0x50, 0x4b]), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })),
    ],
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the evaluation report page', { timeout: 180_000 }, () => {
  it('renders the Chinese title, the indicator table, the summary and the task progress', async () => {
    const backend = reportBackend();
    renderApp(`/plans/${plan.id}/report?year=2025`, backend, { signedIn: true });

    expect(await screen.findByRole('heading', { level: 1, name: '汕头市知识产权“十四五”规划 2025年度实施评估报告' })).toBeTruthy();
    expect(backend.calls.find((c) => c.path.endsWith('/report'))?.query.get('year')).toBe('2025');
    const table = screen.getByRole('table');
    for (const header of ['序号', '指标', '单位', '口径', '基期值（2020年）', '2025-12-31 实际值', '目标值', '完成率', '评价', '数据来源']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeTruthy();
    }
    const rows = screen.getAllByTestId('report-row');
    expect(rows).toHaveLength(10);
    const patents = rows.find((r) => r.dataset.code === 'valid_invention_patents')!;
    expect([...patents.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '有效发明专利量', '件', '存量', '2,949', '3,650', '4,000（2025）', '91.3%', '超前', '市知识产权局']);
    const trademarks = rows.find((r) => r.dataset.code === 'valid_trademarks')!;
    expect(within(trademarks).getByText('暂不可用：知识产权创造服务暂不可用')).toBeTruthy();
    const density = rows.find((r) => r.dataset.code === 'invention_patents_per_10k')!;
    expect(within(density).getByText('每万人密度（户籍人口 5,660,000，2024）')).toBeTruthy();
    expect(screen.getByTestId('report-summary').textContent).toBe('纳入评估的 10 项指标中，超前 0 项，正常 10 项，滞后 0 项，无基期值 0 项，暂不可用 0 项。');
    const taskBlock = screen.getByTestId('report-task');
    expect(within(taskBlock).getByText(/高价值专利培育中心已挂牌运行/)).toBeTruthy();
    expect(within(taskBlock).getByText(/已逾期/)).toBeTruthy();
    expect(screen.getByText('打印 / 另存为 PDF')).toBeTruthy();
  });

  it('prints on A4 with a Chinese font stack and the shell hidden', () => {
    expect(REPORT_PRINT_CSS).toContain('@page { size: A4;');
    expect(REPORT_PRINT_CSS).toMatch(/font-family: "Noto Sans CJK SC", .*"WenQuanYi Micro Hei", "Microsoft YaHei".*sans-serif/);
    expect(REPORT_PRINT_CSS).toMatch(/@media print \{\s*\.ant-layout-sider, \.ant-layout-header/);
  });

  it('prints from the browser and fetches the year’s XLSX through the API client and saves it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const createObjectURL = vi.fn(() => 'blob:report');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const backend = reportBackend();
    renderApp(`/plans/${plan.id}/report?year=2025`, backend, { signedIn: true });
    await screen.findAllByTestId('report-row');

    fireEvent.click(button('打印 / 另存为 PDF'));
    expect(print).toHaveBeenCalledOnce();

    fireEvent.click(screen.getByText('导出 Excel'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce());
    const exported = backend.calls.find((c) => c.path.endsWith('/report.xlsx'));
    expect(exported?.query.get('year')).toBe('2025');
  });
});
