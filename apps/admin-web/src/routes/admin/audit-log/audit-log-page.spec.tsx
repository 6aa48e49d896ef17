import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TChainVerification } from '@ipbureau/domain';
import { fakeBackend, lastQuery, makeUser, on, pageOf } from '../../../testing/fake-backend';
import { makeAuditEvent } from '../../../testing/factories';
import { button, findRow, pick } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

const renamed = makeAuditEvent({
  entity: 'department',
  entityId: 'dept-7',
  action: 'update',
  requestId: 'req-rename',
  before: { name: '保护科', code: 'protection' },
  after: { name: '知识产权保护科', code: 'protection' },
});

function auditBackend(verification: TChainVerification) {
  return fakeBackend({
    user: makeUser({ roles: ['auditor'], displayName: '审计员' }),
    routes: [
      on('GET', '/api/platform/audit/events', () => Response.json(pageOf([renamed]))),
      on('GET', '/api/platform/audit/verify', () => Response.json(verification)),
    ],
  });
}

const verifications = (backend: ReturnType<typeof fakeBackend>) => backend.calls.filter((c) => c.path === '/api/platform/audit/verify');

describe('the audit log page', () => {
  it('checks the chains only when asked and shows each break in red with the count checked', async () => {
    const backend = auditBackend({
      valid: false,
      checked: 1532,
      breaks: [{ chain: 'creation', seq: '418', reason: 'hash' }],
      verifiedAt: '2025-03-01T02:00:00Z',
    });
    renderApp('/admin/audit-log', backend, { signedIn: true });
    await findRow('req-rename');
    expect(verifications(backend)).toEqual([]);

    fireEvent.click(button('校验审计链'));

    const result = await screen.findByTestId('audit-verification');
    expect(result.className).toMatch(/ant-alert-error/);
    expect(within(result).getByText('审计链发现 1 处异常')).toBeTruthy();
    expect(within(result).getByText('审计链 creation 第 418 条：内容与哈希不符（记录被修改）')).toBeTruthy();
    expect(result.textContent).toContain('共校验 1532 条记录，校验时间 2025/03/01 10:00:00');
    expect(verifications(backend)).toHaveLength(1);
  });

  it('shows an intact chain in green', async () => {
    renderApp('/admin/audit-log', auditBackend({ valid: true, checked: 20, breaks: [], verifiedAt: '2025-03-01T02:00:00Z' }), { signedIn: true });
    await findRow('req-rename');

    fireEvent.click(button('校验审计链'));

    const result = await screen.findByTestId('audit-verification');
    expect(result.className).toMatch(/ant-alert-success/);
    expect(within(result).getByText('审计链完整，未发现篡改')).toBeTruthy();
  });

  it('opens an entry to show its before and after side by side', async () => {
    renderApp('/admin/audit-log', auditBackend({ valid: true, checked: 0, breaks: [], verifiedAt: '2025-03-01T02:00:00Z' }), { signedIn: true });
    const row = await findRow('req-rename');
    expect(within(row).getByText('修改')).toBeTruthy();
    expect(within(row).getByText('系统管理员')).toBeTruthy();

    fireEvent.click(within(row).getByLabelText('展开行'));

    expect((await screen.findByTestId('before-after-before')).textContent).toContain('"name": "保护科"');
    expect(screen.getByTestId('before-after-after').textContent).toContain('"name": "知识产权保护科"');
  });

  it('searches by service, entity and action from the filters', async () => {
    const backend = auditBackend({ valid: true, checked: 0, breaks: [], verifiedAt: '2025-03-01T02:00:00Z' });
    renderApp('/admin/audit-log', backend, { signedIn: true });
    await findRow('req-rename');

    fireEvent.change(screen.getByLabelText('对象类型'), { target: { value: ' department ' } });
    await pick('操作', '修改');
    fireEvent.click(button('查询'));

    await waitFor(() => expect(lastQuery(backend, '/api/platform/audit/events')).toEqual({ page: '1', pageSize: '20', entity: 'department', action: 'update' }));
  });
});
