import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TRapidServiceLevel } from '@ipbureau/domain/protection';
import { APPROVER, renderScreen, type RecordedCall } from '../../testing/render-screen';

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
});
