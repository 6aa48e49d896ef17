import { Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TTask, TTaskReportStatus } from '@ipbureau/domain/plans';
import { StatusTag, type StatusTone } from '@ipbureau/ui';

export const TASK_STATUS_TONES: Record<TTaskReportStatus, StatusTone> = {
  not_started: 'default',
  on_track: 'processing',
  at_risk: 'warning',
  delayed: 'error',
  done: 'success',
};

/** Tasks grouped by their lead department, in board order. */
export function byDepartment(tasks: readonly TTask[]): [string, TTask[]][] {
  const groups = new Map<string, TTask[]>();
  for (const task of [...tasks].sort((a, b) => a.sortOrder - b.sortOrder)) {
    groups.set(task.responsibleDepartment, [...(groups.get(task.responsibleDepartment) ?? []), task]);
  }
  return [...groups];
}

function TaskItem({ task }: { task: TTask }) {
  const { t } = useTranslation();
  const overdue = task.milestones.some((m) => m.overdue);
  return (
    <div data-testid="task" data-overdue={String(overdue)} style={{ padding: 8, borderBottom: '1px solid #f0f0f0', ...(overdue ? { background: '#fff1f0' } : {}) }}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Typography.Text strong>
          {task.chapter}
          {task.item} {task.title}
        </Typography.Text>
        {task.cooperatingDepartments.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plans.board.cooperating', { departments: task.cooperatingDepartments.join(t('common.listSeparator')) })}
          </Typography.Text>
        ) : null}
        {task.milestones.map((m) => (
          <Flex key={`${m.title}-${m.dueDate}`} gap={6} align="center" wrap data-testid="milestone" data-overdue={String(m.overdue)}>
            <Typography.Text type={m.overdue ? 'danger' : m.doneOn ? 'success' : undefined}>{m.title}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.doneOn ? t('plans.board.doneOn', { date: m.doneOn }) : t('plans.board.due', { date: m.dueDate })}
            </Typography.Text>
            {m.overdue ? <Tag color="error">{t('plans.board.overdue')}</Tag> : null}
          </Flex>
        ))}
        {task.latestReport ? (
          <Flex gap={6} align="center" wrap>
            <StatusTag status={task.latestReport.status} tones={TASK_STATUS_TONES} label={t(`plans.taskStatus.${task.latestReport.status}`)} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('plans.board.latest', { period: task.latestReport.period })}
            </Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, width: '100%' }}>
              {task.latestReport.text}
            </Typography.Paragraph>
          </Flex>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plans.board.noReport')}
          </Typography.Text>
        )}
      </Flex>
    </div>
  );
}

/** The plan's key tasks by lead department; a task with an overdue milestone stands out in red. */
export function TaskBoard({ tasks }: { tasks: readonly TTask[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <Empty description={t('plans.board.empty')} />;
  return (
    <Row gutter={[16, 16]}>
      {byDepartment(tasks).map(([department, list]) => (
        <Col key={department} xs={24} md={12} xl={8}>
          <Card size="small" title={t('plans.board.department', { department })} data-testid="task-column" data-department={department}>
            {list.map((task) => (
              <TaskItem key={task.id} task={task} />
            ))}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
