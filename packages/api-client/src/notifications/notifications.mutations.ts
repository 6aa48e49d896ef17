import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { useInvalidatingMutation, type CallerOptions } from '../react/invalidating-mutation';
import { notificationsApi } from './notifications.api';

const affected = () => [queryKeys.notifications.all];

/** Marks one notification read; the count and the list follow. */
export function useReadNotification(options?: CallerOptions<void, string>) {
  const client = useApiClient();
  return useInvalidatingMutation((id: string) => notificationsApi.read(client, id), affected, options);
}

/** Removes one notification from one's own list. */
export function useDismissNotification(options?: CallerOptions<void, string>) {
  const client = useApiClient();
  return useInvalidatingMutation((id: string) => notificationsApi.dismiss(client, id), affected, options);
}

export function useReadAllNotifications(options?: CallerOptions<{ read: number }, void>) {
  const client = useApiClient();
  return useInvalidatingMutation(() => notificationsApi.readAll(client), affected, options);
}
