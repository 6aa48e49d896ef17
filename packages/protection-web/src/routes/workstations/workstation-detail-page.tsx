import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import { ASSISTANCE_OUTCOME_LABELS, PROTECTION_INDUSTRY_LABELS, type TAssistance, type TAssistanceConclude, type TAssistanceCreateInput, type TWorkstationDetail } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { hasModuleLevel } from '@ipbureau/domain';
import { PageHeader, useServerErrors } from '@ipbureau/ui';
import { useAddAssistance, useConcludeAssistance, useUpdateWorkstation, useWorkstation } from '../../api/workstations.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

/** One workstation: its host and operating dates, its assistance requests (newest first) and the officer's actions. */
export function WorkstationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canWrite = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const station = useWorkstation(id);
  const [form, setForm] = useState<'assist' | 'close' | TAssistance | null>(null);
  if (station.isPending) return <Spin />;
  if (station.isError) return <Alert type="error" showIcon message={station.error.message} />;
  const w = station.data;
  const items = [
    { key: 'host', label: t('workstations.host'), children: w.hostOrganization },
    { key: 'industry', label: t('workstations.industry'), children: l.label(PROTECTION_INDUSTRY_LABELS, w.industry) },
    { key: 'district', label: t('fields.district'), children: l.district(w.district) },
    { key: 'established', label: t('workstations.established'), children: w.establishedDate },
    { key: 'closed', label: t('workstations.closed'), children: w.closedDate ?? '—' },
  ];
  const columns: TableColumnsType<TAssistance> = [
    { title: t('workstations.receivedDate'), dataIndex: 'receivedDate' },
    { title: t('workstations.enterprise'), dataIndex: 'enterpriseName' },
    { title: t('workstations.matter'), dataIndex: 'matter' },
    { title: t('workstations.outcome'), dataIndex: 'outcome', render: (_v, a) => (a.outcome ? `${l.label(ASSISTANCE_OUTCOME_LABELS, a.outcome)}（${a.concludedDate}）` : t('workstations.open')) },
    {
      title: '',
      key: 'actions',
      render: (_v, a) =>
        canWrite && !a.outcome ? (
          <Button size="small" onClick={() => setForm(a)}>
            {t('workstations.conclude')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <PageHeader
        title={w.name}
        extra={
          <Space>
            <Link to=".." relative="path">
              {t('workstations.title')}
            </Link>
            {canWrite && w.inOperation && <Button onClick={() => setForm('close')}>{t('workstations.close')}</Button>}
            {canWrite && w.inOperation && (
              <Button type="primary" onClick={() => setForm('assist')}>
                {t('workstations.assist')}
              </Button>
            )}
          </Space>
        }
      />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} style={{ marginBottom: 16 }} />
      <Card size="small" title={t('workstations.assistance')}>
        <Table<TAssistance> size="small" rowKey="id" columns={columns} dataSource={w.assistance} pagination={false} />
      </Card>
      {form === 'assist' && <AssistForm station={w} onDone={() => setForm(null)} />}
      {form === 'close' && <CloseForm station={w} onDone={() => setForm(null)} />}
      {form && typeof form === 'object' && <ConcludeForm request={form} onDone={() => setForm(null)} />}
    </>
  );
}

function AssistForm({ station, onDone }: { station: TWorkstationDetail; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<TAssistanceCreateInput>();
  const errors = useServerErrors(form);
  const add = useAddAssistance(station.id, onDone);
  return (
    <Modal open title={t('workstations.assist')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={add.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TAssistanceCreateInput>
        form={form}
        name="assistance"
        layout="vertical"
        initialValues={{ receivedDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          add.mutate({ ...v, creditCode: v.creditCode?.trim() ? v.creditCode.trim() : null }, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="enterpriseName" label={t('workstations.enterprise')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="creditCode" label={t('credit.creditCode')}>
          <Input />
        </Form.Item>
        <Form.Item name="matter" label={t('workstations.matter')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="receivedDate" label={t('workstations.receivedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CloseForm({ station, onDone }: { station: TWorkstationDetail; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const [form] = Form.useForm<{ closedDate: string }>();
  const errors = useServerErrors(form);
  const update = useUpdateWorkstation(station.id, onDone);
  return (
    <Modal open title={t('workstations.close')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={update.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form
        form={form}
        name="workstation-close"
        layout="vertical"
        initialValues={{ closedDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          update.mutate({ version: station.version, closedDate: v.closedDate }, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="closedDate" label={t('workstations.closed')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ConcludeForm({ request, onDone }: { request: TAssistance; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<Omit<TAssistanceConclude, 'version'>>();
  const errors = useServerErrors(form);
  const conclude = useConcludeAssistance(request.id, onDone);
  return (
    <Modal open title={t('workstations.conclude')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={conclude.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form
        form={form}
        name="assistance-conclude"
        layout="vertical"
        initialValues={{ concludedDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          conclude.mutate({ ...v, version: request.version }, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="concludedDate" label={t('workstations.concludedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="outcome" label={t('workstations.outcome')} rules={[{ required: true }]}>
          <Select options={l.options(ASSISTANCE_OUTCOME_LABELS)} />
        </Form.Item>
        <Form.Item name="outcomeNote" label={t('fields.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
