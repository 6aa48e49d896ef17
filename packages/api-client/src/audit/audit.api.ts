import type { TAuditEvent, TAuditQuery, TChainVerification, TPage } from '@ipbureau/domain';
import type { ApiClient } from '../client/api-client';
import { servicePath } from '../client/services';

export const auditApi = {
  events: (client: ApiClient, params: TAuditQuery, signal?: AbortSignal) =>
    client.get<TPage<TAuditEvent>>(servicePath('platform', '/audit/events'), { query: params, signal }),
  verify: (client: ApiClient, signal?: AbortSignal) => client.get<TChainVerification>(servicePath('platform', '/audit/verify'), { signal }),
};
