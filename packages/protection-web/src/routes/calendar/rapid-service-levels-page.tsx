import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, Flex, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import {
  RAPID_REQUEST_KIND_LABELS,
  RAPID_REQUEST_KINDS,
  DATED_RULE_STATE_LABELS,
  type TRapidServiceLevel,
  type TRapidServiceLevelCreateInput,
  type TRapidServiceLevelUpdateInput,
  type TDatedRuleState,
} from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { DataTable, PageHeader } from '@ipbureau/ui';
import { useAddRapidServiceLevel, useRapidServiceLevels, useUpdateRapidServiceLevel } from '../../api/rapid-protection.api';
import { changedFields, changedSince, DatedRuleModal, type StaleCheck } from '../../forms/dated-rule-modal';
import { useLabels } from '../../labels';

const STATE_COLORS: Record<TDatedRuleState, string> = { superseded: 'default', in_force: 'success', scheduled: 'processing' };

/**
 * The rapid protection centre's service levels 服务时限, per kind by effective date, next to the
 * working-day calendar they are counted on; the section chief adds a level from a date and corrects
 * one still scheduled (the server refuses a change to one already applied).
 */
export function RapidServiceLevelsPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canEdit = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'approver');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TRapidServiceLevel | null>(null);
  const [stale, setStale] = useState(false);
  const levels = useRapidServiceLevels();

  const columns: TableColumnsType<TRapidServiceLevel> = [
    { title: t('rapidLevels.effectiveFrom'), dataIndex: 'effectiveFrom' },
    { title: t('rapidLevels.workingDays'), dataIndex: 'workingDays', render: (days: number) => t('rapidLevels.workingDaysValue', { days }) },
    { title: t('rapidLevels.basis'), key: 'basis', render: (_v, level) => (l.locale === 'en' ? level.basisEn : level.basisZh) },
    { title: t('rapidLevels.state'), dataIndex: 'state', render: (state: TDatedRuleState) => <Tag color={STATE_COLORS[state]}>{l.label(DATED_RULE_STATE_LABELS, state)}</Tag> },
    ...(canEdit
      ? [
          {
            title: t('rapidLevels.actions'),
            key: 'actions',
            render: (_v: unknown, level: TRapidServiceLevel) =>
              level.state === 'scheduled' && (
                <Button type="link" size="small" onClick={() => setEditing(level)}>
                  {t('rapidLevels.edit')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('rapidLevels.title')}
        description={t('rapidLevels.description')}
        extra={
          <Space>
            <Link to="../rapid-protection">{t('rapid.nav')}</Link>
            <Link to="../calendar">{t('nav.calendar')}</Link>
            {canEdit && (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('rapidLevels.add')}
              </Button>
            )}
          </Space>
        }
      />
      {stale && <Alert type="warning" showIcon closable title={t('rapidLevels.stale')} style={{ marginBottom: 16 }} onClose={() => setStale(false)} />}
      <Flex vertical gap="middle">
        {RAPID_REQUEST_KINDS.map((kind) => {
          const rows = (levels.data ?? []).filter((level) => level.kind === kind);
          return (
            <Card key={kind} title={l.label(RAPID_REQUEST_KIND_LABELS, kind)} data-testid={`levels-${kind}`}>
              {!levels.isFetching && rows.length === 0 ? (
                <Empty description={t('rapidLevels.none')} />
              ) : (
                <DataTable<TRapidServiceLevel> columns={columns} rows={rows} rowKey="id" loading={levels.isFetching} page={1} pageSize={100} total={rows.length} onChange={() => undefined} />
              )}
            </Card>
          );
        })}
      </Flex>
      {adding && <AddLevel onDone={() => setAdding(false)} />}
      {editing && (
        <EditLevel
          key={editing.id}
          level={editing}
          onDone={() => setEditing(null)}
          stale={{
            check: async () => changedSince((await levels.refetch()).data, editing),
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

/** Adds a level from a date; the server refuses a date taken by its kind or one already clocked under the previous level. */
function AddLevel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const add = useAddRapidServiceLevel(onDone);
  return (
    <DatedRuleModal<TRapidServiceLevelCreateInput, TRapidServiceLevelCreateInput>
      title={t('rapidLevels.add')}
      name="rapid-service-level"
      initialValues={{ kind: 'pre_examination', effectiveFrom: todayInChina() }}
      save={add}
      toBody={(values) => values}
      onDone={onDone}
    >
      <LevelFields />
    </DatedRuleModal>
  );
}

const UPDATABLE = ['workingDays', 'basisZh', 'basisEn', 'effectiveFrom'] as const;

/** Corrects a scheduled level: sends the fields changed, with the version read; a level's kind stays. */
function EditLevel({ level, onDone, stale }: { level: TRapidServiceLevel; onDone: () => void; stale: StaleCheck }) {
  const { t } = useTranslation('protection');
  const update = useUpdateRapidServiceLevel(level.id, onDone);
  return (
    <DatedRuleModal<TRapidServiceLevel, TRapidServiceLevelUpdateInput>
      title={t('rapidLevels.editTitle')}
      name="rapid-service-level-edit"
      initialValues={level}
      save={update}
      toBody={(values) => {
        const changes = changedFields(level, values, UPDATABLE);
        return Object.keys(changes).length === 0 ? null : { version: level.version, ...changes };
      }}
      onDone={onDone}
      stale={stale}
    >
      <LevelFields editing />
    </DatedRuleModal>
  );
}

/** The fields of a level, for adding one and correcting a scheduled one. */
function LevelFields({ editing = false }: { editing?: boolean }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  return (
    <>
      <Form.Item name="kind" label={t('rapidLevels.kind')} rules={[{ required: true }]}>
        <Select options={l.options(RAPID_REQUEST_KIND_LABELS)} disabled={editing} />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('rapidLevels.effectiveFrom')} rules={[{ required: true, message: t('rapidLevels.effectiveFromRequired') }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="workingDays"
        label={t('rapidLevels.workingDays')}
        rules={[
          { required: true, message: t('rapidLevels.workingDaysRequired') },
          { type: 'integer', min: 1, max: 250, message: t('rapidLevels.workingDaysRange') },
        ]}
      >
        <InputNumber min={1} max={250} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="basisZh" label={t('rapidLevels.basisZh')} rules={[{ required: true, whitespace: true, message: t('rapidLevels.basisRequired') }, { max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="basisEn" label={t('rapidLevels.basisEn')} rules={[{ required: true, whitespace: true, message: t('rapidLevels.basisRequired') }, { max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
