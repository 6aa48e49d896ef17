import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TReportDetail } from '@ipbureau/domain/protection';
import { APPROVER, OFFICER, renderScreen } from '../../testing/render-screen';

const page = <T,>(items: T[]) => ({ body: { items, total: items.length, page: 1, pageSize: 20 } });
const button = (label: string) => ({ name: label.length === 2 ? label.split('').join(' ') : label });

const report: TReportDetail = {
  id: '70000000-0000-4000-8000-000000000001',
  reporter: { name: '张*', phone: '138****5678', idNumber: '4405**********1233' },
  identityMasked: true,
  subject: '某商行销售假冒注册商标的玩具',
  rightKind: 'trademark',
  district: '440511',
  receivedDate: '2025-02-10',
  handlingOfficer: { userId: OFFICER.id, name: '郑执法' },
  status: 'reward_proposed',
  statusDate: '2025-03-05',
  caseId: '00000000-0000-4000-8000-000000000099',
  caseNumber: '汕市监知案〔2025〕7号',
  notVerifiedReason: null,
  rewardBasis: '12345.67',
  rewardAmount: '617.28',
  rewardRule: 'samr-report-reward-2021',
  paidDate: null,
  version: 3,
  allowedActions: ['approve_reward'],
  createdAt: '2025-02-10T02:00:00.000Z',
  timeline: [
    { id: '71000000-0000-4000-8000-000000000001', action: 'receive', fromStatus: null, toStatus: 'received', effectiveDate: '2025-02-10', details: {}, note: null, actorName: '郑执法', recordedAt: '2025-02-10T02:00:00.000Z' },
    { id: '71000000-0000-4000-8000-000000000002', action: 'propose_reward', fromStatus: 'verified', toStatus: 'reward_proposed', effectiveDate: '2025-03-05', details: { basis: '12345.67' }, note: null, actorName: '郑执法', recordedAt: '2025-03-05T02:00:00.000Z' },
  ],
};

describe('the report screens', () => {
  it('lists reports with the reporter as the server masks it and filters by status', async () => {
    const { calls } = renderScreen('/protection/reports', (call) => (call.path === '/api/protection/reports' ? page([report]) : undefined));
    const row = (await screen.findByText('某商行销售假冒注册商标的玩具')).closest('tr')!;
    expect(within(row).getByText('张* 138****5678')).toBeTruthy();
    expect(within(row).getByText('奖励待审批')).toBeTruthy();
    fireEvent.mouseDown(within(screen.getByRole('search')).getAllByRole('combobox')[0]!);
    fireEvent.click(await screen.findByTitle('奖励已发放'));
    fireEvent.click(within(screen.getByRole('search')).getByRole('button', { name: /查\s?询|搜\s?索/ }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/protection/reports' && c.query.get('status') === 'paid')).toBe(true));
  });

  it('shows the masked reporter, the reward and its steps, and sends the approver’s approval with the version read', async () => {
    const approved: TReportDetail = { ...report, status: 'reward_approved', version: 4, allowedActions: [] };
    const { calls } = renderScreen(`/protection/reports/${report.id}`, (call) => (call.method === 'POST' ? { status: 201, body: approved } : { body: report }), APPROVER);
    expect(await screen.findByText('举报人信息已脱敏，仅承办人可见')).toBeTruthy();
    expect(screen.getByText('4405**********1233')).toBeTruthy();
    expect(screen.getAllByTestId('report-step')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', button('批准奖励')));
    fireEvent.change(await screen.findByLabelText('日期'), { target: { value: '2025-03-06' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: `/api/protection/reports/${report.id}/transitions`, body: { action: 'approve_reward', version: 3, effectiveDate: '2025-03-06' } });
    expect(await screen.findByText('奖励已批准')).toBeTruthy();
  });

  it('lets the approver hand the report to another officer with the date and reason, then shows the step', async () => {
    const NEW_ID = '2d0e4d4b-7c55-4d6b-8f7e-4a0c3b1e9f22';
    const reassigned: TReportDetail = {
      ...report,
      version: 4,
      handlingOfficer: { userId: NEW_ID, name: '许执法' },
      timeline: [
        ...report.timeline,
        { id: '71000000-0000-4000-8000-000000000003', action: 'reassign', fromStatus: 'reward_proposed', toStatus: 'reward_proposed', effectiveDate: '2025-03-06', details: { fromOfficer: '郑执法', toOfficer: '许执法', reason: '原承办人回避' }, note: null, actorName: '林科长', recordedAt: '2025-03-06T02:00:00.000Z' },
      ],
    };
    const { calls } = renderScreen(`/protection/reports/${report.id}`, (call) => (call.method === 'POST' ? { status: 201, body: reassigned } : { body: report }), APPROVER);
    fireEvent.click(await screen.findByRole('button', { name: '变更承办人' }));
    fireEvent.change(await screen.findByLabelText('新承办人姓名'), { target: { value: '许执法' } });
    fireEvent.change(screen.getByLabelText('新承办人用户ID'), { target: { value: NEW_ID } });
    fireEvent.change(screen.getByLabelText('日期'), { target: { value: '2025-03-06' } });
    fireEvent.change(screen.getByLabelText('变更原因'), { target: { value: '原承办人回避' } });
    fireEvent.click(screen.getByRole('button', button('提交')));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: `/api/protection/reports/${report.id}/reassign`,
      body: { version: 3, effectiveDate: '2025-03-06', handlingOfficer: { userId: NEW_ID, name: '许执法' }, reason: '原承办人回避' },
    });
    await waitFor(() => expect(screen.getAllByTestId('report-step')).toHaveLength(3));
    const step = screen.getAllByTestId('report-step')[2]!.textContent ?? '';
    expect(step).toContain('变更承办人');
    expect(step).toContain('变更原因: 原承办人回避');
    expect(step).toContain('新承办人: 许执法');
  });

  it('offers an officer no reassignment', async () => {
    renderScreen(`/protection/reports/${report.id}`, () => ({ body: { ...report, allowedActions: [] } }), OFFICER);
    expect(await screen.findByText('举报人信息已脱敏，仅承办人可见')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '变更承办人' })).toBeNull();
  });

  it('registers a report handled by the officer registering it and shows the server’s Chinese message on the ID field', async () => {
    const { calls } = renderScreen('/protection/reports', (call) => {
      if (call.method === 'POST') {
        return { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'reporter.idNumber', code: 'custom', message: '身份证号码校验位不正确，请检查是否输错' }] } };
      }
      return page([]);
    });
    fireEvent.click(await screen.findByRole('button', { name: '受理举报' }));
    fireEvent.change(await screen.findByLabelText('举报人姓名'), { target: { value: '张三' } });
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('联系电话'), { target: { value: '13812345678' } });
    fireEvent.change(within(dialog).getByLabelText('身份证号码'), { target: { value: '440507199001011234' } });
    fireEvent.change(within(dialog).getByLabelText('举报内容'), { target: { value: '销售假冒商标玩具' } });
    for (const [label, option] of [['权利类型', '商标'], ['区县', '金平区']] as const) {
      fireEvent.mouseDown(within(dialog).getByLabelText(label));
      fireEvent.click(await screen.findByTitle(option));
    }
    fireEvent.click(within(dialog).getByRole('button', button('提交')));
    expect(await screen.findByText('身份证号码校验位不正确，请检查是否输错')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/protection/reports',
      body: { reporter: { name: '张三', phone: '13812345678', idNumber: '440507199001011234' }, rightKind: 'trademark', district: '440511', handlingOfficer: { userId: OFFICER.id, name: '郑执法' } },
    });
  });
});
