import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, Input, Modal, Select } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import { ADJUDICATION_KIND_LABELS, type TAdjudicationKind } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useCreateAdjudication } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

type Values = {
  kind: TAdjudicationKind;
  requestNumber: string;
  subject: string;
  patentNumber?: string;
  applicant: { name: string; creditCode?: string };
  respondent: { name: string; creditCode?: string };
  receivedDate: string;
  district: string;
};

/** Registers an adjudication or mediation request as received; the request's page opens. A field the server refuses is marked on it. */
export function AdjudicationCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  // The parties' fields are named as the contract nests them, so an issue at `applicant.creditCode` shows on its field.
  const errors = useServerErrors(form);
  const create = useCreateAdjudication((saved) => void navigate(saved.id));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const submit = (v: Values) => {
    errors.clear();
    const party = ({ name, creditCode }: { name: string; creditCode?: string }) => ({ name, creditCode: creditCode?.trim() ? creditCode.trim() : null });
    create.mutate(
      {
        kind: v.kind,
        requestNumber: v.requestNumber,
        subject: v.subject,
        patentNumber: v.kind === 'adjudication' ? (v.patentNumber ?? null) : null,
        applicant: party(v.applicant),
        respondent: party(v.respondent),
        receivedDate: v.receivedDate,
        district: v.district,
      },
      { onError: (error) => errors.show(error) },
    );
  };
  const text = (name: string | [string, string], label: string, required = true) => (
    <Form.Item name={name} label={label} rules={[{ required }]}>
      <Input />
    </Form.Item>
  );
  return (
    <Modal open title={t('adjudication.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="adjudication-create" layout="vertical" initialValues={{ kind: 'adjudication', receivedDate: todayInChina() }} onFinish={submit}>
        <Form.Item name="kind" label={t('adjudication.kind')} rules={[{ required: true }]}>
          <Select options={l.options(ADJUDICATION_KIND_LABELS)} />
        </Form.Item>
        {text('requestNumber', t('adjudication.requestNumber'))}
        {text('subject', t('adjudication.subject'))}
        <Form.Item noStyle dependencies={['kind']}>{() => (form.getFieldValue('kind') === 'adjudication' ? text('patentNumber', t('adjudication.patentNumber')) : null)}</Form.Item>
        {text(['applicant', 'name'], t('adjudication.applicant'))}
        {text(['applicant', 'creditCode'], t('adjudication.applicantCreditCode'), false)}
        {text(['respondent', 'name'], t('adjudication.respondent'))}
        {text(['respondent', 'creditCode'], t('adjudication.respondentCreditCode'), false)}
        <Form.Item name="receivedDate" label={t('adjudication.receivedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
          <Select options={districts} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
