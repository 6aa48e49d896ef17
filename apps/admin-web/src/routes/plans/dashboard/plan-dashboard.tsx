import { ReloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Empty, Flex, Row, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePlanProgress, usePlans, usePlanTasks, useRefreshProgress } from '@ipbureau/api-client';
import type { TPlan } from '@ipbureau/domain/plans';
import { formatDateTime, PageHeader } from '@ipbureau/ui';
import { useCurrentUser } from '../../../auth/require-auth';
import { currentLocale } from '../../../i18n/i18n';
import { QueryError } from '../../admin/admin-list/query-error';
import { canManagePlans, canWorkPlans } from '../plan-format';
import { DistrictRanking } from './district-ranking';
import { IndicatorCard } from './indicator-card';
import { IndicatorCharts } from './indicator-charts';
import { TaskBoard } from './task-board';

/** The plan being carried out: the active one with the latest period, else the latest shown. */
export function defaultPlan(plans: readonly TPlan[]): TPlan | undefined {
  const active = plans.filter((p) => p.status === 'active').sort((a, b) => b.startYear - a.startYear);
  return active[0] ?? plans[0];
}

function Tasks({ planId }: { planId: string }) {
  const tasks = usePlanTasks(planId);
  if (tasks.isError) return <QueryError error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (tasks.isPending) return <Spin />;
  return <TaskBoard tasks={tasks.data} />;
}

/**
 * The home dashboard of the plan: switch plans and the as-of date (kept in the address, so a
 * view can be shared), the indicators as cards, their charts, the districts ranked and the task
 * board. Officers can have the figures recomputed; leaders (viewers) only read.
 */
export function PlanDashboard() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const plans = usePlans({ pageSize: 100 });
  const shown = (plans.data?.items ?? []).filter((p) => p.status !== 'draft');
  const plan = shown.find((p) => p.id === search.get('plan')) ?? defaultPlan(shown);
  const asOf = search.get('asOf') ?? undefined;
  const progress = usePlanProgress(plan?.id, asOf ? { asOf } : {});
  const refresh = useRefreshProgress({ onSuccess: () => void message.success(t('plans.dashboard.refreshed')), onError: (error) => void message.error(error.message) });
  const working = canWorkPlans(user.roles);

  const set = (key: string, value: string | undefined) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.isPending) return <Spin size="large" />;
  if (!plan) {
    return (
      <Empty description={t('plans.dashboard.noPlan')}>
        {canManagePlans(user.roles) ? <Link to="/plans">{t('plans.dashboard.noPlanManage')}</Link> : null}
      </Empty>
    );
  }

  const data = progress.data;
  return (
    <>
      <PageHeader
        title={plan.name[locale]}
        description={
          <Space wrap>
            <span>{t('plans.dashboard.title')}</span>
            {data ? <span data-testid="computed-at">{t('plans.dashboard.computedAt', { time: formatDateTime(data.computedAt) })}</span> : null}
            {canManagePlans(user.roles) ? null : <Tag>{t('plans.dashboard.readOnly')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <Select
              aria-label={t('plans.dashboard.plan')}
              style={{ minWidth: 260 }}
              value={plan.id}
              onChange={(id) => set('plan', id)}
              options={shown.map((p) => ({ value: p.id, label: `${p.name[locale]}（${p.startYear}–${p.endYear}）` }))}
            />
            <DatePicker
              aria-label={t('plans.dashboard.asOf')}
              placeholder={t('plans.dashboard.asOfToday')}
              value={asOf ? dayjs(asOf) : null}
              onChange={(date) => set('asOf', date ? date.format('YYYY-MM-DD') : undefined)}
            />
            {working ? (
              <Button icon={<ReloadOutlined />} loading={refresh.isPending} onClick={() => refresh.mutate({ planId: plan.id, params: asOf ? { asOf } : {} })}>
                {t('plans.dashboard.refresh')}
              </Button>
            ) : null}
            <Button icon={<FileTextOutlined />} onClick={() => void navigate(`/plans/${plan.id}/report?year=${Math.min(plan.endYear, asOf ? Number(asOf.slice(0, 4)) : dayjs().year())}`)}>
              {t('plans.dashboard.report')}
            </Button>
          </Space>
        }
      />
      {refresh.isPending ? <Alert type="info" showIcon icon={<Spin size="small" />} title={t('plans.dashboard.refreshing')} style={{ marginBottom: 16 }} data-testid="refreshing" /> : null}
      {data?.stale && !refresh.isPending ? <Alert type="info" showIcon title={t('plans.dashboard.stale')} style={{ marginBottom: 16 }} /> : null}
      {progress.isError ? <QueryError error={progress.error} onRetry={() => void progress.refetch()} /> : null}
      {progress.isPending ? <Spin size="large" /> : null}
      {data ? (
        <Flex vertical gap="large">
          <section aria-label={t('plans.dashboard.indicators')}>
            <Spin spinning={refresh.isPending || progress.isFetching}>
              <Row gutter={[16, 16]}>
                {data.indicators.map((p) => (
                  <Col key={p.indicator.id} xs={24} sm={12} lg={8} xxl={6}>
                    <IndicatorCard progress={p} />
                  </Col>
                ))}
              </Row>
            </Spin>
          </section>
          <Tabs
            items={[
              { key: 'charts', label: t('plans.dashboard.charts'), children: <IndicatorCharts indicators={data.indicators} startYear={plan.startYear} endYear={plan.endYear} /> },
              { key: 'districts', label: t('plans.dashboard.districts'), children: <DistrictRanking plan={plan} cityProgress={data} asOf={asOf} /> },
              { key: 'tasks', label: t('plans.dashboard.tasks'), children: <Tasks planId={plan.id} /> },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plans.dashboard.asOf')}：{data.asOf}
          </Typography.Text>
        </Flex>
      ) : null}
    </>
  );
}
