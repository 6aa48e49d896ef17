import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Card, Form, Input, Modal, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMe } from '@ipbureau/api-client';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import { PROTECTION_INDUSTRY_LABELS, type TProtectionIndustry, type TRiskAlert, type TRiskAlertCreateInput, type TRiskAlertRecipient } from '@ipbureau/domain/protection';
import { PageHeader, useServerErrors } from '@ipbureau/ui';
import { usePublishRiskAlert, useRiskAlert, useRiskAlerts, type TRiskAlertParams } from '../../api/overseas.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';
import { ListExportButton, PagedTable, useListParams } from '../paged-list';

/** Overseas risk alerts 海外知识产权风险预警 published to an industry; the alert picked shows the enterprises it went to. */
export function RiskAlertsPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canPublish = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'officer');
  const [publishing, setPublishing] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const { params, setParams } = useListParams<TRiskAlertParams>();
  const alerts = useRiskAlerts(params);
  const detail = useRiskAlert(picked);
  const columns: TableColumnsType<TRiskAlert> = [
    {
      title: t('overseas.alertTitle'),
      dataIndex: 'title',
      render: (_v, a) => (
        <Button type="link" onClick={() => setPicked(a.id)}>
          {a.title}
        </Button>
      ),
    },
    { title: t('workstations.industry'), dataIndex: 'industry', render: (i: TProtectionIndustry) => l.label(PROTECTION_INDUSTRY_LABELS, i) },
    { title: t('overseas.publishedDate'), dataIndex: 'publishedDate' },
    { title: t('overseas.recipientCount'), dataIndex: 'recipientCount' },
  ];
  const recipientColumns: TableColumnsType<TRiskAlertRecipient> = [
    { title: t('overseas.enterprise'), dataIndex: 'name' },
    { title: t('credit.creditCode'), dataIndex: 'creditCode' },
    { title: t('fields.district'), dataIndex: 'district', render: (d: string) => l.district(d) },
    { title: t('overseas.source'), dataIndex: 'source', render: (s: TRiskAlertRecipient['source']) => t(`overseas.source_${s}`) },
  ];
  return (
    <>
      <PageHeader
        title={t('overseas.alerts')}
        description={t('overseas.alertsDescription')}
        extra={
          <Space>
            <Link to="../overseas">{t('overseas.title')}</Link>
            <ListExportButton fileName={t('overseas.alerts')} path="/overseas/risk-alerts" params={params} />
            {canPublish && (
              <Button type="primary" onClick={() => setPublishing(true)}>
                {t('overseas.publish')}
              </Button>
            )}
          </Space>
        }
      />
      {publishing && (
        <PublishForm
          onDone={(id) => {
            setPublishing(false);
            if (id) setPicked(id);
          }}
        />
      )}
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Select<TProtectionIndustry | undefined>
          allowClear
          aria-label={t('workstations.industry')}
          placeholder={t('workstations.industry')}
          style={{ width: 180 }}
          options={l.options(PROTECTION_INDUSTRY_LABELS)}
          onChange={(industry) => setParams((c) => ({ ...c, industry, page: 1 }))}
        />
      </Space>
      <PagedTable columns={columns} query={alerts} params={params} setParams={setParams} />
      {detail.data && (
        <Card size="small" title={t('overseas.recipients', { title: detail.data.title })} style={{ marginTop: 16 }}>
          <p style={{ whiteSpace: 'pre-wrap' }}>{detail.data.content}</p>
          <Table<TRiskAlertRecipient> size="small" rowKey="creditCode" columns={recipientColumns} dataSource={detail.data.recipients} pagination={false} />
        </Card>
      )}
    </>
  );
}

function PublishForm({ onDone }: { onDone: (id?: string) => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<TRiskAlertCreateInput>();
  const errors = useServerErrors(form);
  const publish = usePublishRiskAlert((saved) => onDone(saved.id));
  return (
    <Modal open title={t('overseas.publish')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={() => onDone()} confirmLoading={publish.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TRiskAlertCreateInput>
        form={form}
        name="risk-alert"
        layout="vertical"
        initialValues={{ publishedDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          publish.mutate(v, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="title" label={t('overseas.alertTitle')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="industry" label={t('workstations.industry')} rules={[{ required: true }]}>
          <Select options={l.options(PROTECTION_INDUSTRY_LABELS)} />
        </Form.Item>
        <Form.Item name="publishedDate" label={t('overseas.publishedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="content" label={t('overseas.content')} rules={[{ required: true }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
