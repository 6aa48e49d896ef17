import { useTranslation } from 'react-i18next';
import { Form, Input, Modal, Select } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import { PROTECTED_RIGHT_KIND_LABELS, type TProtectedRightKind } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useAddToWhitelist } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

type Values = { rightKind: TProtectedRightKind; rightNumber: string; rightName: string; ownerName: string; ownerCreditCode: string; validFrom: string; validTo?: string; district: string };

/** Puts a right on the whitelist; a number, code or date the server refuses is marked on its field. */
export function WhitelistForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const add = useAddToWhitelist(onDone);
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const submit = (v: Values) => {
    errors.clear();
    add.mutate({ ...v, validTo: v.validTo ? v.validTo : null }, { onError: (error) => errors.show(error) });
  };
  const text = (name: keyof Values, required = true, type = 'text') => (
    <Form.Item name={name} label={t(`credit.${name === 'ownerName' ? 'owner' : name === 'ownerCreditCode' ? 'creditCode' : name}`)} rules={[{ required }]}>
      <Input type={type} />
    </Form.Item>
  );
  return (
    <Modal open title={t('credit.addRight')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={add.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="whitelist-create" layout="vertical" initialValues={{ rightKind: 'patent', validFrom: todayInChina() }} onFinish={submit}>
        <Form.Item name="rightKind" label={t('credit.rightKind')} rules={[{ required: true }]}>
          <Select options={l.options(PROTECTED_RIGHT_KIND_LABELS)} />
        </Form.Item>
        {text('rightNumber')}
        {text('rightName')}
        {text('ownerName')}
        {text('ownerCreditCode')}
        {text('validFrom', true, 'date')}
        {text('validTo', false, 'date')}
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
