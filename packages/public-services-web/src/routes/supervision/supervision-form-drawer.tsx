import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@ipbureau/domain';
import {
  SANCTION_KIND_LABELS,
  SANCTION_KINDS,
  SUPERVISION_KINDS,
  VIOLATION_KIND_LABELS,
  VIOLATION_KINDS,
  type TAgency,
  type TAgent,
  type TSupervisionCreate,
} from '@ipbureau/domain/public-services';
import { useCreateSupervisionRecord } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { useLabel } from '../../shared/labels';
import { useServerErrors } from '@ipbureau/ui';

const FIELDS = ['kind', 'agentId', 'violationKind', 'foundDate', 'sanction', 'fineAmount', 'description'] as const;
type Values = Omit<TSupervisionCreate, 'agencyId'>;

/** 登记监管记录 of an agency (and optionally one of its agents): an inspection, or a violation with its sanction. */
export function SupervisionFormDrawer({ agency, agents, open, onClose }: { agency: TAgency; agents: TAgent[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const sanction = Form.useWatch('sanction', form);
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateSupervisionRecord();

  const submit = (values: Values) => {
    errors.clear();
    const violation = values.kind === 'violation';
    const body: TSupervisionCreate = {
      ...values,
      agencyId: agency.id,
      agentId: values.agentId ?? null,
      violationKind: violation ? (values.violationKind ?? null) : null,
      sanction: violation ? (values.sanction ?? null) : null,
      fineAmount: violation && values.sanction === 'fine' ? (values.fineAmount ?? null) : null,
      description: values.description ?? '',
    };
    create.mutate(body, {
      onSuccess: () => {
        void message.success(t('supervision.created'));
        form.resetFields();
        onClose();
      },
      onError: errors.show,
    });
  };

  return (
    <FormDrawer title={`${t('supervision.formTitle')} · ${agency.name}`} open={open} onClose={onClose} form={form} saving={create.isPending} formError={errors.formError} width={480}>
      <Form<Values> form={form} name="supervision" layout="vertical" onFinish={submit} initialValues={{ kind: 'violation', foundDate: todayInChina() }}>
        <Form.Item name="kind" label={t('supervision.kind')}>
          <Radio.Group options={SUPERVISION_KINDS.map((k) => ({ value: k, label: t(`supervision.${k}`) }))} />
        </Form.Item>
        <Form.Item name="agentId" label={t('supervision.agent')}>
          <Select allowClear options={agents.map((g) => ({ value: g.id, label: `${g.name}（${g.licenceNumber}）` }))} />
        </Form.Item>
        {kind === 'violation' ? (
          <>
            <Form.Item name="violationKind" label={t('supervision.violationKind')} rules={[{ required: true }]}>
              <Select options={VIOLATION_KINDS.map((k) => ({ value: k, label: label.of(VIOLATION_KIND_LABELS[k]) }))} />
            </Form.Item>
            <Form.Item name="sanction" label={t('supervision.sanction')}>
              <Select allowClear options={SANCTION_KINDS.map((k) => ({ value: k, label: label.of(SANCTION_KIND_LABELS[k]) }))} />
            </Form.Item>
            {sanction === 'fine' ? (
              <Form.Item name="fineAmount" label={t('supervision.fine')} rules={[{ required: true }]}>
                <Input inputMode="decimal" addonAfter="元" />
              </Form.Item>
            ) : null}
          </>
        ) : null}
        <Form.Item name="foundDate" label={t('supervision.foundDate')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="description" label={t('supervision.details')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
