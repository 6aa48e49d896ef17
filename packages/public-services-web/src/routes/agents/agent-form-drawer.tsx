import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import type { TAgency, TAgentCreate } from '@ipbureau/domain/public-services';
import { useCreateAgent } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { useServerErrors } from '@ipbureau/ui';

const FIELDS = ['name', 'licenceNumber', 'practiceStartDate'] as const;
type Values = Omit<TAgentCreate, 'agencyId'>;

/** 登记执业专利代理师 at an agency: the practice starts at the agency on the date given. */
export function AgentFormDrawer({ agency, open, onClose }: { agency: TAgency; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateAgent();

  const submit = (values: Values) => {
    errors.clear();
    create.mutate(
      { ...values, agencyId: agency.id },
      {
        onSuccess: (agent) => {
          void message.success(t('agents.created', { name: agent.name }));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={`${t('agents.formTitle')} · ${agency.name}`} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError}>
      <Form<Values> form={form} name="agent" layout="vertical" onFinish={submit} initialValues={{ practiceStartDate: todayInChina() }}>
        <Form.Item name="name" label={t('agents.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="licenceNumber" label={t('agents.licenceNumber')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="practiceStartDate" label={t('agents.practiceStartDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
