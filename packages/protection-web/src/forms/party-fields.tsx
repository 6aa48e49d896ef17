import { useTranslation } from 'react-i18next';
import { Button, Card, Form, Input, Select, Space } from 'antd';
import { CASE_PARTY_ROLE_LABELS, type TCaseParty, type TCasePartyInput } from '@ipbureau/domain/protection';
import { useLabels } from '../labels';

/** One party as the form holds it: the credit code only shows (and counts) for an organization. */
export type PartyRow = { kind: TCasePartyInput['kind']; role: TCasePartyInput['role']; name: string; creditCode?: string };

export const toPartyInputs = (rows: PartyRow[]): TCasePartyInput[] =>
  rows.map(({ kind, role, name, creditCode }) => (kind === 'organization' ? { kind, role, name, creditCode: creditCode ?? '' } : { kind, role, name }));

export const toPartyRows = (parties: TCaseParty[]): PartyRow[] => parties.map(({ kind, role, name, creditCode }) => ({ kind, role, name, ...(creditCode ? { creditCode } : {}) }));

/** The parties of a case inside a form whose values have `parties: PartyRow[]`. */
export function PartyFields() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const form = Form.useFormInstance();
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <Card size="small" title={t('fields.parties')} style={{ marginBottom: 24 }}>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item name={[field.name, 'kind']} label={t('fields.partyKind')}>
                <Select
                  style={{ width: 110 }}
                  options={[
                    { value: 'organization', label: t('fields.organization') },
                    { value: 'person', label: t('fields.person') },
                  ]}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'role']} label={t('fields.partyRole')}>
                <Select style={{ width: 110 }} options={l.options(CASE_PARTY_ROLE_LABELS)} />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} label={t('fields.partyName')} rules={[{ required: true }]}>
                <Input style={{ width: 220 }} />
              </Form.Item>
              <Form.Item noStyle dependencies={[['parties', field.name, 'kind']]}>
                {() =>
                  form.getFieldValue(['parties', field.name, 'kind']) === 'organization' ? (
                    <Form.Item name={[field.name, 'creditCode']} label={t('fields.creditCode')} rules={[{ required: true }]}>
                      <Input style={{ width: 200 }} />
                    </Form.Item>
                  ) : null
                }
              </Form.Item>
              {fields.length > 1 && (
                <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>
                  {t('create.remove')}
                </Button>
              )}
            </Space>
          ))}
          <Button onClick={() => add({ kind: 'person', role: 'respondent', name: '' })}>{t('create.addParty')}</Button>
        </Card>
      )}
    </Form.List>
  );
}
