import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableColumnsType } from 'antd';
import type { TAwardGrade, TAwardLevel, TPatentAward, TPatentAwardKind, TPatentDetail, TPatentFamilyMember } from '@ipbureau/domain/creation';
import { FormError, useServerErrors } from '@ipbureau/ui';
import { useAddAward, useAddFamilyMember, useRemoveAward, useRemoveFamilyMember } from '../../features/high-value/api/high-value.queries';
import { AWARD_GRADE_OPTIONS, AWARD_KIND_OPTIONS, AWARD_LEVEL_OPTIONS, useCreationLabels } from '../../features/labels';

type FamilyValues = { country: string; number: string; grantDate?: string };
const FAMILY_FIELDS = ['country', 'number', 'grantDate'] as const;
type AwardValues = { kind: TPatentAwardKind; level: TAwardLevel; year: number; grade: TAwardGrade };
const AWARD_FIELDS = ['kind', 'level', 'year', 'grade'] as const;

function FamilyMemberDialog({ patentId, onClose }: { patentId: string; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const [form] = Form.useForm<FamilyValues>();
  const errors = useServerErrors(form, FAMILY_FIELDS);
  const add = useAddFamilyMember({
    onSuccess: () => {
      void message.success(t('highValue.saved'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('highValue.addFamilyMember')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={add.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<FamilyValues>
        form={form}
        name="family-member-add"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          add.mutate({ id: patentId, body: { country: values.country, number: values.number, grantDate: values.grantDate || null } });
        }}
      >
        <Form.Item name="country" label={t('highValue.country')} rules={[{ required: true }]}>
          <Input maxLength={2} placeholder="US" />
        </Form.Item>
        <Form.Item name="number" label={t('highValue.number')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="grantDate" label={t('highValue.grantDate')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AwardDialog({ patentId, onClose }: { patentId: string; onClose: () => void }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<AwardValues>();
  const errors = useServerErrors(form, AWARD_FIELDS);
  const add = useAddAward({
    onSuccess: () => {
      void message.success(t('highValue.saved'));
      onClose();
    },
    onError: errors.show,
  });
  return (
    <Modal open title={t('highValue.addAward')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={add.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <FormError message={errors.formError} />
      <Form<AwardValues>
        form={form}
        name="award-add"
        layout="vertical"
        onFinish={(values) => {
          errors.clear();
          add.mutate({ id: patentId, body: values });
        }}
      >
        <Form.Item name="kind" label={t('highValue.awardKind')} rules={[{ required: true }]}>
          <Select options={AWARD_KIND_OPTIONS.map((kind) => ({ value: kind, label: labels.awardKind(kind) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('highValue.awardLevel')} rules={[{ required: true }]}>
          <Select options={AWARD_LEVEL_OPTIONS.map((level) => ({ value: level, label: labels.awardLevel(level) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('highValue.year')} rules={[{ required: true }]}>
          <InputNumber min={1985} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="grade" label={t('highValue.grade')} rules={[{ required: true }]}>
          <Select options={AWARD_GRADE_OPTIONS.map((grade) => ({ value: grade, label: labels.awardGrade(grade) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The facts of the high-value rule kept on the patent: family members abroad and awards. */
export function PatentFactsCard({ patent }: { patent: TPatentDetail }) {
  const { t } = useTranslation('creation');
  const labels = useCreationLabels();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'family' | 'award' | null>(null);
  const removed = { onSuccess: () => void message.success(t('highValue.removed')), onError: (error: Error) => void message.error(error.message) };
  const removeMember = useRemoveFamilyMember(removed);
  const removeAward = useRemoveAward(removed);
  const remove = (onConfirm: () => void) => (
    <Popconfirm title={t('highValue.removeConfirm')} okText={t('highValue.remove')} cancelText={t('common.cancel')} onConfirm={onConfirm}>
      <Button size="small" danger>
        {t('highValue.remove')}
      </Button>
    </Popconfirm>
  );

  const familyColumns: TableColumnsType<TPatentFamilyMember> = [
    { title: t('highValue.country'), dataIndex: 'country' },
    { title: t('highValue.number'), dataIndex: 'number' },
    { title: t('highValue.grantDate'), dataIndex: 'grantDate', render: (date: string | null) => date ?? t('highValue.pending') },
    { title: '', key: 'remove', render: (_: unknown, m) => remove(() => removeMember.mutate({ id: patent.id, memberId: m.id })) },
  ];
  const awardColumns: TableColumnsType<TPatentAward> = [
    { title: t('highValue.year'), dataIndex: 'year' },
    { title: t('highValue.awardLevel'), dataIndex: 'level', render: (level: TAwardLevel) => labels.awardLevel(level) },
    { title: t('highValue.awardKind'), dataIndex: 'kind', render: (kind: TPatentAwardKind) => labels.awardKind(kind) },
    { title: t('highValue.grade'), dataIndex: 'grade', render: (grade: TAwardGrade) => labels.awardGrade(grade) },
    { title: '', key: 'remove', render: (_: unknown, a) => remove(() => removeAward.mutate({ id: patent.id, awardId: a.id })) },
  ];

  return (
    <Card>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('highValue.familyMembers')}
          </Typography.Title>
          <Button onClick={() => setDialog('family')}>{t('highValue.addFamilyMember')}</Button>
        </Space>
        <Table<TPatentFamilyMember> size="small" rowKey="id" columns={familyColumns} dataSource={patent.familyMembers} pagination={false} />
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('highValue.awards')}
          </Typography.Title>
          <Button onClick={() => setDialog('award')}>{t('highValue.addAward')}</Button>
        </Space>
        <Table<TPatentAward> size="small" rowKey="id" columns={awardColumns} dataSource={patent.awards} pagination={false} />
      </Space>
      {dialog === 'family' ? <FamilyMemberDialog patentId={patent.id} onClose={() => setDialog(null)} /> : null}
      {dialog === 'award' ? <AwardDialog patentId={patent.id} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
