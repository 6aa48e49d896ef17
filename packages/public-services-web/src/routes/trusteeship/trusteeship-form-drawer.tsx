import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import type { TManagedRight, TTrusteeshipCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useAgencies, useCreateTrusteeship } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { DISTRICTS, useLabel } from '../../shared/labels';

type Values = Omit<TTrusteeshipCreate, 'rights'> & { rights?: string[] };
const FIELDS = ['agencyId', 'enterpriseName', 'enterpriseCreditCode', 'contractNumber', 'startDate', 'endDate', 'fee', 'rights', 'district'] as const;

/** A patent number (ZL…, or an application number with its check digit) or else a trademark number. */
export const rightOf = (number: string): TManagedRight => (/^ZL|\./i.test(number) ? { kind: 'patent', number } : { kind: 'trademark', number });

/** 登记托管合同: the agency from the register, the enterprise, the period and the rights managed. */
export function TrusteeshipFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateTrusteeship();
  const agencies = useAgencies({ activeOn: todayInChina(), pageSize: 100 });

  const submit = (values: Values) => {
    errors.clear();
    create.mutate(
      { ...values, fee: values.fee || null, rights: (values.rights ?? []).map((n) => rightOf(n.trim())) },
      {
        onSuccess: () => {
          void message.success(t('trusteeship.created'));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('trusteeship.formTitle')} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError} width={520}>
      <Form<Values> form={form} name="trusteeship" layout="vertical" onFinish={submit} initialValues={{ startDate: todayInChina(), district: DISTRICTS[0]?.code }}>
        <Form.Item name="agencyId" label={t('trusteeship.agency')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" loading={agencies.isPending} options={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="enterpriseName" label={t('trusteeship.enterprise')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="enterpriseCreditCode" label={t('trusteeship.enterpriseCreditCode')} rules={[{ required: true }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="contractNumber" label={t('trusteeship.contractNumber')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="startDate" label={t('trusteeship.startDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endDate" label={t('trusteeship.endDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="fee" label={t('trusteeship.fee')}>
          <Input inputMode="decimal" placeholder="20000.00" />
        </Form.Item>
        <Form.Item name="rights" label={t('trusteeship.rights')} extra={t('trusteeship.rightsHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
