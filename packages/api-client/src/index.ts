export { createApiClient, REFRESH_PATH } from './client/api-client';
export type { ApiClient, ApiClientOptions, RequestOptions, QueryValue } from './client/api-client';
export { ApiError } from './client/api-error';
export { exportXlsx } from './client/export-xlsx';
export { createTokenStore } from './client/token-store';
export type { TokenStore } from './client/token-store';
export { SERVICES, servicePath } from './client/services';
export type { TServiceName } from './client/services';
export { ApiClientProvider, useApiClient, useSignedIn } from './react/api-client-context';
export { queryKeys } from './query-keys';
export { authApi } from './auth/auth.api';
export { authQueries, useMe } from './auth/auth.queries';
export { useChangePassword, useLogin, useLogout } from './auth/auth.mutations';
export { useInvalidatingMutation } from './react/invalidating-mutation';
export type { CallerOptions } from './react/invalidating-mutation';
export { usersApi } from './users/users.api';
export type { TUserListParams } from './users/users.api';
export { usersQueries, useUser, useUsers } from './users/users.queries';
export { useCreateUser, useResetUserPassword, useUnlockUser, useUpdateUser } from './users/users.mutations';
export type { TPasswordResetVariables, TUserUpdateVariables } from './users/users.mutations';
export { departmentsApi } from './departments/departments.api';
export { departmentsQueries, useDepartmentTree } from './departments/departments.queries';
export { useCreateDepartment } from './departments/departments.mutations';
export { sessionsApi } from './sessions/sessions.api';
export { sessionsQueries, useSessions } from './sessions/sessions.queries';
export { useRevokeSession } from './sessions/sessions.mutations';
export { loginLogApi } from './login-log/login-log.api';
export type { TLoginLogParams } from './login-log/login-log.api';
export { loginLogQueries, useLoginLog } from './login-log/login-log.queries';
export { auditApi } from './audit/audit.api';
export { auditQueries, useAuditEvents, useAuditVerification } from './audit/audit.queries';
export { healthQueries, healthState, useServiceHealth } from './health/health.queries';
export type { THealthResponse, THealthState } from './health/health.queries';
export { notificationsApi } from './notifications/notifications.api';
export type { TNotificationListParams } from './notifications/notifications.api';
export { notificationsQueries, useNotifications, useNotificationSummary, NOTIFICATION_POLL_MS } from './notifications/notifications.queries';
export { useDismissNotification, useReadAllNotifications, useReadNotification } from './notifications/notifications.mutations';
export { planPaths, plansApi } from './plans/plans.api';
export type { TPlanListParams, TTaskUpdateVariables } from './plans/plans.api';
export {
  plansQueries,
  STALE_PROGRESS_POLL_MS,
  useMetricCatalogue,
  usePlan,
  usePlanProgress,
  usePlanReport,
  usePlans,
  usePlanTasks,
  usePopulation,
  useTaskReports,
} from './plans/plans.queries';
export {
  useAddIndicator,
  useChangePlanStatus,
  useCreatePlan,
  useCreateTask,
  useRefreshProgress,
  useReportTask,
  useUpdateIndicator,
  useUpdatePlan,
  useUpdateTask,
  useUpsertPopulation,
} from './plans/plans.mutations';
export type {
  TIndicatorCreateVariables,
  TIndicatorUpdateVariables,
  TPlanStatusVariables,
  TPlanUpdateVariables,
  TProgressRefreshVariables,
  TTaskCreateVariables,
  TTaskReportVariables,
} from './plans/plans.mutations';
