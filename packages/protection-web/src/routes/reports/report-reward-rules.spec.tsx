import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TReportRewardRule } from '@ipbureau/domain/protection';
import { APPROVER, OFFICER, renderScreen, type RecordedCall } from '../../testing/render-screen';

const rule = (n: number, fields: Partial<TReportRewardRule>): TReportRewardRule => ({
  id: `40000000-0000-4000-8000-00000000000${n}`,
  code: 'samr-report-reward-2021',
  rate: '0.05',
  floor: '200.00',
  cap: '100000.00',
  basisZh: '按罚没款的5%计发，最低200元，最高10万元',
  basisEn: '5 % of the fine, at least 200 and at most 100,000 yuan',
  effectiveFrom: '2021-12-01',
  state: 'superseded',
  region: '000000',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});
const rules = [rule(1, {}), rule(2, { code: 'report-reward-2025-06-01', rate: '0.07', floor: '500.00', cap: '50000.00', effectiveFrom: '2025-06-01', state: 'in_force' })];
const PATH = '/api/protection/report-reward-rules';

describe('the report reward rules', () => {
  it('lists the rules by date with rate, floor, cap and state, in Chinese; an officer only reads them', async () => {
    renderScreen('/protection/report-reward-rules', (call) => (call.path === PATH ? { body: rules } : undefined));
    const current = (await screen.findByText('2025-06-01')).closest('tr')!;
    expect(within(current).getByText('7%')).toBeTruthy();
    expect(within(current).getByText('现行')).toBeTruthy();
    expect(within(current).getByText('report-reward-2025-06-01')).toBeTruthy();
    expect(within(screen.getByText('2021-12-01').closest('tr')!).getByText('已被取代')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '新增奖励标准' })).toBeNull();
  });

  it('lets the section chief add a rule from a date, validating in Chinese and showing the server’s refusal on its field', async () => {
    let refuse = true;
    const { calls } = renderScreen(
      '/protection/report-reward-rules',
      (call: RecordedCall) => {
        if (call.method === 'GET') return call.path === PATH ? { body: rules } : undefined;
        if (refuse) {
          refuse = false;
          return { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'cap', code: 'custom', message: '最高金额不能低于最低金额' }] } };
        }
        return { status: 201, body: rule(3, { code: 'report-reward-2027-01-01', effectiveFrom: '2027-01-01', state: 'scheduled' }) };
      },
      APPROVER,
    );
    fireEvent.click(await screen.findByRole('button', { name: '新增奖励标准' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await dialog.findByText('请填写奖励比例，如 0.05')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    for (const [label, value] of [
      ['施行日期', '2027-01-01'],
      ['奖励比例', '0.06'],
      ['最低金额（元）', '300.00'],
      ['最高金额（元）', '100.00'],
      ['依据（中文）', '本局细则（2027年修订）'],
      ['依据（英文）', 'The bureau’s rules (2027 revision)'],
    ]) {
      fireEvent.change(dialog.getByLabelText(label!), { target: { value } });
    }
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await dialog.findByText('最高金额不能低于最低金额')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ path: PATH, body: { effectiveFrom: '2027-01-01', rate: '0.06', floor: '300.00', cap: '100.00', basisZh: '本局细则（2027年修订）' } });
    fireEvent.change(dialog.getByLabelText('最高金额（元）'), { target: { value: '60000.00' } });
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toMatchObject({ cap: '60000.00' });
  });

  describe('correcting a scheduled rule', () => {
    const scheduled = rule(3, { code: 'report-reward-2099-01-01', rate: '0.06', floor: '300.00', cap: '60000.00', basisZh: '本局细则（2099年修订）', effectiveFrom: '2099-01-01', state: 'scheduled', version: 4 });
    const withScheduled = [...rules, scheduled];
    const editButton = (row: HTMLElement) => within(row).queryByRole('button', { name: /修\s*改/ });
    const rowOf = async (date: string) => (await screen.findByText(date)).closest('tr')!;

    it('offers the edit only on a scheduled row, and only to an approver', async () => {
      const officer = renderScreen('/protection/report-reward-rules', (call) => (call.path === PATH ? { body: withScheduled } : undefined), OFFICER);
      expect(editButton(await rowOf('2099-01-01'))).toBeNull();
      officer.unmount();

      renderScreen('/protection/report-reward-rules', (call) => (call.path === PATH ? { body: withScheduled } : undefined), APPROVER);
      expect(editButton(await rowOf('2099-01-01'))).toBeTruthy();
      expect(editButton(await rowOf('2025-06-01'))).toBeNull();
      expect(editButton(await rowOf('2021-12-01'))).toBeNull();
    });

    it('sends the version read and only the changed fields, showing the server’s refusal on its field, then refreshes the list', async () => {
      let refuse = true;
      const { calls } = renderScreen(
        '/protection/report-reward-rules',
        (call: RecordedCall) => {
          if (call.method === 'GET') return call.path === PATH ? { body: withScheduled } : undefined;
          if (refuse) {
            refuse = false;
            return { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'cap', code: 'custom', message: '最高金额不能低于最低金额' }] } };
          }
          return { body: { ...scheduled, floor: '400.00', cap: '80000.00', version: 5 } };
        },
        APPROVER,
      );
      fireEvent.click(editButton(await rowOf('2099-01-01'))!);
      const dialog = within(await screen.findByRole('dialog'));
      expect(dialog.getByText('修改待施行的奖励标准')).toBeTruthy();
      expect((dialog.getByLabelText('奖励比例') as HTMLInputElement).value).toBe('0.06');
      expect((dialog.getByLabelText('依据（中文）') as HTMLTextAreaElement).value).toBe('本局细则（2099年修订）');

      fireEvent.change(dialog.getByLabelText('最低金额（元）'), { target: { value: '400.00' } });
      fireEvent.change(dialog.getByLabelText('最高金额（元）'), { target: { value: '100.00' } });
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      expect(await dialog.findByText('最高金额不能低于最低金额')).toBeTruthy();
      const patches = () => calls.filter((c) => c.method === 'PATCH');
      expect(patches()).toHaveLength(1);
      expect(patches()[0]!.path).toBe(`${PATH}/${scheduled.id}`);
      expect(patches()[0]!.body).toEqual({ version: 4, floor: '400.00', cap: '100.00' });

      fireEvent.change(dialog.getByLabelText('最高金额（元）'), { target: { value: '80000.00' } });
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(patches().at(-1)?.body).toEqual({ version: 4, floor: '400.00', cap: '80000.00' });
      expect(calls.filter((c) => c.method === 'GET' && c.path === PATH).length).toBeGreaterThan(1);
    });

    it('tells a stale version (409, the rule changed since) from a date another rule takes (409, the rule as read)', async () => {
      let current = withScheduled;
      const { calls } = renderScreen(
        '/protection/report-reward-rules',
        (call: RecordedCall) => {
          if (call.method === 'GET') return call.path === PATH ? { body: current } : undefined;
          return { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '已有自 2099-03-01 起施行的奖励标准，请修改该条或另选施行日期', issues: [] } };
        },
        APPROVER,
      );
      fireEvent.click(editButton(await rowOf('2099-01-01'))!);
      const dialog = within(await screen.findByRole('dialog'));
      fireEvent.change(dialog.getByLabelText('施行日期'), { target: { value: '2099-03-01' } });
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      expect(await dialog.findByText('已有自 2099-03-01 起施行的奖励标准，请修改该条或另选施行日期')).toBeTruthy();
      expect(screen.queryByText('该奖励标准已被他人修改，已为您刷新，请核对后重新修改。')).toBeNull();

      current = [...rules, { ...scheduled, rate: '0.08', version: 5 }];
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      expect(await screen.findByText('该奖励标准已被他人修改，已为您刷新，请核对后重新修改。')).toBeTruthy();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
        { version: 4, effectiveFrom: '2099-03-01' },
        { version: 4, effectiveFrom: '2099-03-01' },
      ]);
      expect(within(await rowOf('2099-01-01')).getByText('8%')).toBeTruthy();
    });
  });
});
