import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, Input, Modal, Select } from 'antd';
import { districtsOf, PATENT_TYPE_LABELS, todayInChina, type TPatentType } from '@ipbureau/domain';
import { RAPID_REQUEST_KIND_LABELS, RAPID_TECHNICAL_FIELD_LABELS, type TRapidRequestCreateInput } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useSubmitRapidRequest } from '../../api/rapid-protection.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

type Values = Omit<TRapidRequestCreateInput, 'patentType'> & { patentType: TPatentType };

/** Submits a pre-examination or rights-determination request; the request's page opens. A field the server refuses (an unregistered enterprise at its credit code) is marked on it. */
export function RapidRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const submit = useSubmitRapidRequest((saved) => void navigate(saved.id));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const onFinish = (v: Values) => {
    errors.clear();
    submit.mutate(v, { onError: (error) => errors.show(error) });
  };
  return (
    <Modal open title={t('rapid.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={submit.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="rapid-request" layout="vertical" initialValues={{ kind: 'pre_examination', patentType: 'invention', submittedDate: todayInChina() }} onFinish={onFinish}>
        <Form.Item name="kind" label={t('rapid.kind')} rules={[{ required: true }]}>
          <Select options={l.options(RAPID_REQUEST_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="applicationNumber" label={t('rapid.applicationNumber')} rules={[{ required: true }]}>
          <Input placeholder="202510001234.5" />
        </Form.Item>
        <Form.Item name="patentType" label={t('rapid.patentType')} rules={[{ required: true }]}>
          <Select options={l.options(PATENT_TYPE_LABELS)} />
        </Form.Item>
        <Form.Item name="title" label={t('rapid.titleField')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="technicalField" label={t('rapid.technicalField')} rules={[{ required: true }]}>
          <Select options={l.options(RAPID_TECHNICAL_FIELD_LABELS)} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('rapid.creditCode')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="submittedDate" label={t('rapid.submittedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
