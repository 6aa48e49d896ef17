import { useTranslation } from 'react-i18next';
import { Button, Card, Form, Input, Modal, Select, Space } from 'antd';
import { districtsOf, todayInChina } from '@ipbureau/domain';
import type { TKeyEnterpriseRight } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { useServerErrors } from '@ipbureau/ui';
import { useCreateKeyEnterpriseBatch } from '../../api/credit.queries';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

type EnterpriseValues = { creditCode: string; name: string; district: string; rights?: string };
type Values = { name: string; admittedOn: string; enterprises: EnterpriseValues[] };

/** One protected right per line: a patent by its ZL number, anything else as a trademark registration number. */
function rightsOf(lines: string | undefined): TKeyEnterpriseRight[] {
  return (lines ?? '')
    .split(/[\n,，;；]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((rightNumber) => ({ rightKind: /^ZL/i.test(rightNumber) ? 'patent' : 'trademark', rightNumber }));
}

/** Records a batch of the key-enterprise list with its enterprises; an issue the server names (e.g. `enterprises.0.creditCode`) is marked on its field. */
export function BatchForm({ onDone, onSaved }: { onDone: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form);
  const create = useCreateKeyEnterpriseBatch((saved) => onSaved(saved.id));
  const districts = me.data ? districtsOf(me.data.regionCode).map((d) => ({ value: d.code, label: l.district(d.code) })) : [];
  const submit = (v: Values) => {
    errors.clear();
    create.mutate(
      { name: v.name, admittedOn: v.admittedOn, enterprises: v.enterprises.map((e) => ({ creditCode: e.creditCode, name: e.name, district: e.district, rights: rightsOf(e.rights) })) },
      { onError: (error) => errors.show(error) },
    );
  };
  return (
    <Modal open width={720} title={t('keyEnterprises.create')} okText={t('credit.submit')} cancelText={t('credit.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={create.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<Values> form={form} name="key-enterprise-batch" layout="vertical" initialValues={{ admittedOn: todayInChina(), enterprises: [{}] }} onFinish={submit}>
        <Form.Item name="name" label={t('keyEnterprises.batch')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="admittedOn" label={t('keyEnterprises.admittedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.List name="enterprises">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Card key={field.key} size="small" title={`${t('keyEnterprises.enterprise')} ${i + 1}`} extra={fields.length > 1 && <Button onClick={() => remove(field.name)}>{t('create.remove')}</Button>}>
                  <Form.Item name={[field.name, 'name']} label={t('credit.name')} rules={[{ required: true }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'creditCode']} label={t('credit.creditCode')} rules={[{ required: true }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'district']} label={t('fields.district')} rules={[{ required: true }]}>
                    <Select options={districts} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'rights']} label={t('keyEnterprises.rightsInput')}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                </Card>
              ))}
              <Button onClick={() => add({})}>{t('keyEnterprises.addEnterprise')}</Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
