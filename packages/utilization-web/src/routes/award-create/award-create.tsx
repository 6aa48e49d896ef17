import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TAwardCreate, TAwardKind } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateProduct } from '../../features/products/api/products.mutations';
import { AWARD_GRADES_OF, AWARD_KIND_OPTIONS, AWARD_LEVEL_OPTIONS, optional, useVocab } from '../../features/products/product-labels';
import { useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Values = Omit<TAwardCreate, 'holderCreditCode' | 'announcedDate' | 'note'> & { holderCreditCode?: string; announcedDate?: string; note?: string };
const FIELDS = ['kind', 'level', 'year', 'grade', 'awardName', 'patentNumber', 'patentTitle', 'holderName', 'holderCreditCode', 'announcedDate', 'district', 'note'] as const;

/** Records an award for one patent; the grades offered follow the kind (patent awards: gold, silver, excellence). */
export function AwardCreate() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'patent_award';
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateProduct('awards', {
    onSuccess: (award) => {
      void message.success(t('products.common.saved'));
      void navigate(productPaths.award(award.id));
    },
    onError: errors.show,
  });

  return (
    <>
      <PageHeader title={t('products.awards.createTitle')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<Values>
          form={form}
          name="award-create"
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={{ kind: 'patent_award', level: 'national' }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.kind) form.setFieldValue('grade', undefined);
          }}
          onFinish={(values) => {
            errors.clear();
            create.mutate({ ...values, holderCreditCode: optional(values.holderCreditCode), announcedDate: optional(values.announcedDate), note: optional(values.note) });
          }}
        >
          <Form.Item name="kind" label={t('products.awards.kind')} rules={[{ required: true }]}>
            <Select options={vocab.options('awardKind', AWARD_KIND_OPTIONS)} />
          </Form.Item>
          <Form.Item name="level" label={t('products.awards.level')} rules={[{ required: true }]}>
            <Select options={vocab.options('awardLevel', AWARD_LEVEL_OPTIONS)} />
          </Form.Item>
          <Form.Item name="year" label={t('products.awards.year')} rules={[{ required: true }]}>
            <InputNumber min={1985} max={2100} />
          </Form.Item>
          <Form.Item name="grade" label={t('products.awards.grade')} rules={[{ required: true }]}>
            <Select options={vocab.options('awardGrade', AWARD_GRADES_OF[kind as TAwardKind])} />
          </Form.Item>
          <Form.Item name="awardName" label={t('products.awards.awardName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="patentNumber" label={t('products.awards.patentNumber')} rules={[{ required: true }]}>
            <Input maxLength={24} />
          </Form.Item>
          <Form.Item name="patentTitle" label={t('products.awards.patentTitle')} rules={[{ required: true }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="holderName" label={t('products.awards.holderName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="holderCreditCode" label={t('products.awards.holderCreditCode')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="announcedDate" label={t('products.awards.announcedDate')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="district" label={t('products.common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="note" label={t('products.common.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('products.common.submit')}
            </Button>
            <Button onClick={() => void navigate(productPaths.awards)}>{t('products.common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
