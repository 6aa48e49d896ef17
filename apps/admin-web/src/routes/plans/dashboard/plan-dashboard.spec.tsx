import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TRole } from '@ipbureau/domain';
import type { TPlanProgress } from '@ipbureau/domain/plans';
import { errorResponse, fakeBackend, makeUser, on, pageOf, type FakeRoute } from '../../../testing/fake-backend';
import { makePlan, makeProgress, makeTask } from '../../../testing/plan-factories';
import { button } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

const plan = makePlan();
const draft = makePlan({ name: { 'zh-CN': '十五五规划（草案）', en: '15th plan (draft)' }, startYear: 2026, endYear: 2030, status: 'draft' });
const progress = makeProgress(plan, {
  valid_invention_patents: { value: '3650', completion: '0.9125', status: 'ahead' },
  valid_trademarks: { available: false, value: null, completion: null, expected: null, status: null, unavailableReason: { 'zh-CN': '知识产权创造服务暂不可用', en: 'The creation service is down' } },
  invention_patents_per_10k: { value: '6.45', completion: '0.9214', status: 'behind' },
});

function dashboardBackend(roles: TRole[], extra: FakeRoute[] = [], answer: TPlanProgress = progress) {
  return fakeBackend({
    user: makeUser({ roles, displayName: '林主任' }),
    routes: [
      ...extra,
      on('GET', '/api/platform/plans', () => Response.json(pageOf([draft, plan]))),
      on('GET', `/api/platform/plans/${plan.id}/progress`, () => Response.json(answer)),
      on('GET', `/api/platform/plans/${plan.id}/tasks`, () =>
        Response.json([
          makeTask(plan.id, { title: '培育高价值专利', milestones: [{ title: '建成培育中心', dueDate: '2024-12-31', doneOn: null, overdue: true }] }),
          makeTask(plan.id, { title: '完善快速维权机制', responsibleDepartment: 'IP-PROTECTION', milestones: [{ title: '设立工作站', dueDate: '2026-06-30', doneOn: null, overdue: false }] }),
        ]),
      ),
    ],
  });
}

const card = (code: string) => screen.getAllByTestId('indicator-card').find((c) => c.dataset.code === code)!;

