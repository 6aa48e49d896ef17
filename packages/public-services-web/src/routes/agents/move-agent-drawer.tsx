import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import type { TAgent, TAgentMove } from '@ipbureau/domain/public-services';
import { useAgencies, useMoveAgent } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { useServerErrors } from '@ipbureau/ui';

const FIELDS = ['agencyId', 'date'] as const;
type Values = Omit<TAgentMove, 'version'>;

/** 代理师转所: the practice here ends on the date and the one at the new agency starts on it. */
export function MoveAgentDrawer({ agent, onClose }: { agent: TAgent | null; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const move = useMoveAgent();
  const agencies = useAgencies({ handles: 'patent', activeOn: todayInChina(), pageSize: 200 });
  const currentAgencyId = agent?.current?.agencyId;

  const submit = (values: Values) => {
    if (!agent) return;
    errors.clear();
    move.mutate(
      { id: agent.id, body: { ...values, version: agent.version } },
      {
        onSuccess: () => {
          void message.success(t('agents.moved', { name: agent.name }));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('agents.moveTitle', { name: agent?.name ?? '' })} open={agent !== null} onClose={onClose} form={form} saving={move.isPending} formError={errors.formError}>
      <Form<Values> form={form} name="move-agent" layout="vertical" onFinish={submit} initialValues={{ date: todayInChina() }}>
        <Form.Item name="agencyId" label={t('agents.toAgency')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={agencies.isFetching}
            options={(agencies.data?.items ?? []).filter((a) => a.id !== currentAgencyId).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="date" label={t('agents.moveDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
