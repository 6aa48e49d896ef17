import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Form, Input, Modal, Select } from 'antd';
import { todayInChina } from '@ipbureau/domain';
import type { TCaseDetail } from '@ipbureau/domain/protection';
import { useServerErrors } from '@ipbureau/ui';
import { useListOnBlacklist } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';

type Values = { creditCode: string; grounds: string; listedDate: string };

/** Lists a respondent organization of a case closed after a punishment on the credit blacklist; the entry opens, pending publication. */
export function BlacklistForm({ caseFile, onDone }: { caseFile: TCaseDetail; onDone: () => void }) {
  const { t } = useTranslation('protection');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const list = useListOnBlacklist((saved) => void navigate(`../../credit/blacklist/${saved.id}`, { relative: 'path' }));
  const respondents = caseFile.parties.filter((p) => p.role === 'respondent' && p.creditCode).map((p) => ({ value: p.creditCode!, label: `${p.name}（${p.creditCode}）` }));
  const submit = (values: Values) => {
    errors.clear();
    list.mutate({ caseId: caseFile.id, ...values }, { onError: (error) => errors.show(error) });
  };
  return (
    <Modal open title={t('credit.listAction')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={list.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="blacklist-listing" layout="vertical" initialValues={{ listedDate: todayInChina(), creditCode: respondents[0]?.value }} onFinish={submit}>
        <Form.Item name="creditCode" label={t('credit.respondent')} rules={[{ required: true }]}>
          <Select options={respondents} />
        </Form.Item>
        <Form.Item name="grounds" label={t('credit.grounds')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="listedDate" label={t('credit.listedDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
