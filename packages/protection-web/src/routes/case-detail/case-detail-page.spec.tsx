import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { aCaseFile } from '../../testing/case-factories';
import type { TCaseDocument } from '@ipbureau/domain/protection';
import { renderScreen as renderWith, VIEWER, type RecordedCall, type Responder } from '../../testing/render-screen';

const investigating = aCaseFile({ status: 'investigating', version: 2, allowedActions: ['decide', 'transfer', 'withdraw', 'mediate'] });
/** antd spaces out a two-character Chinese button label (「移 送」). */
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });
const transitionCalls = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/transitions'));
/** The page also reads the case's documents register: answered with `documents`, every other call by `respond`. */
const renderScreen = (path: string, respond: Responder, documents: TCaseDocument[] = [], me?: Parameters<typeof renderWith>[2]) =>
  renderWith(path, (call) => (call.method === 'GET' && call.path.endsWith('/documents') ? { body: documents } : respond(call)), me);
const aDocument = (overrides: Partial<TCaseDocument> = {}): TCaseDocument => ({
  id: '20000000-0000-4000-8000-000000000001',
  caseId: investigating.id,
  kind: 'inquiry_record',
  documentNumber: null,
  title: '对当事人的询问笔录',
  dated: '2025-03-20',
  recordedBy: { userId: '6f1c2a47-0c7e-4c59-9d5e-1f7a3f9b2a10', name: '郑执法' },
  recordedAt: '2025-03-20T02:00:00.000Z',
  voided: null,
  ...overrides,
});

