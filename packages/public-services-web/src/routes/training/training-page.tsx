import { useState } from 'react';
import { Button, Form, Input, Select, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AUDIENCE_KIND_LABELS, TRAINING_EVENT_KINDS, type TTrainingEvent } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient } from '@ipbureau/api-client';
import { DataTable, ExportButton, FilterBar } from '@ipbureau/ui';
import { useTrainingEvents } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { usePagedFilters } from '../../shared/paging';
import { PillarScreen } from '../../shared/pillar-nav';
import { TrainingFormDrawer } from './training-form-drawer';

type Filters = { kind?: string; from?: string; to?: string };

/** 培训与宣传: the events held, latest first, and a form to add one. */
export function TrainingPage() {
  const { t } = useTranslation('public-services');
  const client = useApiClient();
  const label = useLabel();
  const paging = usePagedFilters<Filters>({});
  const events = useTrainingEvents(paging.params);
  const [adding, setAdding] = useState(false);
  const canWrite = useCanWrite();

  const columns: TableColumnsType<TTrainingEvent> = [
    { title: t('training.date'), dataIndex: 'date', key: 'date' },
    { title: t('training.kind'), key: 'kind', render: (_, e) => t(`training.kinds.${e.kind}`) },
    { title: t('training.topic'), key: 'topic', render: (_, e) => <Link to={e.id}>{e.topic}</Link> },
    { title: t('training.audience'), key: 'audience', render: (_, e) => label.of(AUDIENCE_KIND_LABELS[e.audience]) },
    { title: t('training.venue'), key: 'venue', render: (_, e) => (e.online ? t('training.online') : e.venue) },
    { title: t('common.district'), key: 'district', render: (_, e) => label.district(e.district) },
    { title: t('training.plannedCount'), dataIndex: 'plannedCount', key: 'plannedCount', align: 'right' },
    { title: t('training.attendedCount'), key: 'attendedCount', align: 'right', render: (_, e) => e.attendedCount ?? t('common.none') },
  ];

  return (
    <PillarScreen
      title={t('training.title')}
      description={t('training.description')}
      extra={
        canWrite ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('training.create')}
          </Button>
        ) : null
      }
    >
      <FilterBar<Filters> name="training-filters" actions={<ExportButton fileName={t('training.title')} download={() => exportXlsx(client, servicePath('public-services', '/training-events'), paging.params)} />} onSearch={paging.search}>
        <Form.Item name="kind" label={t('training.kind')}>
          <Select allowClear style={{ width: 120 }} options={TRAINING_EVENT_KINDS.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="from" label={t('training.from')}>
          <Input type="date" aria-label={t('training.from')} />
        </Form.Item>
        <Form.Item name="to" label={t('training.to')}>
          <Input type="date" aria-label={t('training.to')} />
        </Form.Item>
      </FilterBar>
      <DataTable<TTrainingEvent>
        columns={columns}
        rows={events.data?.items ?? []}
        rowKey="id"
        loading={events.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        total={events.data?.total ?? 0}
        onChange={paging.onChange}
      />
      <TrainingFormDrawer open={adding} onClose={() => setAdding(false)} />
    </PillarScreen>
  );
}
