import type { TDepartment, TDepartmentCreate, TDepartmentNode } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

export const departmentsApi = {
  tree: (client: ApiClient, signal?: AbortSignal) => client.get<TDepartmentNode[]>(servicePath('platform', '/departments'), { signal }),
  create: (client: ApiClient, body: TDepartmentCreate) => client.post<TDepartment>(servicePath('platform', '/departments'), body),
};
