import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TTrademark, TTrademarkKind, TTrademarkListQuery, TTrademarkStatus } from '@ipbureau/domain/creation';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader, StatusTag } from '@ipbureau/ui';
import { useTrademarks } from '../../features/trademarks/api/trademarks.queries';
import { TRADEMARK_KIND_OPTIONS, TRADEMARK_STATUS_OPTIONS, TRADEMARK_STATUS_TONES, useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Filters = { kind?: TTrademarkKind; status?: TTrademarkStatus; district?: string; niceClass?: number; q?: string };

/** Registered trademarks in the user's scope, filtered and paged by the server. */
export function TrademarkList() {
  const { t } = useTranslation('creation');
  const client = useApiClient();
  const labels = useCreationLabels();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const [query, setQuery] = useState<TTrademarkListQuery>({ page: 1, pageSize: 20 });
  const trademarks = useTrademarks(query);

  const columns: TableColumnsType<TTrademark> = [
    { title: t('trademark.registrationNumber'), dataIndex: 'registrationNumber', render: (number: string, tm) => <Link to={creationPaths.trademark(tm.id)}>{number}</Link> },
    { title: t('trademark.holder'), dataIndex: 'holderName' },
    { title: t('trademark.kind'), dataIndex: 'kind', render: (kind: TTrademarkKind) => labels.trademarkKind(kind) },
    { title: t('trademark.niceClasses'), dataIndex: 'niceClasses', render: (classes: number[]) => classes.map((c) => <Tag key={c}>{c}</Tag>) },
    { title: t('trademark.registrationDate'), dataIndex: 'registrationDate' },
    { title: t('trademark.expiryDate'), dataIndex: 'expiryDate' },
    { title: t('common.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('trademark.wellKnown'), dataIndex: 'wellKnown', render: (wellKnown: boolean) => (wellKnown ? t('common.yes') : t('common.no')) },
    { title: t('common.status'), dataIndex: 'status', render: (status: TTrademarkStatus) => <StatusTag status={status} tones={TRADEMARK_STATUS_TONES} label={labels.trademarkStatus(status)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('trademark.listTitle')}
        description={t('trademark.listDescription')}
        extra={
          <Space>
            <Button onClick={() => void navigate(creationPaths.imports)}>{t('nav.imports')}</Button>
            <Button type="primary" onClick={() => void navigate(creationPaths.trademarkCreate)}>
              {t('nav.newTrademark')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="trademark-filters" actions={<ExportButton fileName={t('trademark.listTitle')} download={() => exportXlsx(client, servicePath('creation', '/trademarks'), query)} />} onSearch={(filters) => setQuery({ ...filters, q: filters.q?.trim() || undefined, niceClass: filters.niceClass ?? undefined, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="q">
          <Input allowClear placeholder={t('trademark.search')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('trademark.kind')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 160 }} options={TRADEMARK_KIND_OPTIONS.map((k) => ({ value: k, label: labels.trademarkKind(k) }))} />
        </Form.Item>
        <Form.Item name="niceClass" label={t('trademark.niceClasses')}>
          <InputNumber min={1} max={45} precision={0} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={TRADEMARK_STATUS_OPTIONS.map((s) => ({ value: s, label: labels.trademarkStatus(s) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
      </FilterBar>
      <DataTable<TTrademark>
        columns={columns}
        rows={trademarks.data?.items ?? []}
        rowKey="id"
        loading={trademarks.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={trademarks.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
