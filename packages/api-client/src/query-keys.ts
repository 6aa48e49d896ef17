import type { TAuditQuery, TPageQuery } from '@ipbureau/domain';
import type { TServiceName } from './client/services';
import type { TLoginLogParams } from './login-log/login-log.api';
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
};
