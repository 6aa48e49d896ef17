import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useChangePlanStatus, usePlan, usePlanTasks, useUpdateTask } from '@ipbureau/api-client';
import { PLAN_STATUS_TRANSITIONS, type TIndicator, type TPlanStatus, type TTask } from '@ipbureau/domain/plans';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import dayjs from 'dayjs';
import { useCurrentUser } from '../../../auth/require-auth';
import { currentLocale } from '../../../i18n/i18n';
import { QueryError } from '../../admin/admin-list/query-error';
import { canApprovePlans, canWorkPlans, formatDecimal } from '../plan-format';
import { IndicatorDrawer } from './indicator-drawer';
import { PLAN_STATUS_TONES } from './plans-page';
import { TaskDrawer } from './task-drawer';
import { TaskReportModal } from './task-report-modal';
import { TargetsModal } from './targets-modal';

const TRANSITION_LABEL: Record<TPlanStatus, string> = { draft: 'plans.detail.activate', active: 'plans.detail.activate', closed: 'plans.detail.close' };

/** One plan: its status, indicators with baselines and targets, and its key tasks. */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const { roles } = useCurrentUser();
  const plan = usePlan(id);
  const tasks = usePlanTasks(id);
  const [editing, setEditing] = useState<TIndicator | null>(null);
  const [adding, setAdding] = useState<'indicator' | 'task' | null>(null);
  const [reporting, setReporting] = useState<TTask | null>(null);
  const changeStatus = useChangePlanStatus({ onSuccess: () => void message.success(t('plans.detail.statusChanged')), onError: (e) => void message.error(e.message) });
  const updateTask = useUpdateTask({ onSuccess: () => void message.success(t('plans.form.saved')), onError: (e) => void message.error(e.message) });
  const approver = canApprovePlans(roles);
  const officer = canWorkPlans(roles);

  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (plan.isPending) return <Spin size="large" />;
  const p = plan.data;

  const markDone = (task: TTask, index: number) =>
    updateTask.mutate({
      planId: p.id,
      taskId: task.id,
      body: {
        milestones: task.milestones.map((m, i) => ({ title: m.title, dueDate: m.dueDate, doneOn: i === index ? dayjs().format('YYYY-MM-DD') : m.doneOn })),
        version: task.version,
      },
    });

  return (
    <>
      <PageHeader
        title={p.name[locale]}
        description={
          <Space>
            {t('plans.list.periodValue', { start: p.startYear, end: p.endYear })}
            <StatusTag status={p.status} tones={PLAN_STATUS_TONES} label={t(`plans.planStatus.${p.status}`)} />
          </Space>
        }
        extra={
          <Space wrap>
            {approver
              ? PLAN_STATUS_TRANSITIONS[p.status].map((next) => (
                  <Button key={next} loading={changeStatus.isPending} onClick={() => changeStatus.mutate({ id: p.id, body: { status: next, version: p.version } })}>
                    {p.status === 'closed' ? t('plans.detail.reopen') : t(TRANSITION_LABEL[next])}
                  </Button>
                ))
              : null}
            <Link to={`/?plan=${p.id}`}>{t('plans.list.dashboard')}</Link>
            <Link to={`/plans/${p.id}/report?year=${p.endYear}`}>{t('plans.list.report')}</Link>
          </Space>
        }
      />
      <Flex vertical gap="large">
        <Card
          title={t('plans.detail.indicators')}
          extra={
            approver ? (
              <Button icon={<PlusOutlined />} onClick={() => setAdding('indicator')}>
                {t('plans.detail.addIndicator')}
              </Button>
            ) : null
          }
        >
          <Table<TIndicator>
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={p.indicators}
            columns={[
              { key: 'name', title: t('plans.report.indicator'), render: (_, i) => i.name[locale] },
              { key: 'semantics', title: t('plans.report.semantics'), render: (_, i) => <Tag>{t(`plans.semantics.${i.semantics}`)}{i.populationBasis ? `·${t(`plans.basis.${i.populationBasis}`)}` : ''}</Tag> },
              { key: 'metric', title: t('plans.form.metric'), render: (_, i) => <Typography.Text code>{`${i.pillar}/${i.metricKey}`}</Typography.Text> },
              { key: 'unit', title: t('plans.report.unit'), render: (_, i) => i.unit[locale] },
              { key: 'baseline', title: t('plans.detail.baseline'), render: (_, i) => (i.baseline.value === null ? (i.baseline.note ?? '—') : `${formatDecimal(i.baseline.value)}（${i.baseline.year}）`) },
              { key: 'targets', title: t('plans.detail.targets'), render: (_, i) => i.targets.map((tg) => `${tg.year}：${formatDecimal(tg.value)}`).join('；') },
              { key: 'source', title: t('plans.detail.source'), dataIndex: 'sourceDepartment' },
              ...(approver
                ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, i: TIndicator) => <Button size="small" onClick={() => setEditing(i)}>{t('plans.detail.editTargets')}</Button> }]
                : []),
            ]}
          />
        </Card>
        <Card
          title={t('plans.detail.tasks')}
          extra={
            officer ? (
              <Button icon={<PlusOutlined />} onClick={() => setAdding('task')}>
                {t('plans.detail.addTask')}
              </Button>
            ) : null
          }
        >
          {tasks.isError ? <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
          <Table<TTask>
            rowKey="id"
            loading={tasks.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={tasks.data ?? []}
            columns={[
              { key: 'where', title: t('plans.detail.chapter'), render: (_, task) => `${task.chapter}${task.item}` },
              { key: 'title', title: t('plans.detail.taskTitle'), dataIndex: 'title' },
              { key: 'dept', title: t('plans.detail.responsible'), render: (_, task) => [task.responsibleDepartment, ...task.cooperatingDepartments].join(t('common.listSeparator')) },
              {
                key: 'milestones',
                title: t('plans.detail.milestones'),
                render: (_, task) => (
                  <Flex vertical gap={2}>
                    {task.milestones.map((m, index) => (
                      <Space key={`${m.title}-${m.dueDate}`} size={4}>
                        <Typography.Text type={m.overdue ? 'danger' : m.doneOn ? 'success' : undefined}>{m.title}</Typography.Text>
                        <Typography.Text type="secondary">{m.doneOn ? t('plans.board.doneOn', { date: m.doneOn }) : t('plans.board.due', { date: m.dueDate })}</Typography.Text>
                        {m.overdue ? <Tag color="error">{t('plans.board.overdue')}</Tag> : null}
                        {officer && !m.doneOn ? (
                          <Button size="small" type="link" onClick={() => markDone(task, index)}>
                            {t('plans.detail.markDone')}
                          </Button>
                        ) : null}
                      </Space>
                    ))}
                  </Flex>
                ),
              },
              { key: 'latest', title: t('plans.detail.reports'), render: (_, task) => (task.latestReport ? `${task.latestReport.period} ${t(`plans.taskStatus.${task.latestReport.status}`)}` : t('plans.board.noReport')) },
              ...(officer ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, task: TTask) => <Button size="small" onClick={() => setReporting(task)}>{t('plans.detail.report')}</Button> }] : []),
            ]}
          />
        </Card>
      </Flex>
      {editing ? <TargetsModal indicator={editing} onClose={() => setEditing(null)} /> : null}
      {adding === 'indicator' ? <IndicatorDrawer plan={p} onClose={() => setAdding(null)} /> : null}
      {adding === 'task' ? <TaskDrawer planId={p.id} onClose={() => setAdding(null)} /> : null}
      {reporting ? <TaskReportModal task={reporting} onClose={() => setReporting(null)} /> : null}
    </>
  );
}
