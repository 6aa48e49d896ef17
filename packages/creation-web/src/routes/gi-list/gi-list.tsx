import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { GI_PROTECTION_KINDS, type TGi, type TGiListQuery, type TGiProtectionKind } from '@ipbureau/domain/creation';
import { DataTable, FilterBar, PageHeader } from '@ipbureau/ui';
import { useGis } from '../../features/geographical-indications/api/gis.queries';
import { useCreationLabels, useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Filters = { protectionKind?: TGiProtectionKind; district?: string; q?: string };

/** Geographical indications in the user's scope, with how many producers may use each today. */
export function GiList() {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const [query, setQuery] = useState<TGiListQuery>({ page: 1, pageSize: 20 });
  const gis = useGis(query);

  const columns: TableColumnsType<TGi> = [
    { title: t('gi.name'), dataIndex: 'name', render: (name: string, gi) => <Link to={creationPaths.gi(gi.id)}>{name}</Link> },
    { title: t('gi.protectionKind'), dataIndex: 'protectionKind', render: (kind: TGiProtectionKind) => t(`gi.kinds.${kind}`) },
    { title: t('gi.registrationNumber'), dataIndex: 'registrationNumber', render: (n: string | null) => n ?? '—' },
    { title: t('gi.holder'), dataIndex: 'holderName' },
    { title: t('gi.protectedOn'), dataIndex: 'protectedOn' },
    { title: t('gi.status'), dataIndex: 'revokedOn', render: (revokedOn: string | null) => (revokedOn === null ? t('gi.inForce') : `${t('gi.revokedTag')}（${revokedOn}）`) },
    { title: t('common.district'), dataIndex: 'district', render: (code: string) => labels.district(code) },
    { title: t('gi.producersAuthorized'), dataIndex: 'producersAuthorized', align: 'right' },
  ];

  return (
    <>
      <PageHeader
        title={t('gi.listTitle')}
        description={t('gi.listDescription')}
        extra={
          <Button type="primary" onClick={() => void navigate(creationPaths.giCreate)}>
            {t('gi.newGi')}
          </Button>
        }
      />
      <FilterBar<Filters> name="gi-filters" onSearch={(filters) => setQuery({ ...filters, q: filters.q?.trim() || undefined, page: 1, pageSize: query.pageSize })}>
        <Form.Item name="q">
          <Input allowClear placeholder={t('gi.search')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="protectionKind" label={t('gi.protectionKind')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 160 }} options={GI_PROTECTION_KINDS.map((k) => ({ value: k, label: t(`gi.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select allowClear placeholder={t('common.all')} style={{ width: 140 }} options={districts} />
        </Form.Item>
      </FilterBar>
      <DataTable<TGi>
        columns={columns}
        rows={gis.data?.items ?? []}
        rowKey="id"
        loading={gis.isFetching}
        page={query.page}
        pageSize={query.pageSize}
        total={gis.data?.total ?? 0}
        onChange={(page, pageSize) => setQuery({ ...query, page, pageSize })}
      />
    </>
  );
}
