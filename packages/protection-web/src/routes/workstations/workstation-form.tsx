import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, Input, Modal, Select } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import { PROTECTION_INDUSTRY_LABELS, type TWorkstationCreateInput } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useCreateWorkstation } from '../../api/workstations.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

/** Registers a workstation; its page opens. */
export function WorkstationForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<TWorkstationCreateInput>();
  const errors = useServerErrors(form);
  const create = useCreateWorkstation((saved) => void navigate(saved.id));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  return (
    <Modal open title={t('workstations.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TWorkstationCreateInput>
        form={form}
        name="workstation"
        layout="vertical"
        initialValues={{ establishedDate: todayInChina() }}
        onFinish={(v) => {
          errors.clear();
          create.mutate({ ...v, closedDate: null }, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="name" label={t('workstations.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="hostOrganization" label={t('workstations.host')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="industry" label={t('workstations.industry')} rules={[{ required: true }]}>
          <Select options={l.options(PROTECTION_INDUSTRY_LABELS)} />
        </Form.Item>
        <Form.Item name="establishedDate" label={t('workstations.established')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
