import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TGiProducer, TGiProducerCreate } from '@ipbureau/domain/creation';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useAuthorizeGiProducer } from '../../features/geographical-indications/api/gis.mutations';
import { useGi } from '../../features/geographical-indications/api/gis.queries';
import { useCreationLabels } from '../../features/labels';
import { creationPaths } from '../../paths';
import { GiEditDialog, GiRevokeDialog } from './gi-dialogs';

type ProducerValues = { creditCode: string; name: string; authorizedFrom: string; authorizedTo?: string };
const PRODUCER_FIELDS = ['creditCode', 'name', 'authorizedFrom', 'authorizedTo'] as const;

/**
 * One GI: what is protected, and who may use it over which periods, with a form to authorize
 * another producer; its particulars are corrected and its protection revoked from here.
 */
export function GiDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const gi = useGi(id);
  const [dialog, setDialog] = useState<'edit' | 'revoke' | null>(null);
  const [form] = Form.useForm<ProducerValues>();
  const errors = useServerErrors(form, PRODUCER_FIELDS);
  const authorize = useAuthorizeGiProducer({
    onSuccess: () => {
      void message.success(t('gi.authorized'));
      form.resetFields();
    },
    onError: errors.show,
  });

  if (gi.isPending) return <Spin />;
  if (gi.isError) return <Typography.Text type="danger">{gi.error.message}</Typography.Text>;
  const g = gi.data;

  const submit = (values: ProducerValues) => {
    errors.clear();
    const body: TGiProducerCreate = { creditCode: values.creditCode.trim(), name: values.name, authorizedFrom: values.authorizedFrom, authorizedTo: values.authorizedTo || null };
    authorize.mutate({ id: g.id, body });
  };

  return (
    <>
      <PageHeader
        title={g.name}
        description={t(`gi.kinds.${g.protectionKind}`)}
        extra={
          <Space>
            {g.revokedOn === null ? <Tag color="green">{t('gi.inForce')}</Tag> : <Tag color="red">{t('gi.revokedTag')}</Tag>}
            {g.revokedOn === null && (
              <>
                <Button onClick={() => setDialog('edit')}>{t('gi.edit')}</Button>
                <Button danger onClick={() => setDialog('revoke')}>
                  {t('gi.revoke')}
                </Button>
              </>
            )}
            <Link to={creationPaths.gis}>{t('nav.back')}</Link>
          </Space>
        }
      />
      {g.revokedOn !== null && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('gi.revokedNotice', { date: g.revokedOn, reason: g.revocationReason ?? '' })} />}
      <Flex gap="large" wrap align="flex-start">
        <Card style={{ flex: '2 1 480px' }}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('gi.protectionKind')}>{t(`gi.kinds.${g.protectionKind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('gi.registrationNumber')}>{g.registrationNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('gi.holder')}>{g.holderName}</Descriptions.Item>
            <Descriptions.Item label={t('gi.holderCreditCode')}>{g.holderCreditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('gi.protectedOn')}>{g.protectedOn}</Descriptions.Item>
            <Descriptions.Item label={t('common.district')}>{labels.district(g.district)}</Descriptions.Item>
            <Descriptions.Item label={t('gi.originArea')} span={2}>
              {g.originArea}
            </Descriptions.Item>
            <Descriptions.Item label={t('gi.producersAuthorized')}>{g.producersAuthorized}</Descriptions.Item>
          </Descriptions>
        </Card>
        {g.revokedOn === null && (
        <Card title={t('gi.authorize')} style={{ flex: '1 1 320px' }}>
          <FormError message={errors.formError} />
          <Form<ProducerValues> form={form} name="gi-producer" layout="vertical" onFinish={submit}>
            <Form.Item name="name" label={t('gi.producerName')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="creditCode" label={t('gi.producerCreditCode')} rules={[{ required: true }]}>
              <Input maxLength={18} />
            </Form.Item>
            <Space>
              <Form.Item name="authorizedFrom" label={t('gi.authorizedFrom')} rules={[{ required: true }]}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="authorizedTo" label={t('gi.authorizedTo')}>
                <Input type="date" />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={authorize.isPending}>
              {t('gi.authorize')}
            </Button>
          </Form>
        </Card>
        )}
      </Flex>
      <Card title={t('gi.producers')} style={{ marginTop: 16 }}>
        <Table<TGiProducer>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={g.producers}
          locale={{ emptyText: t('gi.noProducers') }}
          columns={[
            { title: t('gi.producerName'), dataIndex: 'name' },
            { title: t('gi.producerCreditCode'), dataIndex: 'creditCode' },
            { title: t('gi.authorizedFrom'), dataIndex: 'authorizedFrom' },
            { title: t('gi.authorizedTo'), dataIndex: 'authorizedTo', render: (to: string | null) => to ?? t('gi.openEnded') },
          ]}
        />
      </Card>
      {dialog === 'edit' && <GiEditDialog gi={g} onClose={() => setDialog(null)} />}
      {dialog === 'revoke' && <GiRevokeDialog gi={g} onClose={() => setDialog(null)} />}
    </>
  );
}
