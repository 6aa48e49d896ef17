import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TInfoRequest, TNavigationProject, TPolicyHit, TSupervisionResults, TTrusteeshipContract } from '@ipbureau/domain/public-services';
import { agency, page } from '../testing/factories';
import { fakeApi, refusal, renderScreen } from '../testing/render-screen';

// Supervision by results, the policy library, information-service requests, navigation and
// trusteeship screens.

const USER = '00000000-0000-4000-8000-000000000001';
const stamp = { version: 2, departmentId: null, createdAt: '2024-01-01T00:00:00.000Z', createdBy: USER, district: '440507' };

const results: TSupervisionResults = {
  from: '2024-01-01',
  to: '2024-12-31',
  district: null,
  overallGrantRate: 0.6471,
  overallAbnormalShare: 0.0762,
  rule: { abnormalShareAbove: 0.05, grantRateBelowCityBy: 0.15, minFiled: 10 },
  agencies: [
    {
      rank: 1,
      creditCode: '91440507MA6000001X',
      agencyId: '00000000-0000-4000-8000-00000000a001',
      name: '汕头市蓝天专利代理事务所',
      filed: 40,
      granted: 10,
      refusedOrWithdrawn: 20,
      flaggedAbnormal: 8,
      grantRate: 0.3333,
      abnormalShare: 0.2,
      outlier: true,
      outlierReasons: ['abnormal_share', 'low_grant_rate'],
      agents: [{ licenceNumber: '1144000001', agentId: null, name: '郑代理', filed: 25, granted: 5, refusedOrWithdrawn: 15, flaggedAbnormal: 8, grantRate: 0.25, abnormalShare: 0.32, outlier: true, outlierReasons: ['abnormal_share'] }],
    },
    {
      rank: 2,
      creditCode: '91440507MA6000002X',
      agencyId: '00000000-0000-4000-8000-00000000a002',
      name: '汕头市优质知识产权代理有限公司',
      filed: 60,
      granted: 45,
      refusedOrWithdrawn: 5,
      flaggedAbnormal: 0,
      grantRate: 0.9,
      abnormalShare: 0,
      outlier: false,
      outlierReasons: [],
      agents: [],
    },
  ],
};

describe('supervision by results', () => {
  it('ranks agencies with their rates, marks those to inspect, charts them and asks for the window chosen', async () => {
    const { client, calls } = fakeApi({ 'GET /api/public-services/supervision/results': () => results });
    renderScreen('/public-services/results', client);
    const flaggedLink = await screen.findByText('汕头市蓝天专利代理事务所', { selector: 'a' });
    expect(screen.getByText('33.3%')).toBeTruthy();
    expect(screen.getByText('64.7%')).toBeTruthy();
    const flagged = flaggedLink.closest('tr')!;
    expect(within(flagged).getByText('非正常申请占比偏高')).toBeTruthy();
    expect(within(flagged).getByText('授权率明显低于全市')).toBeTruthy();
    const good = screen.getByText('汕头市优质知识产权代理有限公司', { selector: 'a' }).closest('tr')!;
    expect(within(good).queryByText('非正常申请占比偏高')).toBeNull();
    // The chart marks the outlier in its category label.
    const chart = screen.getByLabelText('各代理机构授权率与非正常申请占比（%）');
    expect(within(chart).getByText('⚠ 汕头市蓝天专利代理事务所')).toBeTruthy();
    expect(within(chart).getByText('汕头市优质知识产权代理有限公司')).toBeTruthy();
    expect(screen.getByText(/申请量不少于 10 件/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('申请日自'), { target: { value: '2023-01-01' } });
    fireEvent.click(screen.getByText(/^查\s*询$/));
    await waitFor(() => expect(calls.some((c) => (c.query as Record<string, string>)?.from === '2023-01-01')).toBe(true));
  });

  it('says the results cannot be read when the creation module is down (503), with the server’s reason', async () => {
    const { client } = fakeApi({
      'GET /api/public-services/supervision/results': () => {
        throw refusal({ statusCode: 503, code: 'INTERNAL', message: '按结果监管需要读取创造模块的数据：无法连接创造服务' });
      },
    });
    renderScreen('/public-services/results', client);
    expect(await screen.findByText('暂时无法获取按结果监管数据')).toBeTruthy();
    expect(screen.getByText('按结果监管需要读取创造模块的数据：无法连接创造服务')).toBeTruthy();
  });
});

describe('the policy library', () => {
  const hit = (o: Partial<TPolicyHit>): TPolicyHit => ({
    id: '00000000-0000-4000-8000-00000000b001',
    kind: 'policy',
    title: '汕头市知识产权质押融资风险补偿办法',
    issuer: '汕头市市场监督管理局',
    documentNumber: '汕市监〔2022〕12号',
    effectiveDate: '2022-03-01',
    expiryDate: null,
    attachments: [],
    titleMatch: true,
    excerpt: null,
    ...stamp,
    ...o,
  });

  it('searches the full text, marks title hits and shows where the body matched', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/policies': (call) =>
        (call.query as Record<string, string>)?.q === '质押融资'
          ? page([hit({}), hit({ id: '00000000-0000-4000-8000-00000000b002', title: '关于推进知识产权工作的通知', documentNumber: null, titleMatch: false, excerpt: '鼓励企业开展知识产权质押融资' })])
          : page([]),
    });
    renderScreen('/public-services/policies', client);
    fireEvent.change(await screen.findByLabelText('全文检索'), { target: { value: '质押融资' } });
    fireEvent.click(screen.getByText(/^查\s*询$/));
    expect(await screen.findByText('汕头市知识产权质押融资风险补偿办法')).toBeTruthy();
    expect(screen.getAllByText('标题命中')).toHaveLength(1);
    expect(screen.getByText('…鼓励企业开展知识产权质押融资…')).toBeTruthy();
    expect(screen.getByText('汕市监〔2022〕12号')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/public-services/policies').at(-1)?.query).toMatchObject({ q: '质押融资', page: 1 });
  });
});

