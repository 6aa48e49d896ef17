import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { useInvalidatingMutation, type CallerOptions } from '../react/invalidating-mutation';
import { sessionsApi } from './sessions.api';

/** Forces a session out; its row leaves every page of the list. */
export function useRevokeSession(options?: CallerOptions<void, string>) {
  const client = useApiClient();
  return useInvalidatingMutation((id: string) => sessionsApi.revoke(client, id), () => [queryKeys.sessions.lists()], options);
}
