import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan, todayInChina } from '@ipbureau/domain';
import { TRUSTEESHIP_SERVICE_KIND_LABELS, TRUSTEESHIP_SERVICE_KINDS, type TTrusteeshipService, type TTrusteeshipServiceCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useAddTrusteeshipService, useTerminateTrusteeship, useTrusteeshipContract } from '../../api/public-services.api';
import { useCanWrite } from '../../shared/access';
import { useLabel } from '../../shared/labels';
import { TrusteeshipEditDrawer } from './trusteeship-edit-drawer';

/** One contract: the rights managed, the services given (an officer records one), early termination. */
export function TrusteeshipDetailDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const contract = useTrusteeshipContract(id);
  const canWrite = useCanWrite();
  const [form] = Form.useForm<TTrusteeshipServiceCreate>();
  const errors = useServerErrors(form, ['date', 'kind', 'content']);
  const addService = useAddTrusteeshipService();
  const terminate = useTerminateTrusteeship();
  const [reasonForm] = Form.useForm<{ date: string; reason: string }>();
  const c = contract.data;
  const [editing, setEditing] = useState(false);

  const record = (values: TTrusteeshipServiceCreate) => {
    if (!c) return;
    errors.clear();
    addService.mutate(
      { id: c.id, body: values },
      {
        onSuccess: () => {
          void message.success(t('trusteeship.serviceRecorded'));
          form.resetFields(['content']);
        },
        onError: errors.show,
      },
    );
  };
  const end = () => {
    if (!c) return;
    const { date, reason } = reasonForm.getFieldsValue();
    terminate.mutate({ id: c.id, body: { version: c.version, date, reason } }, { onError: (error) => void message.error(error.message) });
  };

  return (
    <Drawer open={!!id} onClose={onClose} width={720} title={c ? `${c.contractNumber} · ${c.enterpriseName}` : null} destroyOnHidden>
      {c ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('trusteeship.agency')}>{c.agencyName}</Descriptions.Item>
            <Descriptions.Item label={t('trusteeship.enterpriseCreditCode')}>{c.enterpriseCreditCode}</Descriptions.Item>
            <Descriptions.Item label={t('trusteeship.startDate')}>{c.startDate}</Descriptions.Item>
            <Descriptions.Item label={t('trusteeship.endDate')}>{c.endDate}</Descriptions.Item>
            <Descriptions.Item label={t('trusteeship.fee')}>{c.fee ? formatYuan(c.fee) : t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('trusteeship.terminatedOn')}>{c.terminatedOn ? `${c.terminatedOn}（${c.terminationReason ?? ''}）` : t('common.none')}</Descriptions.Item>
          </Descriptions>
          <div>
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <Typography.Title level={5}>{t('trusteeship.rights')}</Typography.Title>
              {canWrite ? <Button onClick={() => setEditing(true)}>{t('trusteeship.editRights')}</Button> : null}
            </Space>
            <Space wrap>
              {c.rights.map((r) => (
                <Tag key={`${r.kind}:${r.number}`}>{r.number}</Tag>
              ))}
            </Space>
          </div>
          <div>
            <Typography.Title level={5}>{t('trusteeship.services')}</Typography.Title>
            <Table<TTrusteeshipService>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={c.services}
              columns={[
                { title: t('trusteeship.serviceDate'), dataIndex: 'date', key: 'date', width: 120 },
                { title: t('trusteeship.serviceKind'), key: 'kind', width: 120, render: (_, s) => label.of(TRUSTEESHIP_SERVICE_KIND_LABELS[s.kind]) },
                { title: t('trusteeship.serviceContent'), dataIndex: 'content', key: 'content' },
              ]}
            />
          </div>
          {canWrite ? (
            <Form<TTrusteeshipServiceCreate> form={form} name="trusteeship-service" layout="inline" onFinish={record} initialValues={{ date: todayInChina(), kind: 'consultation' }}>
              {errors.formError ? <Typography.Text type="danger">{errors.formError}</Typography.Text> : null}
              <Form.Item name="date" label={t('trusteeship.serviceDate')} rules={[{ required: true }]}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="kind" label={t('trusteeship.serviceKind')}>
                <Select style={{ width: 130 }} options={TRUSTEESHIP_SERVICE_KINDS.map((k) => ({ value: k, label: label.of(TRUSTEESHIP_SERVICE_KIND_LABELS[k]) }))} />
              </Form.Item>
              <Form.Item name="content" label={t('trusteeship.serviceContent')} rules={[{ required: true }]}>
                <Input style={{ width: 220 }} maxLength={2000} />
              </Form.Item>
              <Button htmlType="submit" loading={addService.isPending}>
                {t('trusteeship.recordService')}
              </Button>
            </Form>
          ) : null}
          {canWrite && !c.terminatedOn ? (
            <Form form={reasonForm} name="trusteeship-terminate" layout="inline" initialValues={{ date: todayInChina() }}>
              <Form.Item name="date" label={t('trusteeship.terminatedOn')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="reason" label={t('trusteeship.terminationReason')}>
                <Input style={{ width: 220 }} maxLength={1000} />
              </Form.Item>
              <Popconfirm title={t('trusteeship.terminateConfirm')} onConfirm={end}>
                <Button danger loading={terminate.isPending}>
                  {t('trusteeship.terminate')}
                </Button>
              </Popconfirm>
            </Form>
          ) : null}
        </Space>
      ) : null}
      {c && editing ? <TrusteeshipEditDrawer key={c.version} contract={c} onClose={() => setEditing(false)} /> : null}
    </Drawer>
  );
}
