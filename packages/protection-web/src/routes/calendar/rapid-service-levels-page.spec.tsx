import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TRapidServiceLevel } from '@ipbureau/domain/protection';
import { APPROVER, OFFICER, renderScreen, type RecordedCall } from '../../testing/render-screen';

const level = (n: number, fields: Partial<TRapidServiceLevel>): TRapidServiceLevel => ({
  id: `30000000-0000-4000-8000-00000000000${n}`,
  kind: 'pre_examination',
  workingDays: 5,
  basisZh: '保护中心预审服务承诺：受理后5个工作日内出具预审结论',
  basisEn: 'The centre’s commitment: a pre-examination outcome within 5 working days',
  effectiveFrom: '2000-01-01',
  state: 'superseded',
  region: '000000',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});
const levels = [
  level(1, {}),
  level(2, { workingDays: 3, basisZh: '2025年修订：3个工作日', effectiveFrom: '2025-07-01', state: 'in_force' }),
  level(3, { kind: 'rights_determination', workingDays: 20, basisZh: '20个工作日内办结', state: 'in_force' }),
];
const PATH = '/api/protection/rapid-protection/service-levels';

describe('the rapid protection centre’s service levels', () => {
  it('lists each kind’s levels with their effective dates and state, in Chinese; an officer only reads them', async () => {
    renderScreen('/protection/rapid-service-levels', (call) => (call.path === PATH ? { body: levels } : undefined));
    const pre = within(await screen.findByTestId('levels-pre_examination'));
    const current = (await pre.findByText('2025-07-01')).closest('tr')!;
    expect(within(current).getByText('3 个工作日')).toBeTruthy();
    expect(within(current).getByText('现行')).toBeTruthy();
    expect(within(pre.getByText('2000-01-01').closest('tr')!).getByText('已被取代')).toBeTruthy();
    const rights = within(screen.getByTestId('levels-rights_determination'));
    expect(rights.getByText('20个工作日内办结')).toBeTruthy();
    expect(rights.queryByText('2025-07-01')).toBeNull();
    expect(screen.queryByRole('button', { name: '新增服务时限' })).toBeNull();
  });

  it('lets the section chief add a level from a date, validating in Chinese and showing the server’s refusal on its field', async () => {
    let refuse = true;
    const { calls } = renderScreen(
      '/protection/rapid-service-levels',
      (call: RecordedCall) => {
        if (call.method === 'GET') return call.path === PATH ? { body: levels } : undefined;
        if (refuse) {
          refuse = false;
          return {
            status: 422,
            body: { statusCode: 422, code: 'UNPROCESSABLE', message: '已有 2025-07-01 提交的请求按原服务时限计时', issues: [{ path: 'effectiveFrom', code: 'custom', message: '须晚于 2025-07-01' }] },
          };
        }
        return { status: 201, body: level(4, { workingDays: 4, effectiveFrom: '2026-12-01', state: 'scheduled' }) };
      },
      APPROVER,
    );
    fireEvent.click(await screen.findByRole('button', { name: '新增服务时限' }));
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await dialog.findByText('请填写服务时限（工作日）')).toBeTruthy();
    expect(dialog.getAllByText('请填写依据')).toHaveLength(2);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(dialog.getByLabelText('施行日期'), { target: { value: '2025-06-15' } });
    fireEvent.change(dialog.getByLabelText('服务时限（工作日）'), { target: { value: '4' } });
    fireEvent.change(dialog.getByLabelText('依据（中文）'), { target: { value: '保护中心2026年服务承诺：4个工作日' } });
    fireEvent.change(dialog.getByLabelText('依据（英文）'), { target: { value: 'The centre’s 2026 commitment: 4 working days' } });
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await dialog.findByText('须晚于 2025-07-01')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: PATH,
      body: { kind: 'pre_examination', effectiveFrom: '2025-06-15', workingDays: 4, basisZh: '保护中心2026年服务承诺：4个工作日', basisEn: 'The centre’s 2026 commitment: 4 working days' },
    });
    fireEvent.change(dialog.getByLabelText('施行日期'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toMatchObject({ effectiveFrom: '2026-12-01' });
    expect(calls.filter((c) => c.method === 'GET' && c.path === PATH).length).toBeGreaterThan(1);
  });

  describe('correcting a scheduled level', () => {
    const scheduled = level(5, { workingDays: 4, basisZh: '2099年调整：4个工作日', effectiveFrom: '2099-01-01', state: 'scheduled', version: 2 });
    const withScheduled = [...levels, scheduled];
    const editButton = (row: HTMLElement) => within(row).queryByRole('button', { name: /修\s*改/ });
    const rowOf = async (date: string) => (await within(await screen.findByTestId('levels-pre_examination')).findByText(date)).closest('tr')!;

    it('offers the edit only on a scheduled row, and only to an approver', async () => {
      const officer = renderScreen('/protection/rapid-service-levels', (call) => (call.path === PATH ? { body: withScheduled } : undefined), OFFICER);
      expect(editButton(await rowOf('2099-01-01'))).toBeNull();
      officer.unmount();

      renderScreen('/protection/rapid-service-levels', (call) => (call.path === PATH ? { body: withScheduled } : undefined), APPROVER);
      expect(editButton(await rowOf('2099-01-01'))).toBeTruthy();
      expect(editButton(await rowOf('2025-07-01'))).toBeNull();
      expect(editButton(await rowOf('2000-01-01'))).toBeNull();
      expect(within(screen.getByTestId('levels-rights_determination')).queryByRole('button', { name: /修\s*改/ })).toBeNull();
    });

    it('sends the version read and only the changed fields, showing the server’s refusal on its field, then refreshes the list', async () => {
      let refuse = true;
      const { calls } = renderScreen(
        '/protection/rapid-service-levels',
        (call: RecordedCall) => {
          if (call.method === 'GET') return call.path === PATH ? { body: withScheduled } : undefined;
          if (refuse) {
            refuse = false;
            return { status: 422, body: { statusCode: 422, code: 'VALIDATION_FAILED', message: '待施行的施行日期须晚于今天', issues: [{ path: 'effectiveFrom', code: 'custom', message: '须晚于今天' }] } };
          }
          return { body: { ...scheduled, workingDays: 6, effectiveFrom: '2099-02-01', version: 3 } };
        },
        APPROVER,
      );
      fireEvent.click(editButton(await rowOf('2099-01-01'))!);
      const dialog = within(await screen.findByRole('dialog'));
      expect(dialog.getByText('修改待施行的服务时限')).toBeTruthy();
      expect((dialog.getByLabelText('依据（中文）') as HTMLTextAreaElement).value).toBe('2099年调整：4个工作日');
      expect((dialog.getByLabelText('服务时限（工作日）') as HTMLInputElement).value).toBe('4');

      fireEvent.change(dialog.getByLabelText('施行日期'), { target: { value: '2020-02-01' } });
      fireEvent.change(dialog.getByLabelText('服务时限（工作日）'), { target: { value: '6' } });
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      expect(await dialog.findByText('须晚于今天')).toBeTruthy();
      const patches = () => calls.filter((c) => c.method === 'PATCH');
      expect(patches()).toHaveLength(1);
      expect(patches()[0]!.path).toBe(`${PATH}/${scheduled.id}`);
      expect(patches()[0]!.body).toEqual({ version: 2, effectiveFrom: '2020-02-01', workingDays: 6 });

      fireEvent.change(dialog.getByLabelText('施行日期'), { target: { value: '2099-02-01' } });
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(patches().at(-1)?.body).toEqual({ version: 2, effectiveFrom: '2099-02-01', workingDays: 6 });
      expect(calls.filter((c) => c.method === 'GET' && c.path === PATH).length).toBeGreaterThan(1);
    });

    it('tells a stale version (409, the level changed since) from a date another level takes (409, the level as read)', async () => {
      let current = withScheduled;
      const { calls } = renderScreen(
        '/protection/rapid-service-levels',
        (call: RecordedCall) => {
          if (call.method === 'GET') return call.path === PATH ? { body: current } : undefined;
          return { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '已有自 2099-03-01 起施行的预审服务时限，请修改该条或另选施行日期', issues: [] } };
        },
        APPROVER,
      );
      fireEvent.click(editButton(await rowOf('2099-01-01'))!);
      const dialog = within(await screen.findByRole('dialog'));
      fireEvent.change(dialog.getByLabelText('施行日期'), { target: { value: '2099-03-01' } });
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      expect(await dialog.findByText('已有自 2099-03-01 起施行的预审服务时限，请修改该条或另选施行日期')).toBeTruthy();
      expect(screen.queryByText('该服务时限已被他人修改，已为您刷新，请核对后重新修改。')).toBeNull();

      current = [...levels, { ...scheduled, workingDays: 7, version: 3 }];
      fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
      expect(await screen.findByText('该服务时限已被他人修改，已为您刷新，请核对后重新修改。')).toBeTruthy();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
        { version: 2, effectiveFrom: '2099-03-01' },
        { version: 2, effectiveFrom: '2099-03-01' },
      ]);
      expect(within(await rowOf('2099-01-01')).getByText('7 个工作日')).toBeTruthy();
    });
  });
});
