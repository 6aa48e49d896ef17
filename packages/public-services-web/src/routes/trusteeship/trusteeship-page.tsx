import { useState } from 'react';
import { Button, Form, Input, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TTrusteeshipContract } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { useTrusteeshipContracts } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { TrusteeshipDetailDrawer } from './trusteeship-detail-drawer';
import { TrusteeshipFormDrawer } from './trusteeship-form-drawer';

type Filters = { inForceOn?: string; enterpriseCreditCode?: string };

/** 知识产权托管: contracts between service agencies and small enterprises, the rights managed. */
export function TrusteeshipPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const contracts = useTrusteeshipContracts(paging.params);
  const [adding, setAdding] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const canWrite = useCanWrite();

  const columns: TableColumnsType<TTrusteeshipContract> = [
    { title: t('trusteeship.contractNumber'), key: 'contractNumber', render: (_, c) => <Typography.Link onClick={() => setOpened(c.id)}>{c.contractNumber}</Typography.Link> },
    { title: t('trusteeship.agency'), dataIndex: 'agencyName', key: 'agency' },
    { title: t('trusteeship.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('common.district'), key: 'district', render: (_, c) => label.district(c.district) },
    { title: t('trusteeship.startDate'), dataIndex: 'startDate', key: 'startDate' },
    {
      title: t('trusteeship.endDate'),
      key: 'endDate',
      render: (_, c) =>
        c.terminatedOn ? (
          <Tooltip title={c.terminationReason}>
            <Tag>{`${t('trusteeship.terminatedOn')} ${c.terminatedOn}`}</Tag>
          </Tooltip>
        ) : (
          c.endDate
        ),
    },
    { title: t('trusteeship.fee'), key: 'fee', align: 'right', render: (_, c) => (c.fee ? formatYuan(c.fee) : t('common.none')) },
    {
      title: t('trusteeship.rights'),
      key: 'rights',
      render: (_, c) => (
        <Tooltip title={c.rights.map((r) => r.number).join('、')}>
          <span>{t('trusteeship.rightsCount', { count: c.rights.length })}</span>
        </Tooltip>
      ),
    },
  ];

  return (
    <PillarScreen
      title={t('trusteeship.title')}
      description={t('trusteeship.description')}
      extra={
        canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('trusteeship.create')}
          </Button>
        ) : null
      }
    >
      <FilterBar<Filters> name="trusteeship-filters" actions={<ExportButton fileName={t('trusteeship.title')} download={() => exportXlsx(client, servicePath('public-services', '/trusteeship-contracts'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="inForceOn" label={t('trusteeship.inForceOn')}>
          <Input type="date" aria-label={t('trusteeship.inForceOn')} />
        </Form.Item>
        <Form.Item name="enterpriseCreditCode" label={t('trusteeship.enterpriseCreditCode')}>
          <Input allowClear style={{ width: 200 }} maxLength={18} />
        </Form.Item>
      </FilterBar>
      <DataTable<TTrusteeshipContract>
        columns={columns}
        rows={contracts.data?.items ?? []}
        rowKey="id"
        loading={contracts.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={contracts.data?.total ?? 0}
        onChange={paging.onChange}
      />
      <TrusteeshipFormDrawer open={adding} onClose={() => setAdding(false)} />
      <TrusteeshipDetailDrawer id={opened} onClose={() => setOpened(null)} />
    </PillarScreen>
  );
}