// A whole-app render with twenty charts is slow on a shared 2-core machine.
describe('the plan dashboard', { timeout: 180_000 }, () => {
  it('shows the active plan’s indicators as cards with value, 2025 target and completion, and an unavailable one with its reason', async () => {
    renderApp('/', dashboardBackend(['plan:viewer']), { signedIn: true });

    await waitFor(() => expect(screen.getAllByTestId('indicator-card')).toHaveLength(10));
    const patents = card('valid_invention_patents');
    expect(within(patents).getByTestId('indicator-value').textContent).toBe('3,650件');
    expect(within(patents).getByText(/2025年目标/)).toBeTruthy();
    expect(within(patents).getByTestId('indicator-target').textContent).toBe('4,000');
    expect(within(patents).getByTestId('indicator-completion').textContent).toBe('91.3%');
    expect(within(patents).getByText('超前')).toBeTruthy();

    const trademarks = card('valid_trademarks');
    expect(trademarks.dataset.available).toBe('false');
    expect(within(trademarks).getByText('暂不可用')).toBeTruthy();
    expect(within(trademarks).getByTestId('indicator-unavailable').textContent).toBe('知识产权创造服务暂不可用');
    expect(within(trademarks).getByTestId('indicator-value').textContent).toBe('—件');
    expect(within(trademarks).queryByTestId('indicator-completion')).toBeNull();

    const density = card('invention_patents_per_10k');
    expect(within(density).getByTestId('indicator-value').textContent).toBe('6.45件/万人');
    expect(within(density).getByTestId('indicator-population').textContent).toBe('按户籍人口 5,660,000 人（2024年）计算');
    expect(within(density).getByText('滞后')).toBeTruthy();

    expect(within(card('pledge_financing')).getByTestId('indicator-target').textContent).toBe('800,000,000');
    expect(screen.getByTestId('computed-at').textContent).toBe('计算时间：2025/06/30 10:15:00');
    // The draft plan is not the one shown, and a leader only reads.
    expect(screen.getByRole('heading', { name: '汕头市知识产权“十四五”规划' })).toBeTruthy();
    expect(screen.getByText('只读查看')).toBeTruthy();
    expect(screen.queryByText('重新计算')).toBeNull();
    // The switcher offers the plans being carried out by name and period (the browser steps pick by period).
    fireEvent.mouseDown(screen.getByLabelText('规划'));
    const options = await screen.findAllByTitle('汕头市知识产权“十四五”规划（2021–2025）');
    expect(options.at(-1)!.className).toContain('ant-select-item-option');
    expect(screen.queryByTitle('十五五规划（草案）（2026–2030）')).toBeNull();
  });

  it('lets an officer recompute at the date shown, with progress showing until the figures are read again', async () => {
    let finish: (response: Response) => void = () => undefined;
    const backend = dashboardBackend(['plan:officer'], [on('POST', `/api/platform/plans/${plan.id}/progress/refresh`, () => new Promise<Response>((resolve) => (finish = resolve)))]);
    renderApp(`/?asOf=2025-06-30`, backend, { signedIn: true });
    await screen.findAllByTestId('indicator-card');
    const reads = () => backend.calls.filter((c) => c.method === 'GET' && c.path === `/api/platform/plans/${plan.id}/progress`).length;
    const before = reads();

    fireEvent.click(button('重新计算'));

    expect(await screen.findByTestId('refreshing')).toBeTruthy();
    const refresh = backend.calls.find((c) => c.method === 'POST');
    expect(refresh?.path).toBe(`/api/platform/plans/${plan.id}/progress/refresh`);
    expect(Object.fromEntries(refresh!.query)).toEqual({ asOf: '2025-06-30' });
    expect(backend.calls.find((c) => c.path.endsWith('/progress'))?.query.get('asOf')).toBe('2025-06-30');
    finish(new Response(null, { status: 204 }));
    await waitFor(() => expect(screen.queryByTestId('refreshing')).toBeNull());
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
  });

  it('shows the task board by lead department with overdue milestones highlighted', async () => {
    renderApp('/', dashboardBackend(['plan:viewer']), { signedIn: true });
    await screen.findAllByTestId('indicator-card');

    fireEvent.click(screen.getByText('重点任务'));

    const columns = await screen.findAllByTestId('task-column');
    expect(columns.map((c) => c.dataset.department)).toEqual(['IP-CREATION', 'IP-PROTECTION']);
    const [late, onTime] = screen.getAllByTestId('milestone');
    expect(late!.dataset.overdue).toBe('true');
    expect(within(late!).getByText('已逾期')).toBeTruthy();
    expect(onTime!.dataset.overdue).toBe('false');
    expect(within(onTime!).queryByText('已逾期')).toBeNull();
    expect(within(columns[0]!).getByTestId('task').dataset.overdue).toBe('true');
  });

  it('ranks the districts by one indicator from each district’s progress, naming those without figures', async () => {
    const longhu = makeProgress(plan, { valid_invention_patents: { value: '1250' } }, { district: '440507' });
    const backend = dashboardBackend(['plan:viewer'], [
      (request) => {
        if (request.method !== 'GET' || request.path !== `/api/platform/plans/${plan.id}/progress`) return undefined;
        const district = request.query.get('district');
        if (district === null) return undefined;
        return district === '440507' ? Response.json(longhu) : errorResponse({ statusCode: 503, code: 'INTERNAL', message: '暂不可用' });
      },
    ]);
    renderApp('/', backend, { signedIn: true });
    await screen.findAllByTestId('indicator-card');

    fireEvent.click(screen.getByText('区县对比'));

    expect(await screen.findByRole('img', { name: '区县对比：专利授权总量' })).toBeTruthy();
    const asked = backend.calls.filter((c) => c.query.has('district')).map((c) => c.query.get('district'));
    expect(new Set(asked)).toEqual(new Set(['440507', '440511', '440512', '440513', '440514', '440515', '440523']));
    expect(await screen.findByText(/以下区县暂无数据：金平区、濠江区、潮阳区、潮南区、澄海区、南澳县/)).toBeTruthy();
  });
});
