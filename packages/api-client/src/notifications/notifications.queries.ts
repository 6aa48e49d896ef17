import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { notificationsApi, type TNotificationListParams } from './notifications.api';

/** New alerts arrive without the user doing anything, so the bell looks again every minute. */
export const NOTIFICATION_POLL_MS = 60_000;

export const notificationsQueries = {
  summary: (client: ApiClient) =>
    queryOptions({ queryKey: queryKeys.notifications.summary(), queryFn: ({ signal }) => notificationsApi.summary(client, signal), refetchInterval: NOTIFICATION_POLL_MS }),
  list: (client: ApiClient, params: TNotificationListParams) =>
    queryOptions({ queryKey: queryKeys.notifications.list(params), queryFn: ({ signal }) => notificationsApi.list(client, params, signal) }),
};

/** The unread count for the bell. */
export function useNotificationSummary() {
  return useQuery(notificationsQueries.summary(useApiClient()));
}

/** One's notifications, unread first then by due date; `enabled` while the list is open. */
export function useNotifications(params: TNotificationListParams, enabled = true) {
  return useQuery({ ...notificationsQueries.list(useApiClient(), params), enabled });
}
