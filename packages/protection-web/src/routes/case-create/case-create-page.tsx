import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import { CASE_KIND_LABELS, CASE_SOURCE_LABELS, type TCaseCreateInput } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { PageHeader } from '@ipbureau/ui';
import { useRegisterCase } from '../../api/cases.mutations';
import { FormAlert } from '../../forms/form-alert';
import { PartyFields, toPartyInputs, type PartyRow } from '../../forms/party-fields';
import { RightFields, toRightInputs, type RightRow } from '../../forms/right-fields';
import { useLabels } from '../../labels';
import { useServerErrors } from '@ipbureau/ui';

type CaseForm = Omit<TCaseCreateInput, 'parties' | 'officers' | 'rights'> & { parties: PartyRow[]; rights?: RightRow[] };

/** 立案登记: the case, its parties and the rights it involves; the officer registering it is assigned to handle it. */
export function CaseCreatePage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<CaseForm>();
  const errors = useServerErrors(form);
  const register = useRegisterCase((saved) => navigate(`../${saved.id}`, { relative: 'path' }));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];

  const submit = (values: CaseForm) => {
    errors.clear();
    const parties = toPartyInputs(values.parties);
    const officers = me.data ? [{ userId: me.data.id, name: me.data.displayName }] : [];
    register.mutate({ ...values, parties, rights: toRightInputs(values.rights), officers }, { onError: errors.show });
  };

  return (
    <>
      <PageHeader title={t('create.title')} description={t('create.description')} />
      <Card>
        <FormAlert message={errors.formError} />
        <Form<CaseForm>
          form={form}
          name="case-create"
          layout="vertical"
          style={{ maxWidth: 720 }}
          initialValues={{ source: 'complaint', registeredDate: todayInChina(), parties: [{ kind: 'organization', role: 'respondent', name: '' }] }}
          onFinish={submit}
        >
          <Form.Item name="caseNumber" label={t('fields.caseNumber')} rules={[{ required: true }]}>
            <Input placeholder="汕市监知案〔2025〕12号" />
          </Form.Item>
          <Form.Item name="title" label={t('fields.title')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
              <Select style={{ width: 200 }} options={l.options(CASE_KIND_LABELS)} />
            </Form.Item>
            <Form.Item name="source" label={t('fields.source')} rules={[{ required: true }]}>
              <Select style={{ width: 200 }} options={l.options(CASE_SOURCE_LABELS)} />
            </Form.Item>
            <Form.Item name="district" label={t('fields.district')} rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={districts} />
            </Form.Item>
            <Form.Item name="registeredDate" label={t('fields.registeredDate')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </Space>
          <PartyFields />
          <RightFields />
          <Space>
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {t('create.submit')}
            </Button>
            <Button onClick={() => navigate('..', { relative: 'path' })}>{t('create.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
