import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GI_PROTECTION_KINDS, type TGiCreate, type TGiProtectionKind } from '@ipbureau/domain/creation';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateGi } from '../../features/geographical-indications/api/gis.mutations';
import { useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';

type Values = { name: string; protectionKind: TGiProtectionKind; registrationNumber?: string; originArea: string; holderName: string; holderCreditCode?: string; district: string; protectedOn: string };
const FIELDS = ['name', 'protectionKind', 'registrationNumber', 'originArea', 'holderName', 'holderCreditCode', 'district', 'protectedOn'] as const;
const orNull = (text?: string) => (text?.trim() ? text.trim() : null);

/** Record a GI product or GI trademark; a trademark asks for its registration number. */
export function GiCreate() {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const districts = useRegionDistricts();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('protectionKind', form);
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateGi({
    onSuccess: (gi) => {
      void message.success(t('gi.created'));
      void navigate(creationPaths.gi(gi.id));
    },
    onError: errors.show,
  });

  const submit = (values: Values) => {
    errors.clear();
    const body: TGiCreate = {
      name: values.name,
      protectionKind: values.protectionKind,
      registrationNumber: orNull(values.registrationNumber),
      originArea: values.originArea,
      holderName: values.holderName,
      holderCreditCode: orNull(values.holderCreditCode),
      district: values.district,
      protectedOn: values.protectedOn,
    };
    create.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('gi.createTitle')} description={t('gi.createDescription')} />
      <Card style={{ maxWidth: 720 }}>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="gi-create" layout="vertical" onFinish={submit} initialValues={{ protectionKind: 'gi_product' }}>
          <Form.Item name="name" label={t('gi.name')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="protectionKind" label={t('gi.protectionKind')} rules={[{ required: true }]}>
            <Select options={GI_PROTECTION_KINDS.map((k) => ({ value: k, label: t(`gi.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="registrationNumber" label={t('gi.registrationNumber')} rules={[{ required: kind === 'gi_trademark' }]}>
            <Input maxLength={10} />
          </Form.Item>
          <Form.Item name="originArea" label={t('gi.originArea')} rules={[{ required: true }]}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          <Form.Item name="holderName" label={t('gi.holder')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="holderCreditCode" label={t('gi.holderCreditCode')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="district" label={t('common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="protectedOn" label={t('gi.protectedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => void navigate(creationPaths.gis)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
