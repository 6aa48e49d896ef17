import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TGiDetail } from '@ipbureau/domain/creation';
import { fakeBackend, renderScreen, type Call } from '../../testing/render-screen';
import { page } from '../../testing/factories';

const GI: TGiDetail = {
  id: '5d2e3f40-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  name: '澄海狮头鹅',
  protectionKind: 'gi_trademark',
  registrationNumber: '12345678',
  originArea: '汕头市澄海区',
  holderName: '汕头市澄海区狮头鹅协会',
  holderCreditCode: null,
  district: '440515',
  protectedOn: '2019-09-09',
  producersAuthorized: 1,
  revokedOn: null,
  revocationReason: null,
  version: 1,
  departmentId: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: '0b3f4b8e-7d1c-4d57-9a53-5f0c8c1d2e01',
  producers: [{ id: '6e3f4a51-2b3c-4d4e-9f5a-6b7c8d9e0f1a', creditCode: '91350100M000100Y43', name: '甲养殖场', authorizedFrom: '2020-01-01', authorizedTo: null, createdAt: '2024-01-01T00:00:00.000Z' }],
};

const routes = ({ method, path }: Call) => {
  if (method === 'GET' && path === '/api/creation/geographical-indications') return { body: page([GI]) };
  if (method === 'GET' && path === `/api/creation/geographical-indications/${GI.id}`) return { body: GI };
  if (method === 'POST' && path === `/api/creation/geographical-indications/${GI.id}/producers`)
    return { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '该生产者已有 2020-01-01 至 — 的授权，期间重叠' } };
  if (method === 'POST' && path === '/api/creation/geographical-indications')
    return { status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: '请求参数有误', issues: [{ path: 'registrationNumber', code: 'custom', message: '地理标志商标须填写商标注册号' }] } };
  return undefined;
};

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the geographical-indication screens', () => {
  it('lists GIs with their kind and the producers authorized today, linking to the detail', async () => {
    renderScreen('/creation/geographical-indications', fakeBackend(routes));
    const link = await screen.findByRole('link', { name: '澄海狮头鹅' });
    expect(link.getAttribute('href')).toBe(`/creation/geographical-indications/${GI.id}`);
    expect(screen.getAllByText('地理标志商标').length).toBeGreaterThan(0);
    expect(screen.getByText('12345678')).toBeTruthy();
  });

  it('shows a GI with its producers and sends an authorization, showing the server’s refusal', async () => {
    const backend = fakeBackend(routes);
    renderScreen(`/creation/geographical-indications/${GI.id}`, backend);
    expect(await screen.findByText('甲养殖场')).toBeTruthy();
    expect(screen.getByText('长期')).toBeTruthy();
    fill('企业名称', '甲养殖场');
    fill('统一社会信用代码', '91350100M000100Y43');
    fill('授权起始日', '2024-01-01');
    fireEvent.click(screen.getAllByRole('button', { name: '新增授权' }).at(-1)!);
    expect(await screen.findByText(/期间重叠/)).toBeTruthy();
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ creditCode: '91350100M000100Y43', name: '甲养殖场', authorizedFrom: '2024-01-01', authorizedTo: null });
  });

  it('asks a GI trademark for its registration number before sending', async () => {
    const backend = fakeBackend(routes);
    renderScreen('/creation/geographical-indications/new', backend);
    await screen.findByLabelText('产品名称');
    fill('产品名称', '澄海狮头鹅');
    fireEvent.mouseDown(screen.getByLabelText('保护类型'));
    fireEvent.click(await screen.findByTitle('地理标志商标'));
    fill('产地范围', '汕头市澄海区');
    fill('申请人/注册人', '协会');
    fill('保护日期', '2019-09-09');
    fireEvent.mouseDown(screen.getByLabelText('区县'));
    fireEvent.click(await screen.findByTitle('澄海区'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(document.querySelectorAll('.ant-form-item-explain-error').length).toBe(1));
    expect(backend.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('corrects a GI sending only what changed with the version read, and shows a stale version’s refusal', async () => {
    const backend = fakeBackend(({ method, path }) =>
      method === 'PATCH' && path === `/api/creation/geographical-indications/${GI.id}`
        ? { status: 409, body: { statusCode: 409, code: 'CONFLICT', message: '记录已被他人修改（当前版本 2，您提交的版本 1），请刷新后重试' } }
        : routes({ method, path } as Call),
    );
    renderScreen(`/creation/geographical-indications/${GI.id}`, backend);
    fireEvent.click(await screen.findByRole('button', { name: /修\s*改/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('产地范围'), { target: { value: '汕头市澄海区及周边' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText(/记录已被他人修改/)).toBeTruthy();
    expect(backend.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 1, originArea: '汕头市澄海区及周边' });
  });

  it('revokes a GI with its date and reason, then shows it revoked without the edit, revoke or authorize actions', async () => {
    let revoked = false;
    const backend = fakeBackend(({ method, path }) => {
      if (method === 'POST' && path === `/api/creation/geographical-indications/${GI.id}/revoke`) {
        revoked = true;
        return { body: { ...GI, revokedOn: '2024-05-10', revocationReason: '公告第100号', producersAuthorized: 0, version: 2 } };
      }
      if (method === 'GET' && path === `/api/creation/geographical-indications/${GI.id}` && revoked) return { body: { ...GI, revokedOn: '2024-05-10', revocationReason: '公告第100号', producersAuthorized: 0, version: 2 } };
      return routes({ method, path } as Call);
    });
    renderScreen(`/creation/geographical-indications/${GI.id}`, backend);
    expect(await screen.findByText('保护中')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销保护' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '撤销保护' }));
    await waitFor(() => expect(dialog.querySelectorAll('.ant-form-item-explain-error').length).toBe(2));
    expect(backend.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('撤销生效日期'), { target: { value: '2024-05-10' } });
    fireEvent.change(within(dialog).getByLabelText('撤销原因'), { target: { value: '公告第100号' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤销保护' }));
    expect(await screen.findByText('已于 2024-05-10 撤销保护：公告第100号')).toBeTruthy();
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 1, revokedOn: '2024-05-10', reason: '公告第100号' });
    expect(screen.getByText('已撤销')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '撤销保护' })).toBeNull();
    expect(screen.queryByRole('button', { name: /修\s*改/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '新增授权' })).toBeNull();
  });
});
