import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Select, Skeleton, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import { formatYuan } from '@ipbureau/domain';
import type { TCommercializationProjectDetail, TFundSource, TSupportFund } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useAddFund } from '../../features/products/api/products.mutations';
import { useProduct } from '../../features/products/api/products.queries';
import { formatRights, FUND_SOURCE_OPTIONS, useVocab } from '../../features/products/product-labels';
import { usePledgeLabels } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type FundValues = { source: TFundSource; programme: string; amount: string; grantedDate: string };

/** Adds a support fund to the project's ledger, sent with the version the page shows. */
function AddFundModal({ project, onClose }: { project: TCommercializationProjectDetail; onClose: () => void }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundValues>();
  const errors = useServerErrors(form, ['source', 'programme', 'amount', 'grantedDate']);
  const add = useAddFund(project.id, {
    onSuccess: () => {
      void message.success(t('products.common.saved'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('products.projects.addFund')} okText={t('products.common.submit')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={add.isPending} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<FundValues>
        form={form}
        name="fund-add"
        layout="vertical"
        initialValues={{ source: 'municipal' }}
        onFinish={(values) => {
          errors.clear();
          add.mutate({ ...values, version: project.version });
        }}
      >
        <Form.Item name="source" label={t('products.projects.source')} rules={[{ required: true }]}>
          <Select options={vocab.options('fundSource', FUND_SOURCE_OPTIONS)} />
        </Form.Item>
        <Form.Item name="programme" label={t('products.projects.programme')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="amount" label={t('products.projects.amount')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="grantedDate" label={t('products.projects.grantedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ProjectView({ project }: { project: TCommercializationProjectDetail }) {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const { district } = usePledgeLabels();
  const [adding, setAdding] = useState(false);
  const none = t('products.common.none');
  const items = [
    { key: 'enterprise', label: t('products.projects.enterprise'), children: `${project.enterprise.name}（${project.enterprise.creditCode}）` },
    { key: 'rights', label: t('products.common.rightsShort'), children: formatRights(project.rights) },
    { key: 'dates', label: `${t('products.projects.startDate')} – ${t('products.projects.endDate')}`, children: `${project.startDate} – ${project.endDate ?? none}` },
    { key: 'district', label: t('products.common.district'), children: district(project.district) },
    { key: 'total', label: t('products.projects.supportTotal'), children: <span data-testid="support-total">{formatYuan(project.supportTotal)}</span> },
    { key: 'description', label: t('products.common.note'), children: project.description ?? none },
  ];
  const columns: TableColumnsType<TSupportFund> = [
    { title: '#', dataIndex: 'seq' },
    { title: t('products.projects.grantedDate'), dataIndex: 'grantedDate' },
    { title: t('products.projects.source'), dataIndex: 'source', render: (source: string) => vocab.label('fundSource', source) },
    { title: t('products.projects.programme'), dataIndex: 'programme' },
    { title: t('products.projects.amount'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatYuan(amount) },
  ];
  return (
    <>
      <PageHeader title={project.name} description={project.enterprise.name} />
      <Flex vertical gap="middle">
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Card
          title={t('products.projects.funds')}
          extra={
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('products.projects.addFund')}
            </Button>
          }
        >
          {project.funds.length === 0 ? <Typography.Text type="secondary">{t('products.projects.noFunds')}</Typography.Text> : <Table<TSupportFund> rowKey="id" columns={columns} dataSource={project.funds} pagination={false} />}
        </Card>
        <Link to={productPaths.projects}>{t('products.common.back')}</Link>
      </Flex>
      {adding ? <AddFundModal key={project.version} project={project} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

/** One commercialization project with its support-fund ledger and total. */
export function ProjectDetail() {
  const { id = '' } = useParams();
  const project = useProduct('commercialization-projects', id);
  if (project.isError) return <Alert type="error" showIcon title={project.error.message} />;
  if (!project.data) return <Skeleton active />;
  return <ProjectView project={project.data} />;
}
