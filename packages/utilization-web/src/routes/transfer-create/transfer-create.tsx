import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TLicenseKind, TTransferKind } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateProduct } from '../../features/products/api/products.mutations';
import { LICENSE_KIND_OPTIONS, optional, parseRights, TRANSFER_KIND_OPTIONS, useVocab } from '../../features/products/product-labels';
import { useRegionDistricts } from '../../features/pledges/pledge-labels';
import { productPaths } from '../../paths';

type Values = {
  kind: TTransferKind;
  licenseKind?: TLicenseKind;
  rights: string;
  contractNumber?: string;
  licensorName: string;
  licensorCreditCode?: string;
  licenseeName: string;
  licenseeCreditCode: string;
  amount: string;
  contractDate: string;
  registrationNumber?: string;
  registrationDate?: string;
  termFrom?: string;
  termTo?: string;
  district: string;
  note?: string;
};
const FIELDS = ['kind', 'licenseKind', 'rights', 'contractNumber', 'licensorName', 'licensorCreditCode', 'licenseeName', 'licenseeCreditCode', 'amount', 'contractDate', 'registrationNumber', 'registrationDate', 'termFrom', 'termTo', 'district', 'note'] as const;

/** Records an assignment or licence contract; a licence asks for its kind and term. */
export function TransferCreate() {
  const { t } = useTranslation('utilization');
  const vocab = useVocab();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'license';
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateProduct('transfer-contracts', {
    onSuccess: (contract) => {
      void message.success(t('products.common.saved'));
      void navigate(productPaths.transfer(contract.id));
    },
    onError: errors.show,
  });

  const submit = (v: Values) => {
    errors.clear();
    create.mutate({
      kind: v.kind,
      licenseKind: v.kind === 'license' ? v.licenseKind : undefined,
      rights: parseRights(v.rights),
      contractNumber: optional(v.contractNumber),
      licensorName: v.licensorName,
      licensorCreditCode: optional(v.licensorCreditCode),
      licenseeName: v.licenseeName,
      licenseeCreditCode: v.licenseeCreditCode,
      amount: v.amount,
      contractDate: v.contractDate,
      registrationNumber: optional(v.registrationNumber),
      registrationDate: optional(v.registrationDate),
      termFrom: v.kind === 'license' ? optional(v.termFrom) : undefined,
      termTo: v.kind === 'license' ? optional(v.termTo) : undefined,
      district: v.district,
      note: optional(v.note),
    });
  };

  return (
    <>
      <PageHeader title={t('products.transfers.createTitle')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="transfer-create" layout="vertical" style={{ maxWidth: 640 }} initialValues={{ kind: 'license', licenseKind: 'ordinary' }} onFinish={submit}>
          <Form.Item name="kind" label={t('products.transfers.kind')} rules={[{ required: true }]}>
            <Select options={vocab.options('transferKind', TRANSFER_KIND_OPTIONS)} />
          </Form.Item>
          {kind === 'license' ? (
            <Form.Item name="licenseKind" label={t('products.transfers.licenseKind')} rules={[{ required: true }]}>
              <Select options={vocab.options('licenseKind', LICENSE_KIND_OPTIONS)} />
            </Form.Item>
          ) : null}
          <Form.Item name="rights" label={t('products.common.rights')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="licensorName" label={t('products.transfers.licensorName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="licensorCreditCode" label={t('products.transfers.licensorCreditCode')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="licenseeName" label={t('products.transfers.licenseeName')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="licenseeCreditCode" label={t('products.transfers.licenseeCreditCode')} rules={[{ required: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="amount" label={t('products.transfers.amount')} rules={[{ required: true }]}>
            {/* Text, not a number input: the amount travels as the exact decimal typed. */}
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="contractNumber" label={t('products.transfers.contractNumber')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="contractDate" label={t('products.transfers.contractDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="registrationNumber" label={t('products.transfers.registrationNumber')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="registrationDate" label={t('products.transfers.registrationDate')}>
            <Input type="date" />
          </Form.Item>
          {kind === 'license' ? (
            <>
              <Form.Item name="termFrom" label={t('products.transfers.termFrom')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="termTo" label={t('products.transfers.termTo')}>
                <Input type="date" />
              </Form.Item>
            </>
          ) : null}
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
            <Button onClick={() => void navigate(productPaths.transfers)}>{t('products.common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
