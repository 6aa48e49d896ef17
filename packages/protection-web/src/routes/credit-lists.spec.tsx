import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TAdjudicationDetail, TAdjudicationRequest, TBlacklistEntryDetail, TKeyEnterpriseBatchDetail, TWhitelistEntry } from '@ipbureau/domain/protection';
import { aCaseFile } from '../testing/case-factories';
import { APPROVER, renderScreen, type RecordedCall } from '../testing/render-screen';

const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
/** antd spaces out a two-character Chinese button label (「公 示」). */
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });

const entry: TBlacklistEntryDetail = {
  id: '20000000-0000-4000-8000-000000000001',
  subjectKind: 'infringer',
  creditCode: '91440500MA4UJ7XK2N',
  name: '汕头市某玩具有限公司',
  grounds: '销售侵犯注册商标专用权的商品，情节严重',
  source: 'case',
  caseId: '00000000-0000-4000-8000-000000000099',
  caseNumber: '汕市监知案〔2024〕3号',
  referralId: null,
  violation: 'trademark_infringement',
  decidedOn: '2024-03-01',
  status: 'pending',
  listedDate: '2024-04-15',
  publishedDate: null,
  removedDate: null,
  district: '440511',
  version: 1,
  allowedActions: ['publish', 'remove'],
  createdAt: '2024-04-15T02:00:00.000Z',
  timeline: [
    { id: '30000000-0000-4000-8000-000000000001', action: 'list', fromStatus: null, toStatus: 'pending', effectiveDate: '2024-04-15', reason: null, actorId: null, actorName: '郑执法', recordedAt: '2024-04-15T02:00:00.000Z' },
  ],
};

