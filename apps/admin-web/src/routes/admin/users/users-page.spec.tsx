import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TUser } from '@ipbureau/domain';
import { errorResponse, fakeBackend, makeUser, on, pageOf, type FakeRequest } from '../../../testing/fake-backend';
import { makeDepartment, makeUserRecord } from '../../../testing/factories';
import { button, findFieldWithError, findRow, pick } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

const protectionSection = makeDepartment({ name: '知识产权保护科', code: 'protection' });
const bureau = makeDepartment({ children: [{ ...protectionSection, parentId: null }] });
const existing = makeUserRecord({ username: 'chen', displayName: '陈科员', departmentId: protectionSection.id });

function usersBackend(roles: TUser['roles'], create: (request: FakeRequest) => Response = (r) => Response.json(makeUserRecord(r.body as Partial<TUser>), { status: 201 }), users: TUser[] = [existing]) {
  return fakeBackend({
    user: makeUser({ roles, displayName: '系统管理员' }),
    routes: [
      on('GET', '/api/platform/users', () => Response.json(pageOf(users))),
      on('GET', '/api/platform/departments', () => Response.json([bureau])),
      on('POST', '/api/platform/users', create),
      on('POST', `/api/platform/users/${existing.id}/unlock`, () => Response.json({ ...existing, lockedUntil: null })),
    ],
  });
}

const posts = (backend: ReturnType<typeof fakeBackend>, path: string) => backend.calls.filter((c) => c.method === 'POST' && c.path === path);

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function openCreateDrawer(): Promise<HTMLElement> {
  await screen.findByText('陈科员');
  fireEvent.click(button('新建用户'));
  return (await screen.findByLabelText('初始密码')).closest('.ant-drawer') as HTMLElement;
}

function fillValidUser() {
  type('用户名', 'lin.ke');
  type('姓名', '林科员');
  type('初始密码', 'Shantou-2025!');
}

describe('the users page', () => {
  it('lists users with their roles by module, department, scope and last sign-in', async () => {
    renderApp('/admin/users', usersBackend(['system-admin']), { signedIn: true });

    const row = await findRow('陈科员');
    expect(within(row).getByText('知识产权创造：经办')).toBeTruthy();
    expect(within(row).getByText('知识产权保护科')).toBeTruthy();
    expect(within(row).getByText('本辖区全部')).toBeTruthy();
    expect(within(row).getByText('2025/03/01 09:30:00')).toBeTruthy();
    expect(within(row).getByText('正常')).toBeTruthy();
  });

  it('creates a user with the roles, department and districts picked, sending exactly that', async () => {
    const backend = usersBackend(['system-admin']);
    renderApp('/admin/users', backend, { signedIn: true });
    const drawer = await openCreateDrawer();
    fillValidUser();
    fireEvent.click(within(within(drawer).getByLabelText('知识产权保护')).getByLabelText('经办'));
    fireEvent.click(within(within(drawer).getByLabelText('规划指标')).getByLabelText('查看'));
    await pick('所属部门', '知识产权保护科');
    fireEvent.click(within(drawer).getByLabelText('指定区县'));
    await pick('区县', '龙湖区');
    await pick('区县', '南澳县');
    fireEvent.click(button('保存', drawer));
    await waitFor(() => expect(posts(backend, '/api/platform/users')).toHaveLength(1));
    expect(posts(backend, '/api/platform/users')[0]!.body).toEqual({
      username: 'lin.ke',
      displayName: '林科员',
      password: 'Shantou-2025!',
      regionCode: '440500',
      departmentId: protectionSection.id,
      roles: ['protection:officer', 'plan:viewer'],
      dataScope: { kind: 'districts', districts: ['440507', '440523'] },
    });
    await waitFor(() => expect(screen.queryByLabelText('初始密码')).toBeNull());
    // The list is read again, so the new user shows without a reload.
    expect(backend.calls.filter((c) => c.method === 'GET' && c.path === '/api/platform/users').length).toBeGreaterThanOrEqual(2);
  });

  it('shows each field the server refuses beside that field and keeps the drawer open', async () => {
    const separation = '系统管理员、安全管理员、审计员不能由同一用户兼任（三员分立）';
    const backend = usersBackend(['system-admin'], () =>
      errorResponse({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '请求参数有误',
        issues: [
          { path: 'roles', message: separation, code: 'custom' },
          { path: 'username', message: '用户名须以小写字母开头', code: 'custom' },
        ],
      }),
    );
    renderApp('/admin/users', backend, { signedIn: true });
    const drawer = await openCreateDrawer();

    fillValidUser();
    fireEvent.click(button('保存', drawer));

    expect(await findFieldWithError(separation, '管理员角色', drawer)).toBeTruthy();
    expect(await findFieldWithError('用户名须以小写字母开头', '用户名', drawer)).toBeTruthy();
    expect(within(drawer).queryByText('请求参数有误')).toBeNull();
    expect(screen.getByLabelText('初始密码')).toBeTruthy();
  });

  it('puts a taken username beside the username field', async () => {
    const backend = usersBackend(['system-admin'], () => errorResponse({ statusCode: 409, code: 'CONFLICT', message: '用户名 lin.ke 已存在' }));
    renderApp('/admin/users', backend, { signedIn: true });
    const drawer = await openCreateDrawer();

    fillValidUser();
    fireEvent.click(button('保存', drawer));

    expect(await findFieldWithError('用户名 lin.ke 已存在', '用户名', drawer)).toBeTruthy();
  });

  it('refuses a password that breaks the rules before sending anything', async () => {
    const backend = usersBackend(['system-admin']);
    renderApp('/admin/users', backend, { signedIn: true });
    const drawer = await openCreateDrawer();

    fillValidUser();
    type('初始密码', 'lin.ke-Password-1');
    fireEvent.click(button('保存', drawer));

    expect(await within(drawer).findByText('密码不能包含用户名')).toBeTruthy();
    expect(posts(backend, '/api/platform/users')).toEqual([]);
  });

  it('lets the security administrator unlock a locked user, and nothing else', async () => {
    const locked = { ...existing, lockedUntil: '2099-01-01T00:00:00Z' };
    const backend = usersBackend(['security-admin'], undefined, [locked]);
    renderApp('/admin/users', backend, { signedIn: true });

    const row = await findRow('陈科员');
    expect(within(row).getByText('已锁定')).toBeTruthy();
    expect(screen.queryByText('新建用户')).toBeNull();
    expect(within(row).queryByText('重置密码')).toBeNull();

    fireEvent.click(button('解锁', row));

    await waitFor(() => expect(posts(backend, `/api/platform/users/${existing.id}/unlock`)).toHaveLength(1));
  });
});
