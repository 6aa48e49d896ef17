import type { RouteObject } from 'react-router';
import { RequireAccess } from '../../auth/require-access';
import { PlanDetailPage } from './manage/plan-detail-page';
import { PlanCreatePage } from './manage/plan-create-page';
import { PlansPage } from './manage/plans-page';
import { canApprovePlans, canManagePlans, canSeePlans } from './plan-format';
import { PlanReportPage } from './report/plan-report-page';

export const PLANS_BASE = '/plans';

/** Plan management for officers and approvers; the evaluation report for every plan role. */
export const planRoutes: RouteObject[] = [
  { path: PLANS_BASE, element: <RequireAccess allowed={canManagePlans}><PlansPage /></RequireAccess> },
  { path: `${PLANS_BASE}/new`, element: <RequireAccess allowed={canApprovePlans}><PlanCreatePage /></RequireAccess> },
  { path: `${PLANS_BASE}/:id`, element: <RequireAccess allowed={canManagePlans}><PlanDetailPage /></RequireAccess> },
  { path: `${PLANS_BASE}/:id/report`, element: <RequireAccess allowed={canSeePlans}><PlanReportPage /></RequireAccess> },
];
