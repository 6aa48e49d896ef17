import { App, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRevokeSession, useSessions } from '@ipbureau/api-client';
import type { TSession } from '@ipbureau/domain';
import { DateTime } from '@ipbureau/ui';
import { AdminScreen } from '../admin-list/admin-screen';
import { ConfirmAction } from '../admin-list/confirm-action';
import { LongText } from '../admin-list/long-text';
import { PagedTable } from '../admin-list/paged-table';
import { usePaging } from '../admin-list/use-paging';

function ForceOutButton({ session }: { session: TSession }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const revoke = useRevokeSession({
    onSuccess: () => void message.success(t('sessions.forcedOut', { username: session.username })),
    onError: (error) => void message.error(error.message),
  });
  return (
    <ConfirmAction
      label={t('sessions.forceOut')}
      question={t('sessions.forceOutConfirm', { username: session.username })}
      danger
      onConfirm={() => revoke.mutateAsync(session.id)}
    />
  );
}

/** 在线会话: the security administrator sees who is signed in from where, and can end it. */
export function SessionsPage() {
  const { t } = useTranslation();
  const paging = usePaging({});
  const sessions = useSessions(paging.params);
  const columns: TableColumnsType<TSession> = [
    { title: t('sessions.user'), dataIndex: 'username', key: 'username' },
    { title: t('sessions.clientAddress'), key: 'clientAddress', render: (_, s) => <LongText value={s.clientAddress} /> },
    { title: t('sessions.userAgent'), key: 'userAgent', render: (_, s) => <LongText value={s.userAgent} /> },
    { title: t('sessions.startedAt'), key: 'createdAt', render: (_, s) => <DateTime value={s.createdAt} /> },
    { title: t('sessions.lastSeenAt'), key: 'lastSeenAt', render: (_, s) => <DateTime value={s.lastSeenAt} /> },
    { title: t('sessions.expiresAt'), key: 'expiresAt', render: (_, s) => <DateTime value={s.expiresAt} /> },
    { title: t('common.actions'), key: 'actions', render: (_, s) => <ForceOutButton session={s} /> },
  ];
  return (
    <AdminScreen title={t('menu.sessions')} description={t('sessions.description')}>
      <PagedTable<TSession> query={sessions} paging={paging.table} columns={columns} rowKey="id" />
    </AdminScreen>
  );
}
