import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client/api-client';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { loginLogApi, type TLoginLogParams } from './login-log.api';

export const loginLogQueries = {
  list: (client: ApiClient, params: TLoginLogParams) =>
    queryOptions({
      queryKey: queryKeys.loginLog.list(params),
      queryFn: ({ signal }) => loginLogApi.list(client, params, signal),
      placeholderData: keepPreviousData,
    }),
};

export function useLoginLog(params: TLoginLogParams) {
  return useQuery(loginLogQueries.list(useApiClient(), params));
}
