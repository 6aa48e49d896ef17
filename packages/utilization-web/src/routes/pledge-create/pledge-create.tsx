import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TPledgeCreate } from '@ipbureau/domain/utilization';
import { PageHeader } from '@ipbureau/ui';
import { useApplyPledge } from '../../features/pledges/api/pledges.mutations';
import { LenderNameInput } from '../../features/pledges/lender-name-input';
import { PLEDGE_RIGHT_KIND_OPTIONS, usePledgeLabels, useRegionDistricts } from '../../features/pledges/pledge-labels';
import { utilizationPaths } from '../../paths';
import { FormError, useServerErrors } from '@ipbureau/ui';

type Values = TPledgeCreate;
const FIELDS = ['pledgorName', 'pledgorCreditCode', 'rightKind', 'rightNumber', 'lenderName', 'lenderCreditCode', 'loanAmount', 'applicationDate', 'district'] as const;

/**
 * Records a pledge application. The server checks every field (credit codes and right number by
 * their check digits, the district against the user's scope) and the form shows its answers
 * beside the fields; a right already pledged (409) shows above the form.
 */
export function PledgeCreate() {
  const { t } = useTranslation('utilization');
  const labels = usePledgeLabels();
  const districts = useRegionDistricts();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const apply = useApplyPledge({
    onSuccess: (pledge) => {
      void message.success(t('create.saved'));
      void navigate(utilizationPaths.pledge(pledge.id));
    },
    onError: errors.show,
  });

  return (
    <>
      <PageHeader title={t('create.title')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<Values>
          form={form}
          name="pledge-create"
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={{ rightKind: 'patent' }}
          onFinish={(values) => {
            errors.clear();
            apply.mutate(values);
          }}
        >
          <Form.Item name="pledgorName" label={t('pledges.pledgor')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="pledgorCreditCode" label={t('pledges.creditCode')} rules={[{ required: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="rightKind" label={t('pledges.rightKind')} rules={[{ required: true }]}>
            <Select options={PLEDGE_RIGHT_KIND_OPTIONS.map((k) => ({ value: k, label: labels.rightKind(k) }))} />
          </Form.Item>
          <Form.Item name="rightNumber" label={t('pledges.rightNumber')} rules={[{ required: true }]}>
            <Input maxLength={24} />
          </Form.Item>
          <Form.Item name="lenderName" label={t('pledges.lender')} rules={[{ required: true }]}>
            {/* Choosing a known lender fills its code; one known only by name leaves the code to type. */}
            <LenderNameInput onPick={(lender) => form.setFieldsValue({ lenderName: lender.lenderName, lenderCreditCode: lender.lenderCreditCode ?? undefined })} />
          </Form.Item>
          <Form.Item name="lenderCreditCode" label={t('pledges.lenderCreditCode')} extra={t('pledges.lenderCreditCodeHint')} rules={[{ required: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="loanAmount" label={t('pledges.loanAmount')} rules={[{ required: true }]}>
            {/* Text, not a number input: the amount travels as the exact decimal typed. */}
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="applicationDate" label={t('pledges.applicationDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="district" label={t('pledges.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={apply.isPending}>
              {t('create.submit')}
            </Button>
            <Button onClick={() => void navigate(utilizationPaths.pledges)}>{t('create.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
