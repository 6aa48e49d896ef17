import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TPatentCreate } from '@ipbureau/domain/creation';
import { PageHeader } from '@ipbureau/ui';
import { useRegisterPatent } from '../../features/patents/api/patents.mutations';
import { useRegionDistricts } from '../../features/labels';
import { creationPaths } from '../../paths';
import { FormError, useServerErrors } from '@ipbureau/ui';

type Values = { applicationNumber: string; title: string; applicantName: string; applicantCreditCode?: string; district: string; filingDate: string; ipcSymbols?: string[]; agencyCreditCode?: string; agentLicenceNumber?: string };
const FIELDS = ['applicationNumber', 'title', 'applicantName', 'applicantCreditCode', 'district', 'filingDate', 'ipcSymbols', 'agencyCreditCode', 'agentLicenceNumber'] as const;

/** Register a patent application; the server checks the number, its year and the district. */
export function PatentCreate() {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const districts = useRegionDistricts();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);
  const register = useRegisterPatent({
    onSuccess: (patent) => {
      void message.success(t('patent.created'));
      void navigate(creationPaths.patent(patent.id));
    },
    onError: errors.show,
  });

  const submit = (values: Values) => {
    errors.clear();
    const body: TPatentCreate = {
      applicationNumber: values.applicationNumber,
      title: values.title,
      applicantName: values.applicantName,
      applicantCreditCode: values.applicantCreditCode?.trim() ? values.applicantCreditCode.trim() : null,
      district: values.district,
      filingDate: values.filingDate,
      ipcSymbols: values.ipcSymbols ?? [],
      agencyCreditCode: values.agencyCreditCode?.trim() ? values.agencyCreditCode.trim() : null,
      agentLicenceNumber: values.agentLicenceNumber?.trim() ? values.agentLicenceNumber.trim() : null,
    };
    register.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('patent.createTitle')} description={t('patent.createDescription')} />
      <Card style={{ maxWidth: 720 }}>
        <FormError message={errors.formError} />
        <Form<Values> form={form} name="patent-create" layout="vertical" onFinish={submit}>
          <Form.Item name="applicationNumber" label={t('patent.applicationNumber')} rules={[{ required: true }]}>
            <Input placeholder="201710601862.3" />
          </Form.Item>
          <Form.Item name="title" label={t('patent.title')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="applicantName" label={t('patent.applicant')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="applicantCreditCode" label={t('patent.applicantCreditCode')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="district" label={t('common.district')} rules={[{ required: true }]}>
            <Select options={districts} />
          </Form.Item>
          <Form.Item name="filingDate" label={t('patent.filingDate')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="ipcSymbols" label={t('patent.ipcSymbols')} extra={t('patent.ipcHint')}>
            <Select mode="tags" open={false} tokenSeparators={[',', '，', ';']} />
          </Form.Item>
          <Form.Item name="agencyCreditCode" label={t('patent.agencyCreditCode')}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="agentLicenceNumber" label={t('patent.agentLicenceNumber')}>
            <Input maxLength={40} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={register.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => void navigate(creationPaths.patents)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
