import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { districtsOf, hasModuleLevel } from '@ipbureau/domain';
import type { TExhibition, TExhibitionCreateInput } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { FilterBar, PageHeader, useServerErrors } from '@ipbureau/ui';
import type { TExhibitionParams } from '../../api/reports.api';
import { useCreateExhibition, useExhibitions } from '../../api/reports.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

type Filters = { year?: number; district?: string; q?: string };

/** Exhibitions 展会 with their IP service station and how many complaints it received and handled. */
export function ExhibitionListPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canCreate = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const [creating, setCreating] = useState(false);
  const { params, setParams } = useListParams<TExhibitionParams>();
  const exhibitions = useExhibitions(params);
  const columns: TableColumnsType<TExhibition> = [
    { title: t('exhibition.name'), dataIndex: 'name', render: (_v, e) => <Link to={e.id}>{e.name}</Link> },
    { title: t('exhibition.venue'), dataIndex: 'venue' },
    { title: t('exhibition.startDate'), dataIndex: 'startDate' },
    { title: t('exhibition.endDate'), dataIndex: 'endDate' },
    { title: t('fields.district'), dataIndex: 'district', render: (d: string) => l.district(d) },
    { title: t('exhibition.stationName'), dataIndex: 'stationName' },
    { title: t('exhibition.complaints'), dataIndex: 'complaints' },
    { title: t('exhibition.handled'), dataIndex: 'handled' },
  ];
  return (
    <>
      <PageHeader
        title={t('exhibition.title')}
        description={t('exhibition.description')}
        extra={
          canCreate && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('exhibition.create')}
            </Button>
          )
        }
      />
      {creating && <ExhibitionCreateForm districts={districts} onDone={() => setCreating(false)} />}
      <FilterBar<Filters>
        name="exhibition-filters"
        onSearch={(f) => setParams({ year: f.year ?? undefined, district: f.district, q: f.q?.trim() ? f.q.trim() : undefined, page: 1, pageSize: params.pageSize })}
        actions={<ListExportButton fileName={t('exhibition.title')} path="/exhibitions" params={params} />}
      >
        <Form.Item name="year" label={t('exhibition.year')}>
          <InputNumber min={2000} max={2100} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')}>
          <Select allowClear style={{ width: 140 }} options={districts} />
        </Form.Item>
        <Form.Item name="q" label={t('exhibition.q')}>
          <Input allowClear />
        </Form.Item>
      </FilterBar>
      <PagedTable columns={columns} query={exhibitions} params={params} setParams={setParams} />
    </>
  );
}

function ExhibitionCreateForm({ districts, onDone }: { districts: { value: string; label: string }[]; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const navigate = useNavigate();
  const [form] = Form.useForm<TExhibitionCreateInput>();
  const errors = useServerErrors(form);
  const create = useCreateExhibition((saved) => void navigate(saved.id));
  const field = (name: keyof TExhibitionCreateInput, input = <Input />, required = true) => (
    <Form.Item name={name} label={t(`exhibition.${name}`)} rules={[{ required }]}>
      {input}
    </Form.Item>
  );
  return (
    <Modal open title={t('exhibition.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TExhibitionCreateInput>
        form={form}
        name="exhibition-create"
        layout="vertical"
        onFinish={(v) => {
          errors.clear();
          create.mutate({ ...v, stationContact: v.stationContact?.trim() ? v.stationContact.trim() : null }, { onError: (error) => errors.show(error) });
        }}
      >
        {field('name')}
        {field('venue')}
        {field('startDate', <Input type="date" />)}
        {field('endDate', <Input type="date" />)}
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
        {field('stationName')}
        {field('stationContact', <Input />, false)}
      </Form>
    </Modal>
  );
}