describe('the case file page', () => {
  it('shows the particulars, the parties, the dated timeline and a button for each allowed action', async () => {
    renderScreen(`/protection/cases/${investigating.id}`, () => ({ body: investigating }));
    expect(await screen.findByText(`${investigating.caseNumber} 涉嫌销售侵犯注册商标专用权的玩具案`, { exact: false })).toBeTruthy();
    expect(screen.getByText('汕头市某玩具有限公司')).toBeTruthy();
    expect(screen.getByText('91440500MA4UJ7XK2N')).toBeTruthy();
    expect(screen.getByTestId('timeline-step').textContent).toContain('2025-03-18');
    for (const label of ['作出处理决定', '移送', '撤销立案', '调解结案']) expect(screen.getByRole('button', button(label))).toBeTruthy();
    expect(screen.queryByRole('button', button('结案'))).toBeNull();
  });

  it('shows the rights the case involves with their kind in words', async () => {
    const withRights = aCaseFile({ rights: [{ kind: 'patent', number: 'ZL201710601862.3', title: '一种玩具车' }, { kind: 'trade_secret', number: null, title: '配方' }] });
    renderScreen(`/protection/cases/${withRights.id}`, () => ({ body: withRights }));
    expect(await screen.findByText('ZL201710601862.3')).toBeTruthy();
    expect(screen.getByText('一种玩具车')).toBeTruthy();
    expect(screen.getByText('商业秘密')).toBeTruthy();
    expect(screen.getByText('配方')).toBeTruthy();
  });

  it('says when no right is recorded', async () => {
    renderScreen(`/protection/cases/${investigating.id}`, () => ({ body: investigating }));
    expect(await screen.findByText('未登记涉案权利')).toBeTruthy();
  });

  it('shows the time limit of a suspended case with its clock stopped, and asks the reason of a suspension', async () => {
    const suspended = aCaseFile({
      ...investigating,
      status: 'suspended',
      allowedActions: ['resume', 'withdraw'],
      deadline: { due: '2026-06-12', basis: { 'zh-CN': '三个月内结案', en: '3 months' }, rule: 'cnipa-patent-dispute-3m', suspendedDays: 10, suspended: true, extended: false, overdue: false, state: 'on_time', daysLeft: 30 },
    });
    renderScreen(`/protection/cases/${suspended.id}`, () => ({ body: suspended }));
    const deadline = await screen.findByTestId('deadline');
    expect(deadline.textContent).toContain('2026-06-12 前');
    expect(deadline.textContent).toContain('中止计时');
    expect(screen.getByText('中止调查')).toBeTruthy();
    expect(screen.getByRole('button', { name: '恢复调查' })).toBeTruthy();
  });

  it('opens the decision form with the amounts and sends the step with the version read', async () => {
    const decided = aCaseFile({ ...investigating, status: 'decided', version: 3, outcome: 'punished', decisionNumber: '汕市监知罚〔2025〕8号', fineAmount: '50000.00', confiscationAmount: '0.00', allowedActions: [] });
    const { calls } = renderScreen(`/protection/cases/${investigating.id}`, (call) => ({ status: call.method === 'POST' ? 201 : 200, body: call.method === 'POST' ? decided : investigating }));
    fireEvent.click(await screen.findByRole('button', { name: '作出处理决定' }));
    fireEvent.change(await screen.findByLabelText('决定书文号'), { target: { value: '汕市监知罚〔2025〕8号' } });
    fireEvent.change(screen.getByLabelText('罚款（元）'), { target: { value: '50000' } });
    fireEvent.change(screen.getByLabelText('没收金额（元）'), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('日期'), { target: { value: '2025-06-10' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(transitionCalls(calls)).toHaveLength(1));
    expect(transitionCalls(calls)[0]).toMatchObject({
      path: `/api/protection/cases/${investigating.id}/transitions`,
      body: { action: 'decide', version: 2, outcome: 'punished', decisionNumber: '汕市监知罚〔2025〕8号', fineAmount: '50000', confiscationAmount: '0', effectiveDate: '2025-06-10' },
    });
    expect(await screen.findByText('50,000.00 元')).toBeTruthy();
  });

  it('sends no amounts with a decision that the violation is not established', async () => {
    const { calls } = renderScreen(`/protection/cases/${investigating.id}`, (call) => ({ status: call.method === 'POST' ? 201 : 200, body: investigating }));
    fireEvent.click(await screen.findByRole('button', { name: '作出处理决定' }));
    fireEvent.change(await screen.findByLabelText('罚款（元）'), { target: { value: '100' } });
    fireEvent.mouseDown(screen.getByLabelText('处理结果'));
    fireEvent.click(await screen.findByTitle('违法事实不成立'));
    fireEvent.change(screen.getByLabelText('决定书文号'), { target: { value: '汕市监知不罚〔2025〕2号' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(transitionCalls(calls)).toHaveLength(1));
    expect(transitionCalls(calls)[0]?.body).toEqual(expect.objectContaining({ action: 'decide', outcome: 'not_established', decisionNumber: '汕市监知不罚〔2025〕2号' }));
    expect(transitionCalls(calls)[0]?.body).not.toHaveProperty('fineAmount');
  });

  it('corrects the parties at the version read', async () => {
    const { calls } = renderScreen(`/protection/cases/${investigating.id}`, () => ({ body: investigating }));
    fireEvent.click(await screen.findByRole('button', { name: '更正当事人' }));
    const name = await screen.findByDisplayValue('汕头市某玩具有限公司');
    fireEvent.change(name, { target: { value: '汕头市某某玩具有限公司' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      version: 2,
      parties: [{ kind: 'organization', role: 'respondent', name: '汕头市某某玩具有限公司', creditCode: '91440500MA4UJ7XK2N' }],
    });
  });

  it('corrects the rights involved at the version read, a bad trademark number refused in Chinese first', async () => {
    const withRight = aCaseFile({ ...investigating, rights: [{ kind: 'trademark', number: '12345678', title: null }] });
    const { calls } = renderScreen(`/protection/cases/${withRight.id}`, () => ({ body: withRight }));
    fireEvent.click(await screen.findByRole('button', { name: '更正涉案权利' }));
    const number = await screen.findByDisplayValue('12345678');
    fireEvent.change(number, { target: { value: '0123' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect(await screen.findByText('商标注册号应为1–10位数字，且不以0开头')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    fireEvent.change(number, { target: { value: '87654321' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 2, rights: [{ kind: 'trademark', number: '87654321' }] });
  });

  it('offers no correction of the rights once the case has ended', async () => {
    renderScreen(`/protection/cases/${investigating.id}`, () => ({ body: aCaseFile({ ...investigating, status: 'closed', allowedActions: [] }) }));
    expect(await screen.findByRole('button', { name: '更正当事人' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '更正涉案权利' })).toBeNull();
  });

  it('shows a refused step’s field issue beside its field', async () => {
    renderScreen(`/protection/cases/${investigating.id}`, (call) =>
      call.method === 'POST'
        ? { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'effectiveDate', code: 'custom', message: '早于 2025-03-18' }] } }
        : { body: investigating },
    );
    fireEvent.click(await screen.findByRole('button', { name: '调解结案' }));
    fireEvent.change(await screen.findByLabelText('调解协议日期'), { target: { value: '2025-03-01' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect(await screen.findByText('早于 2025-03-18')).toBeTruthy();
  });

  it('reloads the case and says so when someone else changed it first', async () => {
    let reads = 0;
    renderScreen(`/protection/cases/${investigating.id}`, (call) => {
      if (call.method === 'POST') return { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '案件已被他人修改，请刷新后按最新内容重新操作' } };
      reads += 1;
      return { body: investigating };
    });
    fireEvent.click(await screen.findByRole('button', { name: '调解结案' }));
    fireEvent.change(await screen.findByLabelText('调解协议日期'), { target: { value: '2025-03-19' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect(await screen.findByText('案件已被他人修改，已为您刷新为最新内容，请核对后重新操作。')).toBeTruthy();
    await waitFor(() => expect(reads).toBe(2));
  });

  it('lists the documents register with kinds in words, who recorded each, and a voided entry struck through with its reason', async () => {
    const voided = aDocument({
      id: '20000000-0000-4000-8000-000000000002',
      kind: 'penalty_notice',
      documentNumber: '汕市监知告〔2025〕3号',
      title: '行政处罚告知书',
      dated: '2025-04-01',
      voided: { at: '2025-04-02T02:00:00.000Z', by: { userId: '7a2d3b58-1d8f-4d6a-8e6f-2a8b4a0c3b21', name: '林科长' }, reason: '文号有误' },
    });
    renderScreen(`/protection/cases/${investigating.id}`, () => ({ body: investigating }), [aDocument(), voided]);
    expect(await screen.findByText('对当事人的询问笔录')).toBeTruthy();
    expect(screen.getByText('询问笔录')).toBeTruthy();
    expect(screen.getByTestId('document').textContent).toContain('郑执法');
    const struck = screen.getByTestId('document-voided');
    expect(struck.querySelectorAll('del').length).toBe(5);
    expect(struck.textContent).toContain('行政处罚告知书');
    expect(struck.textContent).toContain('已作废：文号有误（林科长）');
    expect(screen.getAllByRole('button', button('作废'))).toHaveLength(1);
  });

  it('records a document, a date before registration refused in Chinese first', async () => {
    const { calls } = renderScreen(`/protection/cases/${investigating.id}`, (call) => (call.method === 'POST' ? { status: 201, body: aDocument() } : { body: investigating }));
    fireEvent.click(await screen.findByRole('button', { name: '登记文书' }));
    fireEvent.mouseDown(await screen.findByLabelText('文书种类'));
    fireEvent.click(await screen.findByTitle('询问笔录'));
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '对当事人的询问笔录' } });
    fireEvent.change(screen.getByLabelText('文书日期'), { target: { value: '2025-03-01' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    expect(await screen.findByText('文书日期不能早于立案日期 2025-03-18')).toBeTruthy();
    const posts = () => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/documents'));
    expect(posts()).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('文书日期'), { target: { value: '2025-03-20' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toMatchObject({ path: `/api/protection/cases/${investigating.id}/documents`, body: { kind: 'inquiry_record', title: '对当事人的询问笔录', dated: '2025-03-20' } });
  });

  it('voids a document with the reason given', async () => {
    const { calls } = renderScreen(`/protection/cases/${investigating.id}`, (call) => (call.method === 'POST' ? { status: 201, body: aDocument() } : { body: investigating }), [aDocument()]);
    fireEvent.click(await screen.findByRole('button', button('作废')));
    fireEvent.click(await screen.findByRole('button', button('提交')));
    expect(await screen.findByText('请填写作废原因')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('作废原因'), { target: { value: '重复登记' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/cases/${investigating.id}/documents/${aDocument().id}/void`, body: { reason: '重复登记' } });
  });

  it('offers a viewer the register to read, with no way to record or void', async () => {
    renderScreen(`/protection/cases/${investigating.id}`, () => ({ body: investigating }), [aDocument()], VIEWER);
    expect(await screen.findByText('对当事人的询问笔录')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记文书' })).toBeNull();
    expect(screen.queryByRole('button', button('作废'))).toBeNull();
  });
});
