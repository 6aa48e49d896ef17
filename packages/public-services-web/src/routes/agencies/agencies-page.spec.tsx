import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { agency, agent, page, violation } from '../../testing/factories';
import { fakeApi, refusal, renderScreen } from '../../testing/render-screen';

describe('the agencies list', () => {
  it('lists agencies from the server and asks it again for those active on a date', async () => {
    const longhu = agency({ name: '汕头市龙湖专利事务所' });
    const gone = agency({ name: '汕头市已注销事务所', status: 'deregistered', deregisteredDate: '2022-01-01' });
    const { client, calls } = fakeApi({ 'GET /api/public-services/agencies': () => page([longhu, gone]) });
    renderScreen('/public-services/agencies', client);
    expect(await screen.findByText('汕头市龙湖专利事务所')).toBeTruthy();
    expect(screen.getByText('已注销')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('在营日期'), { target: { value: '2021-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(calls.filter((c) => c.path.endsWith('/agencies')).at(-1)?.query).toMatchObject({ activeOn: '2021-12-31', page: 1 }));
  });
});

describe('an agency’s page', () => {
  const a = agency({ name: '汕头市金平专利事务所' });

  it('shows the agency with the agents practising there and its supervision records', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/agencies/:id': () => a,
      'GET /api/public-services/agents': () => page([agent(a.id, { name: '陈代理' })]),
      'GET /api/public-services/supervision-records': () => page([violation({ agencyId: a.id, agencyName: a.name })]),
    });
    renderScreen(`/public-services/agencies/${a.id}`, client);
    expect(await screen.findByText('陈代理')).toBeTruthy();
    expect(await screen.findByText('罚款 30,000.50')).toBeTruthy();
    expect(calls.find((c) => c.path.endsWith('/agents'))?.query).toMatchObject({ agencyId: a.id });
    expect(calls.find((c) => c.path.endsWith('/supervision-records'))?.query).toMatchObject({ agencyId: a.id });
  });

  it('registers an agent there and shows the server’s refusal beside the field', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/agencies/:id': () => a,
      'GET /api/public-services/agents': () => page([]),
      'GET /api/public-services/supervision-records': () => page([]),
      'POST /api/public-services/agents': () => {
        throw refusal({ statusCode: 400, code: 'VALIDATION_FAILED', message: '请求有误', issues: [{ path: 'practiceStartDate', code: 'custom', message: '早于机构成立日期' }] });
      },
    });
    renderScreen(`/public-services/agencies/${a.id}`, client);
    fireEvent.click(await screen.findByRole('button', { name: '登记代理师' }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.change(within(drawer).getByLabelText('姓名'), { target: { value: '吴代理' } });
    fireEvent.change(within(drawer).getByLabelText('执业证号'), { target: { value: '1144009999' } });
    fireEvent.change(within(drawer).getByLabelText('执业开始日期'), { target: { value: '2008-02-28' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await within(drawer).findByText('早于机构成立日期')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: '吴代理', licenceNumber: '1144009999', practiceStartDate: '2008-02-28', agencyId: a.id });
  });

  it('records a violation with a fine against the agency', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/agencies/:id': () => a,
      'GET /api/public-services/agents': () => page([]),
      'GET /api/public-services/supervision-records': () => page([]),
      'POST /api/public-services/supervision-records': (call) => ({ ...violation({ agencyId: a.id }), ...(call.body as object), history: [] }),
    });
    renderScreen(`/public-services/agencies/${a.id}`, client);
    fireEvent.click(await screen.findByRole('button', { name: '登记监管记录' }));
    const drawer = await screen.findByRole('dialog');
    const choose = async (field: string, option: string) => {
      fireEvent.mouseDown(within(drawer).getByLabelText(field));
      await waitFor(() => expect(document.querySelector(`.ant-select-item-option[title="${option}"]`)).not.toBeNull());
      fireEvent.click(document.querySelector(`.ant-select-item-option[title="${option}"]`)!);
    };
    await choose('违规类型', '挂证');
    await choose('处理措施', '罚款');
    fireEvent.change(await within(drawer).findByLabelText('罚款金额'), { target: { value: '5000.5' } });
    fireEvent.change(within(drawer).getByLabelText('发现日期'), { target: { value: '2025-04-26' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'violation',
      agencyId: a.id,
      agentId: null,
      violationKind: 'certificate_lending',
      foundDate: '2025-04-26',
      sanction: 'fine',
      fineAmount: '5000.5',
      description: '',
    });
  });

  it('moves an agent to another active patent agency with the version read', async () => {
    const other = agency({ name: '汕头市濠江专利事务所' });
    const chen = agent(a.id, { name: '陈代理', version: 4 });
    const { client, calls } = fakeApi({
      'GET /api/public-services/agencies/:id': () => a,
      'GET /api/public-services/agencies': () => page([a, other]),
      'GET /api/public-services/agents': () => page([chen]),
      'GET /api/public-services/supervision-records': () => page([]),
      'POST /api/public-services/agents/:id/move': () => ({ ...chen, practices: [] }),
    });
    renderScreen(`/public-services/agencies/${a.id}`, client);
    fireEvent.click(await screen.findByRole('button', { name: /转\s*出/ }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(drawer).getByLabelText('转入机构'));
    await waitFor(() => expect(document.querySelector(`.ant-select-item-option[title="${other.name}"]`)).not.toBeNull());
    expect(document.querySelector(`.ant-select-item-option[title="${a.name}"]`)).toBeNull();
    fireEvent.click(document.querySelector(`.ant-select-item-option[title="${other.name}"]`)!);
    fireEvent.change(within(drawer).getByLabelText('转所日期'), { target: { value: '2025-07-01' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/api/public-services/agents/${chen.id}/move`);
    expect(post.body).toEqual({ agencyId: other.id, date: '2025-07-01', version: 4 });
  });
});

describe('agency branches', () => {
  const head = agency({ name: '汕头市总部知识产权代理有限公司', creditCode: '91440507MA5HEAD01X' });
  const branch = agency({ name: '汕头市总部知识产权代理有限公司澄海分公司', creditCode: '91440515MA5BRAN01X', district: '440515', headAgencyId: head.id });

  it('registers a branch under a head office found by name, checking the form in Chinese first', async () => {
    const { client, calls } = fakeApi({
      'GET /api/public-services/agencies': (call) => page((call.query as Record<string, string>)?.q === '总部' ? [head, branch] : []),
      'POST /api/public-services/agencies': (call) => ({ ...branch, ...(call.body as object) }),
    });
    renderScreen('/public-services/agencies', client);
    fireEvent.click(await screen.findByRole('button', { name: /登记机构/ }));
    const drawer = await screen.findByRole('dialog');
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await within(drawer).findByText('请填写机构名称')).toBeTruthy();
    expect(within(drawer).getByText('专利代理机构须填写执业许可证号')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    const fill = (name: string, value: string) => fireEvent.change(within(drawer).getByLabelText(name), { target: { value } });
    fill('机构名称', branch.name);
    fill('统一社会信用代码', branch.creditCode);
    fill('执业许可证号', '44999');
    fill('成立日期', '2020-06-01');
    const picker = within(drawer).getByLabelText('总机构（登记分支机构时选择）');
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '总部' } });
    // A branch is offered as no head office: only the head appears.
    fireEvent.click(await screen.findByText(`${head.name}（${head.creditCode}）`));
    expect(screen.queryByText(`${branch.name}（${branch.creditCode}）`)).toBeNull();
    fireEvent.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: branch.name,
      creditCode: branch.creditCode,
      kind: 'patent',
      licenceNumber: '44999',
      establishedDate: '2020-06-01',
      district: '440507',
      headAgencyId: head.id,
    });
  });

  it('shows a head office’s branches, and a branch’s head office', async () => {
    const { client } = fakeApi({
      'GET /api/public-services/agencies/:id': (call) => (call.path.endsWith(branch.id) ? branch : head),
      'GET /api/public-services/agencies': (call) => page((call.query as Record<string, string>)?.headAgencyId === head.id ? [branch] : []),
      'GET /api/public-services/agents': () => page([]),
      'GET /api/public-services/supervision-records': () => page([]),
    });
    const first = renderScreen(`/public-services/agencies/${head.id}`, client);
    const link = await screen.findByRole('link', { name: branch.name });
    expect(link.getAttribute('href')).toBe(`/public-services/agencies/${branch.id}`);
    first.unmount();
    renderScreen(`/public-services/agencies/${branch.id}`, client);
    const back = await screen.findByRole('link', { name: head.name });
    expect(back.getAttribute('href')).toBe(`/public-services/agencies/${head.id}`);
    expect(screen.queryByText('分支机构')).toBeNull();
  });
});

describe('the agents list', () => {
  it('lists agents with where they practise, asks for the filters chosen and exports them', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const home = agency({ name: '汕头市龙湖专利事务所' });
    const { client, calls } = fakeApi({
      'GET /api/public-services/agents': (call) =>
        (call.query as Record<string, string>)?.format === 'xlsx' ? new Blob(['xlsx']) : page([agent(home.id, { name: '陈代理' }), agent(home.id, { name: '郑代理', current: null })]),
    });
    renderScreen('/public-services/agents', client);
    const link = await screen.findByRole('link', { name: '汕头市专利代理事务所' });
    expect(link.getAttribute('href')).toBe(`/public-services/agencies/${home.id}`);
    expect(within(screen.getByText('郑代理').closest('tr')!).getByText('未在执业')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('姓名或执业证号'), { target: { value: '1144' } });
    fireEvent.change(screen.getByLabelText('执业日期'), { target: { value: '2024-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(calls.filter((c) => c.path.endsWith('/agents')).at(-1)?.query).toEqual({ q: '1144', practisingOn: '2024-12-31', page: 1, pageSize: 20 }));
    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    expect(calls.filter((c) => (c.query as Record<string, string> | undefined)?.format === 'xlsx').map((c) => c.query)).toEqual([{ q: '1144', practisingOn: '2024-12-31', format: 'xlsx' }]);
    saved.mockRestore();
  });
});
