import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TMetricDefinition } from '@ipbureau/domain';
import type { TPlanDetail } from '@ipbureau/domain/plans';
import { errorResponse, fakeBackend, makeUser, on, pageOf, type FakeRequest } from '../../../testing/fake-backend';
import { makePlan } from '../../../testing/plan-factories';
import { button, findFieldWithError, pick } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

const fourteenth = makePlan();
const created: TPlanDetail = { ...makePlan({ name: { 'zh-CN': '汕头市知识产权“十五五”规划', en: 'Shantou 15th Five-Year IP Plan' }, startYear: 2026, endYear: 2030, status: 'draft' }), indicators: [] };
const catalogue: TMetricDefinition[] = [
  { key: 'creation.valid_invention_patents', name: { 'zh-CN': '有效发明专利量', en: 'Valid invention patents' }, semantics: 'stock', unit: { 'zh-CN': '件', en: 'items' }, byDistrict: true },
  { key: 'creation.patents_granted', name: { 'zh-CN': '专利授权量', en: 'Patents granted' }, semantics: 'cumulative', unit: { 'zh-CN': '件', en: 'items' }, byDistrict: true },
];

function createBackend(respond: (request: FakeRequest) => Response = () => Response.json(created, { status: 201 })) {
  return fakeBackend({
    user: makeUser({ roles: ['plan:approver'] }),
    routes: [
      on('GET', '/api/platform/plans', () => Response.json(pageOf([fourteenth]))),
      on('GET', '/api/creation/metrics', () => Response.json(catalogue)),
      on('POST', '/api/platform/plans', respond),
      on('GET', `/api/platform/plans/${created.id}`, () => Response.json(created)),
      on('GET', `/api/platform/plans/${created.id}/tasks`, () => Response.json([])),
    ],
  });
}

const posts = (backend: ReturnType<typeof fakeBackend>) => backend.calls.filter((c) => c.method === 'POST' && c.path === '/api/platform/plans');
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The 15th plan with one indicator, the metric picked from the creation pillar's catalogue. */
async function fillFifteenthPlan() {
  await screen.findByLabelText('指标编号');
  // The next period after the latest plan is proposed.
  await waitFor(() => expect((screen.getByLabelText('起始年份') as HTMLInputElement).value).toBe('2026'));
  expect((screen.getByLabelText('结束年份') as HTMLInputElement).value).toBe('2030');
  type('规划名称（中文）', '汕头市知识产权“十五五”规划');
  type('规划名称（英文）', 'Shantou 15th Five-Year IP Plan');
  type('指标编号', 'valid_invention_patents');
  await pick('所属板块', '知识产权创造');
  // The picker opens once the pillar is chosen and its catalogue has been read.
  const picker = screen.getByLabelText('计算依据（业务指标）').closest('.ant-select')!;
  await waitFor(() => expect(picker.className).not.toMatch(/disabled|loading/));
  await pick('计算依据（业务指标）', '有效发明专利量（creation.valid_invention_patents）');
  // The metric brought its name, unit and semantics.
  await waitFor(() => expect((screen.getByLabelText('单位（中文）') as HTMLInputElement).value).toBe('件'));
  expect((screen.getByLabelText('指标名称（中文）') as HTMLInputElement).value).toBe('有效发明专利量');
  type('基期年份', '2025');
  type('基期值', '4000');
  type('年份', '2030');
  type('目标值', '6000');
  type('数据来源部门', '市知识产权局');
}

describe('creating a plan', { timeout: 180_000 }, () => {
  it('posts the 15th plan with its indicator exactly as the contract reads it, then opens it', async () => {
    const backend = createBackend();
    const { router } = renderApp('/plans/new', backend, { signedIn: true });
    await screen.findByLabelText('指标编号');
    await fillFifteenthPlan();

    fireEvent.click(button('创建规划'));

    await waitFor(() => expect(posts(backend)).toHaveLength(1));
    expect(posts(backend)[0]!.body).toEqual({
      name: { 'zh-CN': '汕头市知识产权“十五五”规划', en: 'Shantou 15th Five-Year IP Plan' },
      startYear: 2026,
      endYear: 2030,
      indicators: [
        {
          code: 'valid_invention_patents',
          name: { 'zh-CN': '有效发明专利量', en: 'Valid invention patents' },
          pillar: 'creation',
          metricKey: 'creation.valid_invention_patents',
          semantics: 'stock',
          populationBasis: null,
          unit: { 'zh-CN': '件', en: 'items' },
          decimals: 0,
          baseline: { year: 2025, value: '4000', note: null },
          targets: [{ year: 2030, value: '6000' }],
          sourceDepartment: '市知识产权局',
          sortOrder: 1,
        },
      ],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/plans/${created.id}`));
  });

  it('shows each field the server refuses beside that field', async () => {
    const backend = createBackend(() =>
      errorResponse({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '请求参数有误',
        issues: [
          { path: 'indicators.0.metricKey', message: '知识产权创造服务没有指标 creation.valid_invention_patents', code: 'custom' },
          { path: 'indicators.0.targets.0.value', message: '目标值不能低于基期值', code: 'custom' },
        ],
      }),
    );
    renderApp('/plans/new', backend, { signedIn: true });
    await screen.findByLabelText('指标编号');
    await fillFifteenthPlan();

    fireEvent.click(button('创建规划'));

    expect(await findFieldWithError('知识产权创造服务没有指标 creation.valid_invention_patents', '计算依据（业务指标）')).toBeTruthy();
    expect(await findFieldWithError('目标值不能低于基期值', '目标值')).toBeTruthy();
    expect(screen.queryByText('请求参数有误')).toBeNull();
  });

  it('refuses a density indicator without a population basis before sending, in Chinese', async () => {
    const backend = createBackend();
    renderApp('/plans/new', backend, { signedIn: true });
    await screen.findByLabelText('指标编号');
    await fillFifteenthPlan();
    await pick('统计口径', '每万人密度');

    fireEvent.click(button('创建规划'));

    expect(await findFieldWithError('密度指标须指定人口口径（常住或户籍）', '人口口径')).toBeTruthy();
    expect(posts(backend)).toHaveLength(0);
  });
});
