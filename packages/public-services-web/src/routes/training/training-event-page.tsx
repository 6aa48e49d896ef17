import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Space, Table, Tabs, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AUDIENCE_KIND_LABELS, type TTrainingRegistration } from '@ipbureau/domain/public-services';
import { exportXlsx, servicePath, useApiClient, type ApiError } from '@ipbureau/api-client';
import { ExportButton } from '@ipbureau/ui';
import { useMarkAttendance, useTrainingEvent, useTrainingRegistrations } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { PillarScreen } from '../../shared/pillar-nav';
import { RegistrationFormDrawer } from './registration-form-drawer';

/** One training event: its particulars, and a tab with its registrations where officers add people and mark attendance on a date. */
export function TrainingEventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const client = useApiClient();
  const { message } = App.useApp();
  const event = useTrainingEvent(id);
  const params = { eventId: id, pageSize: 200 };
  const registrations = useTrainingRegistrations(params);
  const mark = useMarkAttendance();
  const canWrite = useCanWrite();
  const [adding, setAdding] = useState(false);
  const [attendedOn, setAttendedOn] = useState<string | null>(null);

  if (event.isError) return <Alert type="error" showIcon message={t('training.notFound')} />;
  const e = event.data;
  const day = attendedOn ?? e?.date ?? '';

  const setAttendance = (r: TTrainingRegistration, on: string | null) =>
    mark.mutate(
      { id: r.id, version: r.version, attendedOn: on },
      { onSuccess: () => void message.success(t('training.attendanceMarked')), onError: (error: ApiError) => void message.error(error.message) },
    );

  const columns: TableColumnsType<TTrainingRegistration> = [
    { title: t('training.personName'), dataIndex: 'personName', key: 'personName' },
    { title: t('training.organizationName'), dataIndex: 'organizationName', key: 'organizationName' },
    { title: t('training.creditCode'), key: 'creditCode', render: (_, r) => r.creditCode ?? t('common.none') },
    { title: t('training.phone'), key: 'phone', render: (_, r) => r.phone ?? t('common.none') },
    { title: t('training.attendedOn'), key: 'attendedOn', render: (_, r) => r.attendedOn ?? t('common.none') },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        r.attendedOn === null ? (
          <Button size="small" type="primary" disabled={!day} loading={mark.isPending} onClick={() => setAttendance(r, day)} aria-label={`${t('training.markAttended')} ${r.personName}`}>
            {t('training.markAttended')}
          </Button>
        ) : (
          <Button size="small" loading={mark.isPending} onClick={() => setAttendance(r, null)} aria-label={`${t('training.unmarkAttended')} ${r.personName}`}>
            {t('training.unmarkAttended')}
          </Button>
        ),
    });
  }

  const details = e ? (
    <Card>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('training.kind'), children: t(`training.kinds.${e.kind}`) },
          { key: 'date', label: t('training.date'), children: e.date },
          { key: 'audience', label: t('training.audience'), children: label.of(AUDIENCE_KIND_LABELS[e.audience]) },
          { key: 'venue', label: t('training.venue'), children: e.online ? t('training.online') : e.venue },
          { key: 'district', label: t('common.district'), children: label.district(e.district) },
          { key: 'planned', label: t('training.plannedCount'), children: e.plannedCount },
          { key: 'registered', label: t('training.registeredCount'), children: e.registeredCount },
          { key: 'attended', label: t('training.attendedCount'), children: e.attendedCount ?? t('common.none') },
          { key: 'source', label: t('training.attendanceSource'), children: t(`training.sources.${e.attendanceSource}`) },
        ]}
      />
      <Alert style={{ marginTop: 16 }} type="info" showIcon message={t('training.sourceRule')} />
    </Card>
  ) : (
    <Card loading />
  );

  const list =
    e && e.kind === 'publicity' ? (
      <Alert type="info" showIcon message={t('training.publicityNoRegistrations')} />
    ) : (
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          {canWrite ? (
            <>
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('training.register')}
              </Button>
              <Input type="date" aria-label={t('training.attendedOn')} value={day} onChange={(v) => setAttendedOn(v.target.value || null)} style={{ width: 160 }} />
            </>
          ) : null}
          <ExportButton fileName={t('training.registrationsTab')} download={() => exportXlsx(client, servicePath('public-services', '/training-registrations'), params)} />
        </Space>
        <Table<TTrainingRegistration>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={registrations.data?.items ?? []}
          loading={registrations.isFetching}
          pagination={false}
          locale={{ emptyText: t('training.noRegistrations') }}
        />
      </Card>
    );

  return (
    <PillarScreen title={e?.topic ?? t('training.title')}>
      <Tabs
        items={[
          { key: 'details', label: t('training.detailsTab'), children: details },
          { key: 'registrations', label: t('training.registrationsTab'), children: list },
        ]}
      />
      <RegistrationFormDrawer eventId={id} open={adding} onClose={() => setAdding(false)} />
    </PillarScreen>
  );
}
