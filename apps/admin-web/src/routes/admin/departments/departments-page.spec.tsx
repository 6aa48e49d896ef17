import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TDepartmentNode } from '@ipbureau/domain';
import { errorResponse, fakeBackend, makeUser, on, type FakeRequest } from '../../../testing/fake-backend';
import { makeDepartment } from '../../../testing/factories';
import { button, findFieldWithError } from '../../../testing/queries';
import { renderApp } from '../../../testing/render-app';

const protection = makeDepartment({ name: '知识产权保护科', code: 'protection', regionCode: '440507' });
const bureau = makeDepartment({ name: '汕头市知识产权局', code: 'bureau', children: [protection] });

function departmentsBackend(create: (request: FakeRequest) => Response) {
  let tree: TDepartmentNode[] = [bureau];
  return fakeBackend({
    user: makeUser({ roles: ['system-admin'], displayName: '系统管理员' }),
    routes: [
      on('GET', '/api/platform/departments', () => Response.json(tree)),
      on('POST', '/api/platform/departments', (request) => {
        const response = create(request);
        if (response.ok) tree = [{ ...bureau, children: [{ ...protection, children: [makeDepartment({ name: '维权援助组', code: 'aid' })] }] }];
        return response;
      }),
    ],
  });
}

function fillDepartment(name: string, code: string) {
  fireEvent.change(screen.getByLabelText('部门名称'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('部门代码'), { target: { value: code } });
  fireEvent.click(button('添加', screen.getByLabelText('部门名称').closest('form')!));
}

describe('the departments page', () => {
  it('adds a department under the one selected in the tree, in its district, and shows it', async () => {
    const backend = departmentsBackend((request) => Response.json({ ...makeDepartment(), ...(request.body as object) }, { status: 201 }));
    renderApp('/admin/departments', backend, { signedIn: true });

    fireEvent.click(await screen.findByText('知识产权保护科'));
    await waitFor(() => expect(screen.getAllByText('protection').length).toBeGreaterThan(1));
    fillDepartment('维权援助组', 'aid');

    await waitFor(() => expect(backend.calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(backend.calls.find((c) => c.method === 'POST')?.body).toEqual({ parentId: protection.id, name: '维权援助组', code: 'aid', regionCode: '440507' });
    expect(await screen.findByText('维权援助组')).toBeTruthy();
  });

  it('shows a taken code beside the code field', async () => {
    renderApp('/admin/departments', departmentsBackend(() => errorResponse({ statusCode: 409, code: 'CONFLICT', message: '部门代码已被使用' })), { signedIn: true });
    await screen.findByText('知识产权保护科');

    fillDepartment('保护二科', 'protection');

    expect(await findFieldWithError('部门代码已被使用', '部门代码')).toBeTruthy();
  });
});