describe('the blacklist screens', () => {
  it('lists entries with their basis and status, and asks the server for a status', async () => {
    const { calls } = renderScreen('/protection/credit/blacklist', (call) => (call.path === '/api/protection/credit/blacklist' ? page([entry]) : undefined));
    const row = (await screen.findByText('汕头市某玩具有限公司')).closest('tr')!;
    expect(within(row).getByText('本局结案案件 汕市监知案〔2024〕3号')).toBeTruthy();
    expect(within(row).getByText('待公示')).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe(`/protection/credit/blacklist/${entry.id}`);
    fireEvent.mouseDown(within(screen.getByRole('search')).getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByTitle('已公示'));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/credit/blacklist' && c.query.get('status') === 'published')).toBe(true));
  });

  it('checks a credit code on a date and says whether it is listed; a bad code is shown on its field', async () => {
    const respond = (call: RecordedCall) => {
      if (call.path === '/api/protection/credit/blacklist') return page([]);
      if (call.path !== '/api/protection/credit/blacklist/check') return undefined;
      if (call.query.get('creditCode') === 'BAD') {
        return { status: 422, body: { statusCode: 422, code: 'UNPROCESSABLE', message: '请求参数有误', issues: [{ path: 'creditCode', code: 'custom', message: '统一社会信用代码格式不正确' }] } };
      }
      return { body: { creditCode: call.query.get('creditCode'), asOf: call.query.get('asOf'), listed: true, entry: { ...entry, status: 'published' } } };
    };
    const { calls } = renderScreen('/protection/credit/blacklist', respond);
    const code = await screen.findByLabelText('统一社会信用代码');
    fireEvent.change(code, { target: { value: '91440500MA4UJ7XK2N' } });
    fireEvent.change(screen.getByLabelText('核查日期'), { target: { value: '2024-06-30' } });
    fireEvent.click(screen.getByRole('button', button('核查')));
    expect((await screen.findByRole('status')).textContent).toContain('91440500MA4UJ7XK2N 于 2024-06-30 在失信名单中（汕头市某玩具有限公司）');
    expect(calls.some((c) => c.path === '/api/protection/credit/blacklist/check' && c.query.get('asOf') === '2024-06-30')).toBe(true);
    fireEvent.change(code, { target: { value: 'BAD' } });
    fireEvent.click(screen.getByRole('button', button('核查')));
    expect(await screen.findByText('统一社会信用代码格式不正确')).toBeTruthy();
  });

  it('shows an entry’s basis and dated steps, and sends the approver’s publication with the version read', async () => {
    const published: TBlacklistEntryDetail = { ...entry, status: 'published', publishedDate: '2024-04-20', version: 2, allowedActions: ['remove'] };
    const { calls } = renderScreen(`/protection/credit/blacklist/${entry.id}`, (call) => (call.method === 'POST' ? { status: 201, body: published } : { body: entry }), APPROVER);
    expect(await screen.findByText('汕市监知案〔2024〕3号')).toBeTruthy();
    expect(screen.getByTestId('blacklist-step').textContent).toContain('2024-04-15');
    fireEvent.click(screen.getByRole('button', button('公示')));
    fireEvent.change(await screen.findByLabelText('日期'), { target: { value: '2024-04-20' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/credit/blacklist/${entry.id}/transitions`, body: { action: 'publish', version: 1, effectiveDate: '2024-04-20' } });
    expect(await screen.findByText('已公示')).toBeTruthy();
  });

  it('lists a respondent of a closed punished case from its file and opens the pending entry', async () => {
    const closed = aCaseFile({ id: entry.caseId!, status: 'closed', outcome: 'punished', decisionNumber: '汕市监知罚〔2024〕1号', fineAmount: '8000.00', confiscationAmount: '0.00', allowedActions: [] });
    const { calls, router } = renderScreen(`/protection/cases/${closed.id}`, (call) =>
      call.method === 'POST'
        ? { status: 201, body: entry }
        : call.path === `/api/protection/cases/${closed.id}`
          ? { body: closed }
          : call.path.endsWith('/documents')
            ? { body: [] }
            : { body: entry },
    );
    fireEvent.click(await screen.findByRole('button', { name: '列入失信名单' }));
    fireEvent.change(await screen.findByLabelText('列入事由'), { target: { value: '情节严重' } });
    fireEvent.change(screen.getByLabelText('列入日期'), { target: { value: '2024-04-15' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/protection/credit/blacklist/${entry.id}`));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: '/api/protection/credit/blacklist', body: { caseId: closed.id, creditCode: '91440500MA4UJ7XK2N', grounds: '情节严重', listedDate: '2024-04-15' } });
  });

  it('asks the reason of a removal before sending it', async () => {
    const { calls } = renderScreen(`/protection/credit/blacklist/${entry.id}`, () => ({ body: entry }), APPROVER);
    fireEvent.click(await screen.findByRole('button', button('移出')));
    fireEvent.click(await screen.findByRole('button', button('提交')));
    await waitFor(() => expect(document.querySelector('.ant-form-item-has-error')).not.toBeNull());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});

const accepted: TAdjudicationRequest = {
  id: '60000000-0000-4000-8000-000000000001',
  kind: 'adjudication',
  requestNumber: '汕知裁〔2025〕3号',
  subject: '请求处理侵犯发明专利权纠纷',
  patentNumber: 'ZL201710601862.3',
  applicant: { name: '汕头市某重点企业', creditCode: '91350100M000100Y43' },
  respondent: { name: '汕头市某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' },
  receivedDate: '2025-02-20',
  acceptedDate: '2025-03-03',
  status: 'accepted',
  statusDate: '2025-03-03',
  district: '440511',
  version: 2,
  allowedActions: ['hear', 'agree', 'hand_over', 'withdraw'],
  deadline: { due: '2025-06-03', basis: { 'zh-CN': '三个月内结案', en: '3 months' }, rule: 'cnipa-patent-dispute-3m', suspendedDays: 0, suspended: false, extended: false, overdue: true, state: 'overdue', daysLeft: -5 },
  createdAt: '2025-02-20T02:00:00.000Z',
};

const batch: TKeyEnterpriseBatchDetail = {
  id: '50000000-0000-4000-8000-000000000001',
  name: '2024年第一批重点保护企业',
  admittedOn: '2024-03-01',
  enterpriseCount: 1,
  createdAt: '2024-03-01T02:00:00.000Z',
  enterprises: [
    { id: '50000000-0000-4000-8000-000000000002', batchId: '50000000-0000-4000-8000-000000000001', creditCode: '91350100M000100Y43', name: '汕头市某重点企业', district: '440507', admittedOn: '2024-03-01', rights: [{ rightKind: 'trademark', rightNumber: '12345678', rightName: null }] },
  ],
};

describe('the whitelist, key-enterprise and adjudication screens', () => {
  it('lists whitelisted rights with their owner and validity, and adds one, a refused number marked on its field', async () => {
    const right: TWhitelistEntry = {
      id: '40000000-0000-4000-8000-000000000001',
      rightKind: 'patent',
      rightNumber: 'ZL201710601862.3',
      rightName: '一种玩具车传动装置',
      ownerName: '汕头市某玩具有限公司',
      ownerCreditCode: '91440500MA4UJ7XK2N',
      validFrom: '2024-01-01',
      validTo: null,
      district: '440511',
      version: 1,
      createdAt: '2024-01-01T02:00:00.000Z',
    };
    const { calls } = renderScreen('/protection/credit/whitelist', (call) =>
      call.method === 'POST'
        ? call.body && (call.body as { rightNumber: string }).rightNumber === 'ZL1'
          ? { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'rightNumber', code: 'custom', message: '专利号格式不正确' }] } }
          : { status: 201, body: right }
        : call.path === '/api/protection/credit/whitelist'
          ? page([right])
          : undefined,
    );
    const row = (await screen.findByText('ZL201710601862.3')).closest('tr')!;
    expect(within(row).getByText('专利')).toBeTruthy();
    expect(within(row).getByText('长期')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加权利' }));
    for (const [label, value] of [['权利号', 'ZL1'], ['权利名称', '一种玩具车传动装置'], ['权利人', '汕头市某玩具有限公司'], ['统一社会信用代码', '91440500MA4UJ7XK2N'], ['有效期起', '2024-01-01']]) {
      fireEvent.change(await screen.findByLabelText(label!), { target: { value } });
    }
    fireEvent.mouseDown(screen.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('金平区'));
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect(await screen.findByText('专利号格式不正确')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('权利号'), { target: { value: 'ZL201710601862.3' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(screen.queryByLabelText('权利号')).toBeNull());
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({ path: '/api/protection/credit/whitelist', body: { rightKind: 'patent', rightNumber: 'ZL201710601862.3', validTo: null, district: '440511' } });
  });

  it('shows the batches and, for the batch picked, its enterprises with their rights', async () => {
    const { calls } = renderScreen('/protection/key-enterprises', (call) =>
      call.path === '/api/protection/key-enterprises/batches' ? page([batch]) : call.path === `/api/protection/key-enterprises/batches/${batch.id}` ? { body: batch } : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: '2024年第一批重点保护企业' }));
    const row = (await screen.findByText('汕头市某重点企业')).closest('tr')!;
    expect(within(row).getByText('商标 12345678')).toBeTruthy();
    expect(within(row).getByText('龙湖区')).toBeTruthy();
    expect(calls.some((c) => c.path === `/api/protection/key-enterprises/batches/${batch.id}`)).toBe(true);
  });

  it('records a batch with an enterprise and its rights, one a line, then shows it', async () => {
    const { calls } = renderScreen('/protection/key-enterprises', (call) =>
      call.method === 'POST' ? { status: 201, body: batch } : call.path === '/api/protection/key-enterprises/batches' ? page([]) : call.path.startsWith('/api/protection/key-enterprises/batches/') ? { body: batch } : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: '登记入库批次' }));
    for (const [label, value] of [['批次', '2024年第一批重点保护企业'], ['入库日期', '2024-03-01'], ['名称', '汕头市某重点企业'], ['统一社会信用代码', '91350100M000100Y43']]) {
      fireEvent.change(await screen.findByLabelText(label!), { target: { value } });
    }
    fireEvent.change(screen.getByLabelText('保护的权利（每行一个：专利号 ZL… 或商标注册号）'), { target: { value: 'ZL201710601862.3\n12345678' } });
    fireEvent.mouseDown(screen.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('龙湖区'));
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/protection/key-enterprises/batches',
      body: {
        name: '2024年第一批重点保护企业',
        admittedOn: '2024-03-01',
        enterprises: [{ name: '汕头市某重点企业', creditCode: '91350100M000100Y43', district: '440507', rights: [{ rightKind: 'patent', rightNumber: 'ZL201710601862.3' }, { rightKind: 'trademark', rightNumber: '12345678' }] }],
      },
    });
    expect(await screen.findByText('商标 12345678')).toBeTruthy();
  });

  it('marks a key enterprise’s case as fast-track on the workbench', async () => {
    const fast = aCaseFile({ caseNumber: '汕市监知案〔2025〕77号', fastTrack: true });
    const ordinary = aCaseFile({ caseNumber: '汕市监知案〔2025〕78号' });
    renderScreen('/protection/cases', () => page([fast, ordinary]));
    expect(within((await screen.findByText('汕市监知案〔2025〕77号')).closest('tr')!).getByText('直通车')).toBeTruthy();
    expect(within(screen.getByText('汕市监知案〔2025〕78号').closest('tr')!).queryByText('直通车')).toBeNull();
  });

  it('records a dated hearing on a request with its place and the version read', async () => {
    const detail: TAdjudicationDetail = {
      ...accepted,
      timeline: [
        { id: '70000000-0000-4000-8000-000000000001', action: 'receive', fromStatus: null, toStatus: 'received', effectiveDate: '2025-02-20', details: {}, note: null, actorName: '郑执法', recordedAt: '2025-02-20T02:00:00.000Z' },
        { id: '70000000-0000-4000-8000-000000000002', action: 'accept', fromStatus: 'received', toStatus: 'accepted', effectiveDate: '2025-03-03', details: {}, note: null, actorName: '郑执法', recordedAt: '2025-03-03T02:00:00.000Z' },
      ],
    };
    const { calls } = renderScreen(`/protection/adjudication/${accepted.id}`, (call) => (call.method === 'POST' ? { status: 201, body: { ...detail, version: 3 } } : { body: detail }));
    expect((await screen.findAllByTestId('adjudication-step')).map((e) => e.textContent?.slice(0, 10))).toEqual(['2025-02-20', '2025-03-03']);
    expect(screen.getByTestId('deadline').textContent).toContain('2025-06-03 前');
    fireEvent.click(screen.getByRole('button', { name: '开庭/调解会' }));
    fireEvent.change(await screen.findByLabelText('地点'), { target: { value: '第一审理庭' } });
    fireEvent.change(screen.getByLabelText('日期'), { target: { value: '2025-04-10' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/adjudication-requests/${accepted.id}/transitions`, body: { action: 'hear', version: 2, place: '第一审理庭', effectiveDate: '2025-04-10' } });
  });

  it('extends an adjudication’s time limit with its reason and the version read, then shows the later due date marked extended', async () => {
    const detail: TAdjudicationDetail = { ...accepted, allowedActions: ['hear', 'agree', 'hand_over', 'withdraw', 'extend'], timeline: [] };
    const extended: TAdjudicationDetail = { ...detail, version: 3, allowedActions: ['hear', 'agree', 'hand_over', 'withdraw'], deadline: { ...accepted.deadline!, due: '2025-07-03', extended: true, overdue: false, state: 'on_time', daysLeft: 20 } };
    let done = false;
    const { calls } = renderScreen(`/protection/adjudication/${accepted.id}`, (call) => {
      if (call.method === 'POST') {
        done = true;
        return { status: 201, body: extended };
      }
      return { body: done ? extended : detail };
    });
    fireEvent.click(await screen.findByRole('button', { name: '延长办案期限' }));
    fireEvent.change(await screen.findByLabelText('日期'), { target: { value: '2025-05-20' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(document.querySelector('.ant-form-item-has-error')).not.toBeNull());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('理由'), { target: { value: '案情复杂' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ body: { action: 'extend', version: 2, effectiveDate: '2025-05-20', reason: '案情复杂' } });
    await waitFor(() => expect(screen.getByTestId('deadline').textContent).toContain('2025-07-03 前'));
    expect(screen.getByTestId('deadline').textContent).toContain('已延长');
  });

  it('registers a request: a refused credit code is marked on its field, then the request opens', async () => {
    let refuse = true;
    const { calls, router } = renderScreen('/protection/adjudication', (call) => {
      if (call.method !== 'POST') return call.path === '/api/protection/adjudication-requests' ? page([]) : undefined;
      if (refuse) {
        refuse = false;
        return { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'applicant.creditCode', code: 'custom', message: '统一社会信用代码校验位不正确' }] } };
      }
      return { status: 201, body: { ...accepted, timeline: [] } };
    });
    fireEvent.click(await screen.findByRole('button', { name: '登记请求' }));
    for (const [label, value] of [['编号', '汕知裁〔2025〕3号'], ['事项', '请求处理侵犯发明专利权纠纷'], ['涉案专利号', 'ZL201710601862.3'], ['请求人', '汕头市某重点企业'], ['请求人信用代码', '91350100M000100Y44'], ['被请求人', '汕头市某玩具有限公司'], ['收到日期', '2025-02-20']]) {
      fireEvent.change(await screen.findByLabelText(label!), { target: { value } });
    }
    fireEvent.mouseDown(screen.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('金平区'));
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect(await screen.findByText('统一社会信用代码校验位不正确')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      body: { kind: 'adjudication', patentNumber: 'ZL201710601862.3', applicant: { name: '汕头市某重点企业', creditCode: '91350100M000100Y44' }, respondent: { name: '汕头市某玩具有限公司', creditCode: null }, district: '440511' },
    });
    fireEvent.change(screen.getByLabelText('请求人信用代码'), { target: { value: '91350100M000100Y43' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/protection/adjudication/${accepted.id}`));
  });

  it('lists adjudication requests with kind, status and the time limit of an accepted adjudication', async () => {
    const { calls } = renderScreen('/protection/adjudication', (call) => (call.path === '/api/protection/adjudication-requests' ? page([accepted]) : undefined));
    const row = (await screen.findByText('汕知裁〔2025〕3号')).closest('tr')!;
    expect(within(row).getByText('专利纠纷行政裁决')).toBeTruthy();
    expect(within(row).getByText('已受理')).toBeTruthy();
    expect(within(row).getByText('超期 5 天')).toBeTruthy();
    expect(within(row).getByRole('link').getAttribute('href')).toBe(`/protection/adjudication/${accepted.id}`);
    fireEvent.mouseDown(within(screen.getByRole('search')).getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByTitle('调解'));
    await waitFor(() => expect(calls.some((c) => c.query.get('kind') === 'mediation')).toBe(true));
  });
});
