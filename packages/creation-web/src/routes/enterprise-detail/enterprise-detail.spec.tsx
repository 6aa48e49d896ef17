import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TEnterpriseDetail } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { makeEnterprise } from '../../testing/factories';

const USER = '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01';
const certificate = {
  id: 'ae4f0a52-7a82-4fbc-9d42-5b6a7f8e9da3',
  certificateNumber: '165IP200123R0M',
  certificationBody: '中知（北京）认证有限公司',
  issuedOn: '2020-05-10',
  validUntil: '2023-05-09',
  status: 'valid' as const,
  allowedActions: ['suspend', 'withdraw', 'renew'] as ('suspend' | 'withdraw' | 'renew')[],
  version: 1,
  history: [{ seq: 1, action: 'issue' as const, fromStatus: null, toStatus: 'valid' as const, effectiveDate: '2020-05-10', validUntil: '2023-05-09', note: null, createdAt: '2024-01-01T00:00:00.000Z', createdBy: USER }],
};
const enterprise = makeEnterprise({ certifications: [certificate] });
const titled: TEnterpriseDetail = {
  ...enterprise,
  currentTitles: ['provincial_advantage'],
  titles: [{ id: 'bf5a1b63-8b93-4acd-8e53-6c7b8a9feab4', kind: 'provincial_advantage', level: 'provincial', awardedOn: '2021-09-15', documentNumber: '粤市监知〔2021〕12号', endedOn: null, endReason: null, createdAt: '2024-01-01T00:00:00.000Z', createdBy: USER }],
};

function enterpriseServer(after: TEnterpriseDetail | { status: number; body: unknown }) {
  let current = enterprise;
  return ({ method, path }: Call) => {
    if (!path.startsWith(`/api/creation/enterprises/${enterprise.id}`)) return undefined;
    if (method === 'GET') return { body: current };
    if ('id' in after) {
      current = after;
      return { body: after };
    }
    return after;
  };
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the enterprise detail', () => {
  it('records a title awarded, then shows it as held', async () => {
    const backend = fakeBackend(enterpriseServer(titled));
    renderScreen(`/creation/enterprises/${enterprise.id}`, backend);
    expect((await screen.findByTestId('current-titles')).textContent).toBe('暂无');
    expect(screen.getByTestId('patent-stock').textContent).toBe('12 件，其中高价值 5 件');
    fireEvent.click(screen.getByRole('button', { name: '登记称号' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('称号'));
    fireEvent.click(await screen.findByTitle('省知识产权优势企业'));
    fill('认定日期', '2021-09-15');
    fill('批次/文号', '粤市监知〔2021〕12号');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.getByTestId('current-titles').textContent).toBe('省知识产权优势企业'));
    const sent = backend.calls.find((c) => c.method === 'POST');
    expect(sent?.path).toBe(`/api/creation/enterprises/${enterprise.id}/titles`);
    expect(sent?.body).toEqual({ kind: 'provincial_advantage', awardedOn: '2021-09-15', documentNumber: '粤市监知〔2021〕12号', endedOn: null, endReason: null });
  });

  it('shows a certificate with its history and renews it with the version read and the new date', async () => {
    const renewed: TEnterpriseDetail = {
      ...enterprise,
      certifications: [
        {
          ...certificate,
          validUntil: '2026-05-09',
          version: 2,
          history: [...certificate.history, { seq: 2, action: 'renew', fromStatus: 'valid', toStatus: 'valid', effectiveDate: '2023-04-20', validUntil: '2026-05-09', note: null, createdAt: '2024-01-01T00:00:00.000Z', createdBy: USER }],
        },
      ],
    };
    const backend = fakeBackend(enterpriseServer(renewed));
    renderScreen(`/creation/enterprises/${enterprise.id}`, backend);
    expect((await screen.findByTestId('cert-history-165IP200123R0M')).textContent).toContain('2020-05-10 发证 → 2023-05-09');
    fireEvent.click(screen.getByRole('button', { name: '再认证换证' }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2023-04-20');
    fill('新的有效期至', '2026-05-09');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.getByTestId('cert-history-165IP200123R0M').textContent).toContain('2023-04-20 再认证换证 → 2026-05-09'));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ action: 'renew', effectiveDate: '2023-04-20', validUntil: '2026-05-09', version: 1 });
  });

  it('keeps the dialog open with a stale-version conflict', async () => {
    const conflict = { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '记录已被他人修改（当前版本 2，您提交的版本 1），请刷新后重试' } };
    renderScreen(`/creation/enterprises/${enterprise.id}`, fakeBackend(enterpriseServer(conflict)));
    fireEvent.click(await screen.findByRole('button', { name: /暂\s*停/ }));
    const dialog = await screen.findByRole('dialog');
    fill('生效日期', '2021-03-01');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('记录已被他人修改（当前版本 2，您提交的版本 1），请刷新后重试')).toBeTruthy();
  });
});
