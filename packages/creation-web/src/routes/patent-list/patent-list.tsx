import { useState } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TPatentType } from '@ipbureau/domain';
import type { TPatent, TPatentListQuery, TPatentStatus } from '@ipbureau/domain/creation';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar, PageHeader, StatusTag } from '@ipbureau/ui';
import { usePatents } from '../../features/patents/api/patents.queries';
import { PATENT_STATUS_OPTIONS, PATENT_STATUS_TONES, PATENT_TYPE_OPTIONS, useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Filters = { patentType?: TPatentType; status?: TPatentStatus; district?: string; q?: string };

/** Patents in the user's scope, filtered and paged by the server. */
export function PatentList() {
  const { t } = useTranslation('creation');
  const client = useApiClient();
  const labels = useCreationLabels();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const [query, setQuery] = useState<TPatentListQuery>({ page: 1, pageSize: 20 });
  const patents = usePatents(query);

  const columns: TableColumnsType<TPatent> = [
    { title: t('patent.applicationNumber'), dataIndex: 'applicationNumber', render: (number: string, p) => <Link to={creationPaths.patent(p.id)}>{number}</Link> },
    { title: t('patent.title'), dataIndex: 'title' },
    { title: t('patent.patentType'), dataIndex: 'patentType', render: (type: TPatentType) => labels.patentType(type) },
    { title: t('patent.applicant'), dataIndex: 'applicantName' },
    { title: t('patent.filingDate'), dataIndex: 'filingDate' },
    { title: t('patent.grantDate'), dataIndex: 'grantDate', render: (date: string | null) => date ?? '—' },
    { title: t('common.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('common.status'), dataIndex: 'status', render: (status: TPatentStatus) => <StatusTag status={status} tones={PATENT_STATUS_TONES} label={labels.patentStatus(status)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('patent.listTitle')}
        description={t('patent.listDescription')}
        extra={
          <Space>
            <Button onClick={() => void navigate(creationPaths.imports)}>{t('nav.imports')}</Button>
            <Button type="primary" onClick={() => void navigate(creationPaths.patentCreate)}>
              {t('nav.newPatent')}
            </Button>
          </Space>
        }
      />
      <FilterBar<Filters> name="patent-filters" actions={<ExportButton fileName={t('patent.listTitle')} download={() => exportXlsx(client, servicePath('creation', '/patents'), query)} />} onSearch={(filters) => setQuery({ ...filters, q: filters.q?.trim() || undefined, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="q">
          <Input allowClear placeholder={t('common.search')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="patentType" label={t('patent.patentType')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={PATENT_TYPE_OPTIONS.map((type) => ({ value: type, label: labels.patentType(type) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 160 }} options={PATENT_STATUS_OPTIONS.map((s) => ({ value: s, label: labels.patentStatus(s) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
      </FilterBar>
      <DataTable<TPatent>
        columns={columns}
        rows={patents.data?.items ?? []}
        rowKey="id"
        loading={patents.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={patents.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
