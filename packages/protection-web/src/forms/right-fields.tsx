import { useTranslation } from 'react-i18next';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { isValidPatentNumber, isValidTrademarkNumber } from '@ipbureau/domain';
import { CASE_RIGHT_KIND_LABELS, NUMBERED_CASE_RIGHT_KINDS, type TCaseRightInput, type TCaseRightKind } from '@ipbureau/domain/protection';
import { useLabels } from '../labels';

/** One right involved as the form holds it; empty number and title are left out when sent. */
export type RightRow = { kind: TCaseRightKind; number?: string; title?: string };

export const toRightInputs = (rows: RightRow[] | undefined): TCaseRightInput[] =>
  (rows ?? []).map(({ kind, number, title }) => ({ kind, ...(number?.trim() ? { number: number.trim() } : {}), ...(title?.trim() ? { title: title.trim() } : {}) }));

/**
 * The rights a case involves 涉案权利 inside a form whose values have `rights: RightRow[]`: a
 * patent or mark number is checked as typed, with the domain's validators, before it is sent.
 */
export function RightFields() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const form = Form.useFormInstance();
  const numberRule = (name: number) => ({
    validator: (_rule: unknown, value: string | undefined) => {
      const kind = form.getFieldValue(['rights', name, 'kind']) as TCaseRightKind;
      const number = value?.trim() ?? '';
      if (!number) return NUMBERED_CASE_RIGHT_KINDS.includes(kind) ? Promise.reject(new Error(t('rights.numberRequired'))) : Promise.resolve();
      if (kind === 'patent' && !isValidPatentNumber(number)) return Promise.reject(new Error(t('rights.patentNumber')));
      if (kind === 'trademark' && !isValidTrademarkNumber(number)) return Promise.reject(new Error(t('rights.trademarkNumber')));
      return Promise.resolve();
    },
  });
  return (
    <Form.List name="rights">
      {(fields, { add, remove }) => (
        <Card size="small" title={t('fields.rights')} style={{ marginBottom: 24 }}>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item name={[field.name, 'kind']} label={t('fields.rightKind')}>
                <Select style={{ width: 130 }} options={l.options(CASE_RIGHT_KIND_LABELS)} />
              </Form.Item>
              <Form.Item name={[field.name, 'number']} label={t('fields.rightNumber')} dependencies={[['rights', field.name, 'kind']]} rules={[numberRule(field.name)]}>
                <Input style={{ width: 200 }} placeholder="ZL201710601862.3" />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} label={t('fields.rightTitle')}>
                <Input style={{ width: 220 }} />
              </Form.Item>
              <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                {t('create.remove')}
              </Button>
            </Space>
          ))}
          <Button onClick={() => add({ kind: 'patent' })}>{t('create.addRight')}</Button>
        </Card>
      )}
    </Form.List>
  );
}
