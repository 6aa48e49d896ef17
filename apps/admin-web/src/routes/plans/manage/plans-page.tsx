import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePlans } from '@ipbureau/api-client';
import type { TPlan, TPlanStatus } from '@ipbureau/domain/plans';
import { DataTable, PageHeader, StatusTag, type StatusTone } from '@ipbureau/ui';
import { useCurrentUser } from '../../../auth/require-auth';
import { currentLocale } from '../../../i18n/i18n';
import { QueryError } from '../../admin/admin-list/query-error';
import { canApprovePlans } from '../plan-format';

export const PLAN_STATUS_TONES: Record<TPlanStatus, StatusTone> = { draft: 'default', active: 'processing', closed: 'success' };

/** Every plan of the region, latest period first, with a way to create the next one. */
export function PlansPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const plans = usePlans(paging);

  return (
    <>
      <PageHeader
        title={t('plans.list.title')}
        description={t('plans.list.description')}
        extra={
          canApprovePlans(user.roles) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/plans/new')}>
              {t('plans.list.create')}
            </Button>
          ) : null
        }
      />
      {plans.isError ? <QueryError error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      <DataTable<TPlan>
        rowKey="id"
        loading={plans.isPending}
        rows={plans.data?.items ?? []}
        total={plans.data?.total ?? 0}
        page={paging.page}
        pageSize={paging.pageSize}
        onChange={(page, pageSize) => setPaging({ page, pageSize })}
        columns={[
          { key: 'name', title: t('plans.list.name'), render: (_, plan) => <Link to={`/plans/${plan.id}`}>{plan.name[locale]}</Link> },
          { key: 'period', title: t('plans.list.period'), render: (_, plan) => t('plans.list.periodValue', { start: plan.startYear, end: plan.endYear }) },
          { key: 'status', title: t('plans.list.status'), render: (_, plan) => <StatusTag status={plan.status} tones={PLAN_STATUS_TONES} label={t(`plans.planStatus.${plan.status}`)} /> },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, plan) => (
              <Space>
                <Link to={`/plans/${plan.id}`}>{t('plans.list.open')}</Link>
                <Link to={`/?plan=${plan.id}`}>{t('plans.list.dashboard')}</Link>
                <Link to={`/plans/${plan.id}/report?year=${plan.endYear}`}>{t('plans.list.report')}</Link>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
