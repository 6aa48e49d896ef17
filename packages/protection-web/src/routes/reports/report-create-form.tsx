import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, Input, Modal, Select } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import { PROTECTED_RIGHT_KIND_LABELS, type TProtectedRightKind } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useCreateReport } from '../../api/reports.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

type Values = {
  reporter: { name: string; phone: string; idNumber: string };
  subject: string;
  rightKind: TProtectedRightKind;
  district: string;
  receivedDate: string;
  handlingOfficer: { userId: string; name: string };
};

/**
 * Registers a report; the handling officer defaults to the one registering it (the only one who
 * will see the reporter in clear). The server checks the ID number's check character and the
 * phone; its messages (Chinese by default) are shown on the fields they name.
 */
export function ReportCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const create = useCreateReport((saved) => void navigate(saved.id));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const submit = (v: Values) => {
    errors.clear();
    create.mutate(v, { onError: (error) => errors.show(error) });
  };
  const field = (name: string | [string, string], label: string, input = <Input />) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      {input}
    </Form.Item>
  );
  return (
    <Modal open title={t('report.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values>
        form={form}
        name="report-create"
        layout="vertical"
        initialValues={{ receivedDate: todayInChina(), handlingOfficer: me.data ? { userId: me.data.id, name: me.data.displayName } : undefined }}
        onFinish={submit}
      >
        {field(['reporter', 'name'], t('report.reporterName'))}
        {field(['reporter', 'phone'], t('report.phone'))}
        {field(['reporter', 'idNumber'], t('report.idNumber'))}
        {field('subject', t('report.subject'), <Input.TextArea rows={3} />)}
        {field('rightKind', t('report.rightKind'), <Select options={l.options(PROTECTED_RIGHT_KIND_LABELS)} />)}
        {field('district', t('fields.district'), <Select options={districts} />)}
        {field('receivedDate', t('report.receivedDate'), <Input type="date" />)}
        {field(['handlingOfficer', 'name'], t('report.handlingOfficerName'))}
        <Form.Item name={['handlingOfficer', 'userId']} label={t('report.handlingOfficerId')} rules={[{ required: true }]} extra={t('report.assignMe')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
