import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Form, Input, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import { DATED_RULE_STATE_LABELS, type TDatedRuleState, type TReportRewardRule, type TReportRewardRuleCreateInput, type TReportRewardRuleUpdateInput } from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { DataTable, PageHeader } from '@ipbureau/ui';
import { useAddRewardRule, useRewardRules, useUpdateRewardRule } from '../../api/reports.queries';
import { changedFields, changedSince, DatedRuleModal, type StaleCheck } from '../../forms/dated-rule-modal';
import { useLabels } from '../../labels';

const STATE_COLORS: Record<TDatedRuleState, string> = { superseded: 'default', in_force: 'success', scheduled: 'processing' };
/** "0.05" → "5", without the float noise of 0.07 × 100. */
const percent = (rate: string) => (Number(rate) * 100).toFixed(2).replace(/\.?0+$/, '');

/** The report reward rules 举报奖励标准 by effective date; the section chief adds a rule from a date and corrects one still scheduled. */
export function ReportRewardRulesPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canEdit = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'approver');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TReportRewardRule | null>(null);
  const [stale, setStale] = useState(false);
  const rules = useRewardRules();

  const columns: TableColumnsType<TReportRewardRule> = [
    { title: t('rewardRules.effectiveFrom'), dataIndex: 'effectiveFrom' },
    { title: t('rewardRules.rate'), dataIndex: 'rate', render: (rate: string) => t('rewardRules.ratePercent', { percent: percent(rate) }) },
    { title: t('rewardRules.floor'), dataIndex: 'floor', render: (v: string) => l.yuan(v) },
    { title: t('rewardRules.cap'), dataIndex: 'cap', render: (v: string) => l.yuan(v) },
    { title: t('rewardRules.basis'), key: 'basis', render: (_v, rule) => (l.locale === 'en' ? rule.basisEn : rule.basisZh) },
    { title: t('rewardRules.code'), dataIndex: 'code' },
    { title: t('rewardRules.state'), dataIndex: 'state', render: (state: TDatedRuleState) => <Tag color={STATE_COLORS[state]}>{l.label(DATED_RULE_STATE_LABELS, state)}</Tag> },
    ...(canEdit
      ? [
          {
            title: t('rewardRules.actions'),
            key: 'actions',
            render: (_v: unknown, rule: TReportRewardRule) =>
              rule.state === 'scheduled' && (
                <Button type="link" size="small" onClick={() => setEditing(rule)}>
                  {t('rewardRules.edit')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('rewardRules.title')}
        description={t('rewardRules.description')}
        extra={
          <Space>
            <Link to="../reports">{t('report.title')}</Link>
            {canEdit && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('rewardRules.add')}
              </Button>
            )}
          </Space>
        }
      />
      {stale && <Alert type="warning" showIcon closable title={t('rewardRules.stale')} style={{ marginBottom: 16 }} onClose={() => setStale(false)} />}
      <DataTable<TReportRewardRule> columns={columns} rows={rules.data ?? []} rowKey="id" loading={rules.isFetching} page={1} pageSize={100} total={rules.data?.length ?? 0} onChange={() => undefined} />
      {adding && <AddRule onDone={() => setAdding(false)} />}
      {editing && (
        <EditRule
          key={editing.id}
          rule={editing}
          onDone={() => setEditing(null)}
          stale={{
            check: async () => changedSince((await rules.refetch()).data, editing),
            onStale: () => {
              setEditing(null);
              setStale(true);
            },
          }}
        />
      )}
    </>
  );
}

/** Adds a rule from a date; the server refuses a date already taken or one already rewarded under the previous rule. */
function AddRule({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const add = useAddRewardRule(onDone);
  return (
    <DatedRuleModal<TReportRewardRuleCreateInput, TReportRewardRuleCreateInput>
      title={t('rewardRules.add')}
      name="report-reward-rule"
      initialValues={{ effectiveFrom: todayInChina() }}
      save={add}
      toBody={(values) => values}
      onDone={onDone}
    >
      <RuleFields />
    </DatedRuleModal>
  );
}

const UPDATABLE = ['rate', 'floor', 'cap', 'basisZh', 'basisEn', 'effectiveFrom'] as const;

/** Corrects a scheduled rule: sends the fields changed, with the version read. */
function EditRule({ rule, onDone, stale }: { rule: TReportRewardRule; onDone: () => void; stale: StaleCheck }) {
  const { t } = useTranslation('protection');
  const update = useUpdateRewardRule(rule.id, onDone);
  return (
    <DatedRuleModal<TReportRewardRule, TReportRewardRuleUpdateInput>
      title={t('rewardRules.editTitle')}
      name="report-reward-rule-edit"
      initialValues={rule}
      save={update}
      toBody={(values) => {
        const changes = changedFields(rule, values, UPDATABLE);
        return Object.keys(changes).length === 0 ? null : { version: rule.version, ...changes };
      }}
      onDone={onDone}
      stale={stale}
    >
      <RuleFields />
    </DatedRuleModal>
  );
}

/** The fields of a rule, for adding one and correcting a scheduled one. */
function RuleFields() {
  const { t } = useTranslation('protection');
  const required = (key: string) => [{ required: true, whitespace: true, message: t(`rewardRules.${key}`) }];
  return (
    <>
      <Form.Item name="effectiveFrom" label={t('rewardRules.effectiveFrom')} rules={required('effectiveFromRequired')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="rate" label={t('rewardRules.rate')} rules={required('rateRequired')}>
        <Input placeholder="0.05" />
      </Form.Item>
      <Form.Item name="floor" label={t('rewardRules.floor')} rules={required('floorRequired')}>
        <Input />
      </Form.Item>
      <Form.Item name="cap" label={t('rewardRules.cap')} rules={required('capRequired')}>
        <Input />
      </Form.Item>
      <Form.Item name="basisZh" label={t('rewardRules.basisZh')} rules={[...required('basisRequired'), { max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="basisEn" label={t('rewardRules.basisEn')} rules={[...required('basisRequired'), { max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
