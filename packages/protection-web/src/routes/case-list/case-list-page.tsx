import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Input, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { districtsOf, hasModuleLevel } from '@ipbureau/domain';
import { CASE_KIND_LABELS, CASE_STATUS_LABELS, type TCase, type TCaseKind, type TCaseStatus } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import type { TCaseListParams } from '../../api/cases.api';
import { useCases } from '../../api/cases.queries';
import { CASE_STATUS_TONES, useLabels } from '../../labels';
import { DeadlineBadge } from '../deadline-badge';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** The case workbench 案件工作台: the cases in the caller's scope, filtered on the server, one page at a time. */
export function CaseListPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const canRegister = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const { params, setParams, filter } = useListParams<TCaseListParams>();
  const cases = useCases(params);
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];

  const deadlineOptions = [
    { value: 'overdue', label: t('list.overdue') },
    { value: 'due_soon', label: t('list.dueSoon') },
  ];

  const columns: TableColumnsType<TCase> = [
    { title: t('fields.caseNumber'), dataIndex: 'caseNumber', render: (_v, c) => (
        <Space size={4}>
          <Link to={c.id}>{c.caseNumber}</Link>
          {c.fastTrack && <Tag color="gold">{t('keyEnterprises.fastTrack')}</Tag>}
        </Space>
      ),
    },
    { title: t('fields.title'), dataIndex: 'title' },
    { title: t('fields.kind'), dataIndex: 'kind', render: (kind: TCaseKind) => l.label(CASE_KIND_LABELS, kind) },
    { title: t('fields.district'), dataIndex: 'district', render: (code: string) => l.district(code) },
    { title: t('fields.registeredDate'), dataIndex: 'registeredDate' },
    { title: t('fields.status'), dataIndex: 'status', render: (status: TCaseStatus) => <StatusTag status={status} tones={CASE_STATUS_TONES} label={l.label(CASE_STATUS_LABELS, status)} /> },
    { title: t('fields.statusDate'), dataIndex: 'statusDate' },
    { title: t('deadline.title'), dataIndex: 'deadline', render: (_v, c) => <DeadlineBadge deadline={c.deadline} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        extra={
          <Space>
            <Link to="..">{t('nav.overview')}</Link>
            <Link to="../calendar">{t('nav.calendar')}</Link>
            <Link to="../credit/blacklist">{t('nav.blacklist')}</Link>
            <Link to="../key-enterprises">{t('nav.keyEnterprises')}</Link>
            <Link to="../adjudication">{t('nav.adjudication')}</Link>
            <ListExportButton fileName={t('list.title')} path="/cases" params={params} />
            {canRegister && (
              <Button type="primary" onClick={() => navigate('new')}>
                {t('nav.register')}
              </Button>
            )}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Input.Search allowClear aria-label={t('list.q')} placeholder={t('list.q')} style={{ width: 260 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
        {(
          [
            ['kind', l.options(CASE_KIND_LABELS), 180],
            ['status', l.options(CASE_STATUS_LABELS), 160],
            ['district', districts, 160],
            ['deadline', deadlineOptions, 140],
          ] as const
        ).map(([key, options, width]) => (
          <Select<string | undefined>
            key={key}
            allowClear
            aria-label={t(`list.${key}`)}
            placeholder={t(`list.${key}`)}
            style={{ width }}
            options={options}
            onChange={(value) => filter({ [key]: value })}
          />
        ))}
        {me.data && (
          <Button type={params.officer ? 'primary' : 'default'} onClick={() => filter({ officer: params.officer ? undefined : me.data.id })}>
            {t('list.mine')}
          </Button>
        )}
      </Space>
      <PagedTable columns={columns} query={cases} params={params} setParams={setParams} />
    </>
  );
}
