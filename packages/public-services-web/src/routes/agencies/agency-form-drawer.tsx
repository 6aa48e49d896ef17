import { useState } from 'react';
import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, type TAgencyCreate } from '@ipbureau/domain/public-services';
import { useServerErrors } from '@ipbureau/ui';
import { useAgencies, useRegisterAgency } from '../../api/public-services.api';
import { FormDrawer } from '../../shared/form-drawer';
import { DISTRICTS, useLabel } from '../../shared/labels';

type Values = Omit<TAgencyCreate, 'headAgencyId' | 'licenceNumber'> & { licenceNumber?: string; headAgencyId?: string };
const FIELDS = ['name', 'creditCode', 'kind', 'licenceNumber', 'district', 'establishedDate', 'headAgencyId'] as const;

/**
 * 登记代理机构: an agency, or a branch 分支机构 of one found by name or credit code (a head
 * office is never itself a branch). Checked in Chinese before sending; the server's refusals
 * (a credit code already registered, a bad check character) show beside their fields.
 */
export function AgencyFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('public-services');
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, { fields: FIELDS, fieldForCode: { CONFLICT: 'creditCode' } });
  const register = useRegisterAgency();
  const [q, setQ] = useState('');
  const heads = useAgencies({ q: q.trim() || undefined, pageSize: 20 });
  const required = (field: string) => ({ required: true, whitespace: true, message: t('agencies.required', { field }) });

  const submit = (values: Values) => {
    errors.clear();
    register.mutate(
      { ...values, licenceNumber: values.licenceNumber?.trim() || null, headAgencyId: values.headAgencyId ?? null },
      {
        onSuccess: (saved) => {
          void message.success(t('agencies.created', { name: saved.name }));
          form.resetFields();
          onClose();
        },
        onError: errors.show,
      },
    );
  };

  return (
    <FormDrawer title={t('agencies.formTitle')} open={open} onClose={onClose} form={form} saving={register.isPending} formError={errors.formError} width={520}>
      <Form<Values> form={form} name="agency" layout="vertical" onFinish={submit} initialValues={{ kind: 'patent', district: DISTRICTS[0]?.code }}>
        <Form.Item name="name" label={t('agencies.name')} rules={[required(t('agencies.name'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('agencies.creditCode')} rules={[required(t('agencies.creditCode'))]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="kind" label={t('agencies.kind')}>
          <Select options={AGENCY_KINDS.map((k) => ({ value: k, label: label.of(AGENCY_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item
          name="licenceNumber"
          label={t('agencies.licenceNumber')}
          dependencies={['kind']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                getFieldValue('kind') !== 'trademark' && !value?.trim() ? Promise.reject(new Error(t('agencies.licenceRequired'))) : Promise.resolve(),
            }),
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="establishedDate" label={t('agencies.establishedDate')} rules={[required(t('agencies.establishedDate'))]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="district" label={t('common.district')}>
          <Select options={DISTRICTS.map((d) => ({ value: d.code, label: label.district(d.code) }))} />
        </Form.Item>
        <Form.Item name="headAgencyId" label={t('agencies.headAgency')}>
          <Select
            showSearch
            allowClear
            filterOption={false}
            onSearch={setQ}
            placeholder={t('agencies.headAgencyPlaceholder')}
            loading={heads.isFetching}
            options={(heads.data?.items ?? []).filter((a) => a.headAgencyId === null).map((a) => ({ value: a.id, label: `${a.name}（${a.creditCode}）` }))}
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
