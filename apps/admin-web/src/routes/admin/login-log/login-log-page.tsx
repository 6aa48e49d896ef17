import { Form, Input, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLoginLog } from '@ipbureau/api-client';
import type { TLoginLogEntry } from '@ipbureau/domain';
import { DateTime, FilterBar, StatusTag, type StatusTone } from '@ipbureau/ui';
import { AdminScreen } from '../admin-list/admin-screen';
import { LongText } from '../admin-list/long-text';
import { PagedTable } from '../admin-list/paged-table';
import { usePaging } from '../admin-list/use-paging';

type Result = 'success' | 'failure';
const RESULT_TONES: Record<Result, StatusTone> = { success: 'success', failure: 'error' };

interface LoginLogFilters {
  username?: string;
  result?: Result;
}

/** The reasons the service writes; anything newer shows as the service wrote it. */
const KNOWN_REASONS = new Set(['bad_password', 'bad_password_locked', 'locked', 'unknown_user', 'disabled']);

/** 登录日志: every sign-in attempt, for the security administrator and the auditor. */
export function LoginLogPage() {
  const { t } = useTranslation();
  const paging = usePaging<{ username?: string; success?: boolean }>({});
  const log = useLoginLog(paging.params);

  const columns: TableColumnsType<TLoginLogEntry> = [
    { title: t('loginLog.at'), key: 'at', render: (_, entry) => <DateTime value={entry.at} /> },
    { title: t('loginLog.username'), dataIndex: 'username', key: 'username' },
    {
      title: t('loginLog.result'),
      key: 'result',
      render: (_, entry) => {
        const result: Result = entry.success ? 'success' : 'failure';
        return <StatusTag status={result} tones={RESULT_TONES} label={t(`loginLog.${result}`)} />;
      },
    },
    {
      title: t('loginLog.reason'),
      key: 'reason',
      render: (_, entry) => (entry.reason === null ? t('common.none') : KNOWN_REASONS.has(entry.reason) ? t(`loginLog.reasons.${entry.reason}`) : entry.reason),
    },
    { title: t('loginLog.clientAddress'), key: 'clientAddress', render: (_, entry) => <LongText value={entry.clientAddress} /> },
    { title: t('loginLog.userAgent'), key: 'userAgent', render: (_, entry) => <LongText value={entry.userAgent} /> },
  ];

  return (
    <AdminScreen title={t('menu.loginLog')} description={t('loginLog.description')}>
      <FilterBar<LoginLogFilters>
        name="login-log-filters"
        onSearch={({ username, result }) =>
          paging.setFilters({ username: username?.trim() || undefined, success: result === undefined ? undefined : result === 'success' })
        }
      >
        <Form.Item name="username" label={t('loginLog.username')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="result" label={t('loginLog.result')}>
          <Select<Result>
            allowClear
            placeholder={t('loginLog.all')}
            style={{ width: 120 }}
            options={[
              { value: 'success', label: t('loginLog.success') },
              { value: 'failure', label: t('loginLog.failure') },
            ]}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable<TLoginLogEntry> query={log} paging={paging.table} columns={columns} rowKey="id" />
    </AdminScreen>
  );
}
