import { useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartmentTree, useUsers } from '@ipbureau/api-client';
import type { TUser } from '@ipbureau/domain';
import { DateTime } from '@ipbureau/ui';
import { useCurrentUser } from '../../../auth/require-auth';
import { currentLocale } from '../../../i18n/i18n';
import { AdminScreen } from '../admin-list/admin-screen';
import { PagedTable } from '../admin-list/paged-table';
import { usePaging } from '../admin-list/use-paging';
import { departmentNames } from '../departments/department-tree';
import { ResetPasswordModal } from './reset-password-modal';
import { UnlockButton, UserActions } from './user-actions';
import { UserFormDrawer, type UserFormTarget } from './user-form-drawer';
import { dataScopeText, isLocked, RoleTags, UserStatus } from './user-labels';

/**
 * 用户管理. The system administrator manages accounts; the security administrator sees them and
 * lifts lockouts (三员分立: the server enforces the same split).
 */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const me = useCurrentUser();
  const canManage = me.roles.includes('system-admin');
  const paging = usePaging<{ q?: string }>({});
  const users = useUsers(paging.params);
  const departments = useDepartmentTree();
  const names = useMemo(() => departmentNames(departments.data ?? []), [departments.data]);
  const [editing, setEditing] = useState<UserFormTarget | null>(null);
  const [resetting, setResetting] = useState<TUser | null>(null);

  const columns: TableColumnsType<TUser> = [
    { title: t('users.username'), dataIndex: 'username', key: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('users.roles'), key: 'roles', render: (_, user) => <RoleTags roles={user.roles} /> },
    {
      title: t('users.department'),
      key: 'department',
      render: (_, user) => (user.departmentId ? (names.get(user.departmentId) ?? t('common.none')) : t('common.none')),
    },
    { title: t('users.dataScope'), key: 'dataScope', render: (_, user) => dataScopeText(user.dataScope, t, locale) },
    {
      title: t('users.status'),
      key: 'status',
      render: (_, user) => (
        <Space size={4}>
          <UserStatus user={user} />
          {isLocked(user) ? <UnlockButton user={user} /> : null}
        </Space>
      ),
    },
    { title: t('users.lastLogin'), key: 'lastLogin', render: (_, user) => <DateTime value={user.lastLoginAt} empty={t('users.neverSignedIn')} /> },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => (
        <UserActions user={user} isSelf={user.id === me.id} onEdit={() => setEditing({ mode: 'edit', user })} onResetPassword={() => setResetting(user)} />
      ),
    });
  }

  return (
    <AdminScreen
      title={t('menu.users')}
      description={t('users.description')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
            {t('users.create')}
          </Button>
        ) : null
      }
    >
      <Input.Search
        aria-label={t('users.search')}
        placeholder={t('users.search')}
        allowClear
        enterButton
        onSearch={(q) => paging.setFilters({ q: q.trim() || undefined })}
        style={{ maxWidth: 360, marginBottom: 16 }}
      />
      <PagedTable<TUser> query={users} paging={paging.table} columns={columns} rowKey="id" />
      {editing ? <UserFormDrawer key={editing.mode === 'edit' ? editing.user.id : 'new'} target={editing} onClose={() => setEditing(null)} /> : null}
      {resetting ? <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} /> : null}
    </AdminScreen>
  );
}