describe('information services, navigation and trusteeship', () => {
  const delivered: TInfoRequest = {
    id: '00000000-0000-4000-8000-00000000c001',
    kind: 'search',
    enterpriseName: '汕头市澄海玩具有限公司',
    enterpriseCreditCode: '91440515MA5000001X',
    subject: '智能玩具专利检索',
    description: '',
    requestedDate: '2024-03-01',
    status: 'delivered',
    providerName: '汕头市知识产权信息服务中心',
    providerAgencyId: null,
    assignedOn: '2024-03-02',
    deliverable: '检索报告',
    deliveredOn: '2024-04-01',
    rating: null,
    ratingComment: null,
    ratedOn: null,
    allowedActions: ['rate'],
    ...stamp,
    version: 3,
  };

  it('rates a delivered request with the version read', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/info-requests': () => page([delivered]),
      'POST /api/public-services/info-requests/:id/transitions': () => ({ ...delivered, status: 'rated', rating: 5, allowedActions: [], history: [] }),
    });
    renderScreen('/public-services/info-requests', client);
    expect(await screen.findByText('智能玩具专利检索')).toBeTruthy();
    expect(screen.queryByText('分派服务机构')).toBeNull();
    fireEvent.click(screen.getByText('满意度评价'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/api/public-services/info-requests/${delivered.id}/transitions`);
    expect(post.body).toMatchObject({ action: 'rate', version: 3, rating: 5 });
  });

  it('shows a request’s dated steps', async () => {
    const history = [
      { from: null, to: 'submitted', action: 'create', date: '2024-03-01', note: '', at: '2024-03-01T02:00:00.000Z', by: USER },
      { from: 'submitted', to: 'assigned', action: 'assign', date: '2024-03-02', note: '汕头市知识产权信息服务中心', at: '2024-03-02T02:00:00.000Z', by: USER },
    ];
    const { client } = fakeApi({
      'GET /api/public-services/info-requests': () => page([delivered]),
      'GET /api/public-services/info-requests/:id': () => ({ ...delivered, history }),
    });
    renderScreen('/public-services/info-requests', client);
    fireEvent.click(await screen.findByText('智能玩具专利检索'));
    expect(await screen.findByText('2024-03-01 受理')).toBeTruthy();
    expect(screen.getByText('2024-03-02 分派服务机构：汕头市知识产权信息服务中心')).toBeTruthy();
  });

  it('lists navigation projects with their deliverables delivered, and trusteeship contracts in English', async () => {
    const project: TNavigationProject = {
      id: '00000000-0000-4000-8000-00000000d001',
      title: '汕头市玩具创意产业专利导航',
      kind: 'industry',
      industry: '玩具创意',
      undertaker: '汕头市知识产权信息服务中心',
      startDate: '2022-05-01',
      endDate: null,
      budget: '300000.00',
      deliverables: [
        { name: '导航分析报告', dueDate: null, deliveredOn: '2022-12-20' },
        { name: '专题数据库', dueDate: null, deliveredOn: null },
      ],
      ...stamp,
    };
    const contract: TTrusteeshipContract = {
      id: '00000000-0000-4000-8000-00000000e001',
      agencyId: '00000000-0000-4000-8000-00000000a001',
      agencyName: 'Shantou IP Service Centre',
      enterpriseName: 'Shantou Small Tech Co.',
      enterpriseCreditCode: '91440507MA5000002X',
      contractNumber: 'TG-2022-001',
      startDate: '2022-01-01',
      endDate: '2023-12-31',
      terminatedOn: '2022-12-31',
      terminationReason: 'moved away',
      fee: '20000.00',
      rights: [{ kind: 'patent', number: 'ZL201710601862.3' }],
      ...stamp,
    };
    const { client } = fakeApi({
      'GET /api/public-services/navigation-projects': () => page([project]),
      'GET /api/public-services/trusteeship-contracts': () => page([contract]),
    });
    const first = renderScreen('/public-services/navigation', client);
    expect(await screen.findByText('汕头市玩具创意产业专利导航')).toBeTruthy();
    expect(screen.getByText('已交付 1/2')).toBeTruthy();
    first.unmount();

    renderScreen('/public-services/trusteeship', client, { language: 'en' });
    expect(await screen.findByText('TG-2022-001')).toBeTruthy();
    expect(screen.getByText('IP trusteeship', { selector: 'h1, h2, h3, h4, h5' })).toBeTruthy();
    expect(screen.getByText('Terminated 2022-12-31')).toBeTruthy();
  });

  it('opens a trusteeship contract and records a service given under it', async () => {
    const contract: TTrusteeshipContract = {
      id: '00000000-0000-4000-8000-00000000e002',
      agencyId: '00000000-0000-4000-8000-00000000a001',
      agencyName: '汕头市知识产权信息服务中心',
      enterpriseName: '汕头市小微科技有限公司',
      enterpriseCreditCode: '91440507MA5000003X',
      contractNumber: 'TG-2024-007',
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      terminatedOn: null,
      terminationReason: null,
      fee: null,
      rights: [{ kind: 'trademark', number: '12345678' }],
      ...stamp,
    };
    const { client, calls } = fakeApi({
      'GET /api/public-services/trusteeship-contracts': () => page([contract]),
      'GET /api/public-services/trusteeship-contracts/:id': () => ({ ...contract, services: [] }),
      'POST /api/public-services/trusteeship-contracts/:id/services': () => ({ ...contract, services: [] }),
    });
    renderScreen('/public-services/trusteeship', client);
    fireEvent.click(await screen.findByText('TG-2024-007'));
    expect(await screen.findByText('12345678')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('服务内容'), { target: { value: '商标续展提醒' } });
    fireEvent.click(screen.getByText('记录服务'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/api/public-services/trusteeship-contracts/${contract.id}/services`);
    expect(post.body).toMatchObject({ kind: 'consultation', content: '商标续展提醒' });
  });
});

