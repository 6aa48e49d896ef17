import type { TDepartment, TDepartmentCreate } from '@ipbureau/domain';
import { queryKeys } from '../query-keys';
import { useApiClient } from '../react/api-client-context';
import { useInvalidatingMutation, type CallerOptions } from '../react/invalidating-mutation';
import { departmentsApi } from './departments.api';

export function useCreateDepartment(options?: CallerOptions<TDepartment, TDepartmentCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TDepartmentCreate) => departmentsApi.create(client, body), () => [queryKeys.departments.all], options);
}
