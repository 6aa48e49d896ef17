import type { TNotification, TNotificationListQuery, TNotificationSummary, TPage } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

export type TNotificationListParams = Partial<TNotificationListQuery>;

/** The signed-in user's own notifications (platform-api `/me/notifications`). */
export const notificationsApi = {
  list: (client: ApiClient, params: TNotificationListParams, signal?: AbortSignal) =>
    client.get<TPage<TNotification>>(servicePath('platform', '/me/notifications'), { query: params, signal }),
  summary: (client: ApiClient, signal?: AbortSignal) => client.get<TNotificationSummary>(servicePath('platform', '/me/notifications/summary'), { signal }),
  read: (client: ApiClient, id: string) => client.post<void>(servicePath('platform', `/me/notifications/${id}/read`)),
  dismiss: (client: ApiClient, id: string) => client.post<void>(servicePath('platform', `/me/notifications/${id}/dismiss`)),
  readAll: (client: ApiClient) => client.post<{ read: number }>(servicePath('platform', '/me/notifications/read-all')),
};
