import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Card, Empty, Flex, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { hasModuleLevel, todayInChina } from '@ipbureau/domain';
import {
  RAPID_REQUEST_KIND_LABELS,
  RAPID_REQUEST_KINDS,
  DATED_RULE_STATE_LABELS,
  type TRapidServiceLevel,
  type TRapidServiceLevelCreateInput,
  type TDatedRuleState,
} from '@ipbureau/domain/protection';
import { useMe } from '@ipbureau/api-client';
import { DataTable, PageHeader, useServerErrors } from '@ipbureau/ui';
import { useAddRapidServiceLevel, useRapidServiceLevels } from '../../api/rapid-protection.api';
import { FormAlert } from '../../forms/form-alert';
import { useLabels } from '../../labels';

const STATE_COLORS: Record<TDatedRuleState, string> = { superseded: 'default', in_force: 'success', scheduled: 'processing' };

/**
 * The rapid protection centre's service levels 服务时限, per kind by effective date, next to the
 * working-day calendar they are counted on; the section chief adds a level from a date.
 */
export function RapidServiceLevelsPage() {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const me = useMe();
  const canEdit = !!me.data && hasModuleLevel(me.data.roles, 'protection', 'approver');
  const [adding, setAdding] = useState(false);
  const levels = useRapidServiceLevels();

  const columns: TableColumnsType<TRapidServiceLevel> = [
    { title: t('rapidLevels.effectiveFrom'), dataIndex: 'effectiveFrom' },
    { title: t('rapidLevels.workingDays'), dataIndex: 'workingDays', render: (days: number) => t('rapidLevels.workingDaysValue', { days }) },
    { title: t('rapidLevels.basis'), key: 'basis', render: (_v, level) => (l.locale === 'en' ? level.basisEn : level.basisZh) },
    { title: t('rapidLevels.state'), dataIndex: 'state', render: (state: TDatedRuleState) => <Tag color={STATE_COLORS[state]}>{l.label(DATED_RULE_STATE_LABELS, state)}</Tag> },
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
    </>
  );
}

/** Adds a level from a date; the server refuses a date taken by its kind or one already clocked under the previous level. */
function AddLevel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('protection');
  const l = useLabels();
  const [form] = Form.useForm<TRapidServiceLevelCreateInput>();
  const errors = useServerErrors(form);
  const add = useAddRapidServiceLevel(onDone);
  return (
    <Modal open title={t('rapidLevels.add')} okText={t('detail.submit')} cancelText={t('detail.cancel')} onOk={() => form.submit()} onCancel={onDone} confirmLoading={add.isPending} destroyOnHidden>
      <FormAlert message={errors.formError} />
      <Form<TRapidServiceLevelCreateInput>
        form={form}
        name="rapid-service-level"
        layout="vertical"
        initialValues={{ kind: 'pre_examination', effectiveFrom: todayInChina() }}
        onFinish={(values) => {
          errors.clear();
          add.mutate(values, { onError: (error) => errors.show(error) });
        }}
      >
        <Form.Item name="kind" label={t('rapidLevels.kind')} rules={[{ required: true }]}>
          <Select options={l.options(RAPID_REQUEST_KIND_LABELS)} />
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
      </Form>
    </Modal>
  );
}
