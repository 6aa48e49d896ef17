import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import {
  BLACKLIST_SOURCE_LABELS,
  BLACKLIST_STATUS_LABELS,
  BLACKLIST_SUBJECT_KIND_LABELS,
  type TBlacklistEntry,
  type TBlacklistSource,
  type TBlacklistStatus,
  type TBlacklistSubjectKind,
} from '@ipbureau/domain/protection';
import { PageHeader, StatusTag, useServerErrors } from '@ipbureau/ui';
import type { TBlacklistParams } from '../../api/credit.api';
import { useBlacklist, useBlacklistCheck } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';
import { BLACKLIST_STATUS_TONES, useLabels } from '../../labels';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** The credit blacklist 失信名单 with the check other officers use before a subsidy, an award or a pledge. */
export function BlacklistListPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const { params, setParams, filter } = useListParams<TBlacklistParams>();
  const entries = useBlacklist(params);

  const columns: TableColumnsType<TBlacklistEntry> = [
    { title: t('credit.name'), dataIndex: 'name', render: (_v, e) => <Link to={e.id}>{e.name}</Link> },
    { title: t('credit.creditCode'), dataIndex: 'creditCode' },
    { title: t('credit.subjectKind'), dataIndex: 'subjectKind', render: (k: TBlacklistSubjectKind) => l.label(BLACKLIST_SUBJECT_KIND_LABELS, k) },
    { title: t('credit.source'), dataIndex: 'source', render: (s: TBlacklistSource, e) => `${l.label(BLACKLIST_SOURCE_LABELS, s)}${e.caseNumber ? ` ${e.caseNumber}` : ''}` },
    { title: t('credit.status'), dataIndex: 'status', render: (s: TBlacklistStatus) => <StatusTag status={s} tones={BLACKLIST_STATUS_TONES} label={l.label(BLACKLIST_STATUS_LABELS, s)} /> },
    { title: t('credit.listedDate'), dataIndex: 'listedDate' },
    { title: t('credit.publishedDate'), dataIndex: 'publishedDate', render: (d: string | null) => d ?? '—' },
    { title: t('credit.removedDate'), dataIndex: 'removedDate', render: (d: string | null) => d ?? '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('credit.blacklistTitle')}
        description={t('credit.blacklistDescription')}
        extra={
          <Space>
            <ListExportButton fileName={t('credit.blacklistTitle')} path="/credit/blacklist" params={params} />
            <Link to="../whitelist">{t('nav.whitelist')}</Link>
            <Link to="../../cases">{t('nav.cases')}</Link>
          </Space>
        }
      />
      <CheckForm />
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Input.Search allowClear aria-label={t('credit.q')} placeholder={t('credit.q')} style={{ width: 240 }} onSearch={(q) => filter({ q: q.trim() || undefined })} />
        <Select<TBlacklistStatus | undefined>
          allowClear
          aria-label={t('credit.status')}
          placeholder={t('credit.status')}
          style={{ width: 140 }}
          options={l.options(BLACKLIST_STATUS_LABELS)}
          onChange={(status) => filter({ status })}
        />
        <Select<TBlacklistSource | undefined>
          allowClear
          aria-label={t('credit.source')}
          placeholder={t('credit.source')}
          style={{ width: 160 }}
          options={l.options(BLACKLIST_SOURCE_LABELS)}
          onChange={(source) => filter({ source })}
        />
      </Space>
      <PagedTable columns={columns} query={entries} params={params} setParams={setParams} />
    </>
  );
}

type CheckValues = { creditCode: string; asOf: string };

/** Asks the service whether a code is listed on a date; a malformed code is refused on its field. */
function CheckForm() {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<CheckValues>();
  const errors = useServerErrors(form);
  const check = useBlacklistCheck();
  const submit = (values: CheckValues) => {
    errors.clear();
    check.mutate({ creditCode: values.creditCode.trim(), asOf: values.asOf || undefined }, { onError: (error) => errors.show(error) });
  };
  const answer = check.data;
  return (
    <Card size="small" title={t('credit.check')} style={{ marginBottom: 16 }}>
      <FormAlert message={errors.formError} />
      <Form<CheckValues> form={form} name="blacklist-check" layout="inline" initialValues={{ asOf: todayInChina() }} onFinish={submit}>
        <Form.Item name="creditCode" label={t('credit.creditCode')} rules={[{ required: true }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="asOf" label={t('credit.asOf')}>
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={check.isPending}>
          {t('credit.checkSubmit')}
        </Button>
      </Form>
      {answer && (
        <Alert
          style={{ marginTop: 12 }}
          role="status"
          type={answer.listed ? 'error' : 'success'}
          showIcon
          message={answer.listed ? t('credit.listed', { code: answer.creditCode, asOf: answer.asOf, name: answer.entry?.name ?? '' }) : t('credit.notListed', { code: answer.creditCode, asOf: answer.asOf })}
        />
      )}
    </Card>
  );
}
