import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@ipbureau/domain';
import type { TInterestSubsidyCreate } from '@ipbureau/domain/utilization';
import { FormError, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useCreateInterestSubsidy } from '../../features/fund/api/fund.mutations';
import { usePledges } from '../../features/pledges/api/pledges.queries';
import { utilizationPaths } from '../../paths';

const FIELDS = ['pledgeId', 'applicationDate', 'periods'] as const;
const EMPTY_PERIOD = { periodFrom: '', periodTo: '', paidOn: '', interestPaid: '' };

/**
 * The maker's step of an interest subsidy: the interest the enterprise actually paid, period by
 * period. The server computes each line and the page that opens next shows the calculation.
 */
export function InterestSubsidyCreate() {
  const { t } = useTranslation('utilization');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const pledges = usePledges({ page: 1, pageSize: 200 });
  const [form] = Form.useForm<TInterestSubsidyCreate>();
  const errors = useServerErrors(form, FIELDS);
  const create = useCreateInterestSubsidy({
    onSuccess: (subsidy) => {
      void message.success(t('fund.subsidy.saved'));
      void navigate(utilizationPaths.interestSubsidy(subsidy.id));
    },
    onError: errors.show,
  });
  // Loans that were disbursed carry interest.
  const loans = (pledges.data?.items ?? []).filter((p) => p.disbursementDate !== null);

  return (
    <>
      <PageHeader title={t('fund.subsidy.title')} description={t('fund.subsidy.description')} />
      <Card>
        <FormError message={errors.formError} />
        <Form<TInterestSubsidyCreate>
          form={form}
          name="interest-subsidy-create"
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={{ periods: [EMPTY_PERIOD] }}
          onFinish={(values) => {
            errors.clear();
            create.mutate(values);
          }}
        >
          <Form.Item name="pledgeId" label={t('fund.subsidy.pledge')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={loans.map((p) => ({ value: p.id, label: `${p.pledgorName} · ${p.lenderName} · ${formatYuan(p.disbursedAmount)}` }))} />
          </Form.Item>
          <Form.Item name="applicationDate" label={t('fund.subsidy.applicationDate')} rules={[{ required: true }]}>
            <Input type="date" style={{ maxWidth: 200 }} />
          </Form.Item>
          <Form.List name="periods">
            {(fields, { add, remove }) => (
              <Card size="small" title={t('fund.subsidy.periods')} style={{ marginBottom: 16 }}>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" wrap data-testid={`period-${index}`}>
                    <Form.Item name={[field.name, 'periodFrom']} label={t('fund.subsidy.periodFrom')} rules={[{ required: true }]}>
                      <Input type="date" aria-label={`${t('fund.subsidy.periodFrom')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'periodTo']} label={t('fund.subsidy.periodTo')} rules={[{ required: true }]}>
                      <Input type="date" aria-label={`${t('fund.subsidy.periodTo')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'paidOn']} label={t('fund.subsidy.paidOn')} rules={[{ required: true }]}>
                      <Input type="date" aria-label={`${t('fund.subsidy.paidOn')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'interestPaid']} label={t('fund.subsidy.interestPaid')} rules={[{ required: true }]}>
                      <Input inputMode="decimal" aria-label={`${t('fund.subsidy.interestPaid')} ${index + 1}`} />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                        {t('fund.subsidy.remove')}
                      </Button>
                    ) : null}
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add(EMPTY_PERIOD)}>
                  {t('fund.subsidy.addPeriod')}
                </Button>
              </Card>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('fund.subsidy.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
