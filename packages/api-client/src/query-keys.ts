import type { TAuditQuery, TPageQuery } from '@ipbureau/domain';
import type { TPopulationListQuery, TProgressQuery, TTaskListQuery } from '@ipbureau/domain/plans';
import type { TServiceName } from './client/services';
import type { TLoginLogParams } from './login-log/login-log.api';
import type { TPlanListParams } from './plans/plans.api';
import type { TUserListParams } from './users/users.api';
import type { TNotificationListParams } from './notifications/notifications.api';

/**
 * Every cache key in one factory, so invalidation names what it means (`queryKeys.users.lists()`)
 * rather than repeating array literals that drift apart. A resource's keys nest: `all` covers
 * its lists and details, `lists()` every page and filter of its list.
 */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    me: () => [...queryKeys.auth.all, 'me'] as const,
  },
  health: {
    all: ['health'] as const,
    service: (service: TServiceName) => [...queryKeys.health.all, service] as const,
  },
  users: {
    all: ['users'] as const,
    lists: () => [...queryKeys.users.all, 'list'] as const,
    list: (params: TUserListParams) => [...queryKeys.users.lists(), params] as const,
    details: () => [...queryKeys.users.all, 'detail'] as const,
    detail: (id: string) => [...queryKeys.users.details(), id] as const,
  },
  departments: {
    all: ['departments'] as const,
    tree: () => [...queryKeys.departments.all, 'tree'] as const,
  },
  sessions: {
    all: ['sessions'] as const,
    lists: () => [...queryKeys.sessions.all, 'list'] as const,
    list: (params: TPageQuery) => [...queryKeys.sessions.lists(), params] as const,
  },
  loginLog: {
    all: ['login-log'] as const,
    list: (params: TLoginLogParams) => [...queryKeys.loginLog.all, 'list', params] as const,
  },
  notifications: {
    all: ['notifications'] as const,
    summary: () => [...queryKeys.notifications.all, 'summary'] as const,
    list: (params: TNotificationListParams) => [...queryKeys.notifications.all, 'list', params] as const,
  },
  audit: {
    all: ['audit'] as const,
    events: (params: TAuditQuery) => [...queryKeys.audit.all, 'events', params] as const,
    verification: () => [...queryKeys.audit.all, 'verification'] as const,
  },
  plans: {
    all: ['plans'] as const,
    lists: () => [...queryKeys.plans.all, 'list'] as const,
    list: (params: TPlanListParams) => [...queryKeys.plans.lists(), params] as const,
    /** Everything read about one plan: its detail, progress, tasks and reports. */
    one: (id: string) => [...queryKeys.plans.all, 'plan', id] as const,
    detail: (id: string) => [...queryKeys.plans.one(id), 'detail'] as const,
    progresses: (id: string) => [...queryKeys.plans.one(id), 'progress'] as const,
    progress: (id: string, params: TProgressQuery) => [...queryKeys.plans.progresses(id), params] as const,
    tasks: (id: string) => [...queryKeys.plans.one(id), 'tasks'] as const,
    taskList: (id: string, params: TTaskListQuery) => [...queryKeys.plans.tasks(id), params] as const,
    taskReports: (id: string, taskId: string) => [...queryKeys.plans.tasks(id), 'reports', taskId] as const,
    report: (id: string, year: number) => [...queryKeys.plans.one(id), 'report', year] as const,
  },
  population: {
    all: ['population'] as const,
    list: (params: TPopulationListQuery) => [...queryKeys.population.all, params] as const,
  },
  metrics: {
    all: ['metrics'] as const,
    catalogue: (service: TServiceName) => [...queryKeys.metrics.all, 'catalogue', service] as const,
  },
};
