import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Targets by year: one row per year, year and exact value. */
export function TargetsField({ name }: { name: (string | number)[] }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={0}>
          <Typography.Text strong style={{ marginBottom: 8 }}>
            {t('plans.form.targets')}
          </Typography.Text>
          {fields.map((field) => (
            <Flex key={field.key} gap="small" align="flex-start">
              <Form.Item name={[field.name, 'year']} label={t('plans.form.targetYear')} rules={[{ required: true, message: t('plans.form.required') }]}>
                <InputNumber min={1990} max={2100} />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} label={t('plans.form.targetValue')} rules={[{ required: true, whitespace: true, message: t('plans.form.required') }]}>
                <Input inputMode="decimal" />
              </Form.Item>
              {fields.length > 1 ? <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(field.name)} /> : null}
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ value: '' })} style={{ alignSelf: 'flex-start', marginBottom: 16 }}>
            {t('plans.form.addTarget')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