describe('editing navigation projects and trusteeship rights, assigning a provider found by name', () => {
  const project: TNavigationProject = {
    id: '00000000-0000-4000-8000-00000000d011',
    title: '汕头市纺织服装产业专利导航',
    kind: 'industry',
    industry: '纺织服装',
    undertaker: '汕头市知识产权信息服务中心',
    startDate: '2024-03-01',
    endDate: '2024-12-31',
    budget: '300000.00',
    deliverables: [
      { name: '导航分析报告', dueDate: '2024-10-31', deliveredOn: null },
      { name: '专题数据库', dueDate: null, deliveredOn: null },
    ],
    ...stamp,
  };
  const fill = (name: string, value: string) => fireEvent.change(screen.getByLabelText(name), { target: { value } });
  const save = () => fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

  it('edits a project’s deliverables with the version read, checking in Chinese before sending', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/navigation-projects': () => page([project]),
      'PATCH /api/public-services/navigation-projects/:id': (call) => ({ ...project, ...(call.body as object), version: 3 }),
    });
    renderScreen('/public-services/navigation', client);
    fireEvent.click(await screen.findByText('编辑'));
    expect(await screen.findByText('编辑专利导航项目')).toBeTruthy();
    expect((screen.getByLabelText('成果名称 1') as HTMLInputElement).value).toBe('导航分析报告');

    fill('项目名称', '  ');
    fill('结束日期', '2024-02-01');
    save();
    expect(await screen.findByText('请填写项目名称')).toBeTruthy();
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);

    fill('项目名称', '汕头市纺织服装产业专利导航（一期）');
    fill('结束日期', '2025-03-31');
    fill('实际交付日期 1', '2024-11-15');
    fireEvent.click(screen.getByText('添加成果'));
    fill('成果名称 3', '预警报告');
    save();
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).toBe(`/api/public-services/navigation-projects/${project.id}`);
    expect(patch.body).toEqual({
      version: 2,
      title: '汕头市纺织服装产业专利导航（一期）',
      kind: 'industry',
      industry: '纺织服装',
      undertaker: '汕头市知识产权信息服务中心',
      startDate: '2024-03-01',
      endDate: '2025-03-31',
      budget: '300000.00',
      deliverables: [
        { name: '导航分析报告', dueDate: '2024-10-31', deliveredOn: '2024-11-15' },
        { name: '专题数据库', dueDate: null, deliveredOn: null },
        { name: '预警报告', dueDate: null, deliveredOn: null },
      ],
    });
  });

  it('exports the navigation projects as filtered', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { client, calls } = fakeApi({
      'GET /api/public-services/navigation-projects': (call) => ((call.query as Record<string, string>)?.format === 'xlsx' ? new Blob(['xlsx']) : page([project])),
    });
    renderScreen('/public-services/navigation', client);
    fill('产业', '纺织');
    fireEvent.click(screen.getByText(/^查\s*询$/));
    // Export what the list now shows: wait until the filter is applied before asking for the file.
    await waitFor(() => expect(calls.some((c) => (c.query as Record<string, string> | undefined)?.industry === '纺织')).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    const exported = calls.filter((c) => (c.query as Record<string, string> | undefined)?.format === 'xlsx');
    expect(exported.map((c) => [c.path, c.query])).toEqual([['/api/public-services/navigation-projects', { industry: '纺织', format: 'xlsx' }]]);
    saved.mockRestore();
  });

  it('shows a stale version’s refusal above the form and keeps the drawer open', async () => {
    const { client } = fakeApi({
      'GET /api/public-services/navigation-projects': () => page([project]),
      'PATCH /api/public-services/navigation-projects/:id': () => {
        throw refusal({ statusCode: 409, code: 'CONFLICT', message: '该项目已被他人修改（当前版本 3），请刷新后重试' });
      },
    });
    renderScreen('/public-services/navigation', client);
    fireEvent.click(await screen.findByText('编辑'));
    await screen.findByText('编辑专利导航项目');
    save();
    expect(await screen.findByText('该项目已被他人修改（当前版本 3），请刷新后重试')).toBeTruthy();
    expect(screen.getByText('编辑专利导航项目')).toBeTruthy();
  });

  it('edits the rights under a trusteeship contract, refusing a number that is neither a patent nor a trademark', async () => {
    const contract: TTrusteeshipContract = {
      id: '00000000-0000-4000-8000-00000000e011',
      agencyId: '00000000-0000-4000-8000-00000000a001',
      agencyName: '汕头市知识产权信息服务中心',
      enterpriseName: '汕头市小微科技有限公司',
      enterpriseCreditCode: '91440507MA5000003X',
      contractNumber: 'TG-2024-011',
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      terminatedOn: null,
      terminationReason: null,
      fee: '20000.00',
      rights: [{ kind: 'trademark', number: '12345678' }],
      ...stamp,
    };
    const { client, calls } = fakeApi({
      'GET /api/public-services/trusteeship-contracts': () => page([contract]),
      'GET /api/public-services/trusteeship-contracts/:id': () => ({ ...contract, services: [] }),
      'PATCH /api/public-services/trusteeship-contracts/:id': () => ({ ...contract, services: [], version: 3 }),
    });
    renderScreen('/public-services/trusteeship', client);
    fireEvent.click(await screen.findByText('TG-2024-011'));
    fireEvent.click(await screen.findByText('编辑托管权利'));
    const rights = await screen.findByLabelText('托管权利', { selector: 'input' });
    const add = (number: string) => {
      fireEvent.change(rights, { target: { value: number } });
      fireEvent.keyDown(rights, { key: 'Enter', code: 'Enter', keyCode: 13 });
    };
    add('ZL-abc');
    save();
    expect(await screen.findByText('「ZL-abc」不是有效的专利号或商标注册号')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);

    const bad = screen.getByText('ZL-abc').closest('.ant-select-selection-item') as HTMLElement;
    fireEvent.click(within(bad).getByLabelText('close'));
    add('23456789');
    fill('托管费', '18000.50');
    save();
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      version: 2,
      rights: [
        { kind: 'trademark', number: '12345678' },
        { kind: 'trademark', number: '23456789' },
      ],
      fee: '18000.50',
    });
  });

  it('assigns a request to a provider found by name: an agency of the register keeps its id, another organization its name', async () => {
    const submitted: TInfoRequest = {
      id: '00000000-0000-4000-8000-00000000c011',
      kind: 'analysis',
      enterpriseName: '汕头市澄海玩具有限公司',
      enterpriseCreditCode: '91440515MA5000001X',
      subject: '玩具行业专利分析',
      description: '',
      requestedDate: '2024-03-01',
      status: 'submitted',
      providerName: null,
      providerAgencyId: null,
      assignedOn: null,
      deliverable: null,
      deliveredOn: null,
      ratedOn: null,
      rating: null,
      ratingComment: null,
      allowedActions: ['assign', 'cancel'],
      ...stamp,
      version: 4,
    };
    const lantian = agency({ id: '00000000-0000-4000-8000-00000000a0a1', name: '汕头市蓝天专利代理事务所', creditCode: '91440507MA6000001X' });
    const { client, calls } = fakeApi({
      'GET /api/public-services/info-requests': () => page([submitted]),
      'GET /api/public-services/agencies': (call) => page((call.query as Record<string, string>)?.q === '蓝天' ? [lantian] : []),
      'GET /api/public-services/search': (call) => ({
        q: (call.query as Record<string, string>).q,
        hits: [
          { creditCode: '91440507MA6000001X', name: '汕头市蓝天专利代理事务所', district: '440507', foundIn: ['agencies'] },
          { creditCode: '12440500MB2C00001Y', name: '汕头市蓝天知识产权信息中心', district: '440507', foundIn: ['training'] },
        ],
        sources: [],
        complete: true,
      }),
      'POST /api/public-services/info-requests/:id/transitions': () => ({ ...submitted, status: 'assigned', allowedActions: [], history: [] }),
    });
    renderScreen('/public-services/info-requests', client);
    fireEvent.click(await screen.findByText('分派服务机构'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    expect(await within(dialog).findByText('请选择服务机构')).toBeTruthy();

    const picker = within(dialog).getByLabelText('服务机构');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '蓝天' } });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/public-services/agencies' && (c.query as Record<string, string>)?.q === '蓝天')).toBe(true));
    // The agency appears once, from the register; the other organization from the platform's search.
    const other = await screen.findByText('汕头市蓝天知识产权信息中心（12440500MB2C00001Y）');
    expect(screen.getAllByText('汕头市蓝天专利代理事务所（91440507MA6000001X）')).toHaveLength(1);
    expect(screen.getByText('按输入的名称分派：蓝天')).toBeTruthy();
    fireEvent.click(other);
    await waitFor(() => expect(within(dialog).getByText('汕头市蓝天知识产权信息中心')).toBeTruthy());
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '蓝天' } });
    fireEvent.click(await screen.findByText('汕头市蓝天专利代理事务所（91440507MA6000001X）'));
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ action: 'assign', version: 4, providerName: '汕头市蓝天专利代理事务所', providerAgencyId: lantian.id });
  });
});
