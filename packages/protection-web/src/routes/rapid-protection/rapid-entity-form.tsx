import { useTranslation } from 'react-i18next';
import { Form, Input, Modal, Select } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import type { TRapidEntityCreateInput } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useRegisterRapidEntity } from '../../api/rapid-protection.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

/** Registers an enterprise with the centre 备案, so it may submit requests. */
export function RapidEntityForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const [form] = Form.useForm<TRapidEntityCreateInput>();
  const errors = useServerErrors(form);
  const register = useRegisterRapidEntity(onDone);
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  return (
    <Modal open title={t('rapid.registerEntity')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={register.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TRapidEntityCreateInput>
        form={form}
        name="rapid-entity"
        layout="vertical"
        initialValues={{ registeredDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          register.mutate(v, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="name" label={t('rapid.enterprise')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="creditCode" label={t('rapid.creditCode')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="registeredDate" label={t('rapid.registeredDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
