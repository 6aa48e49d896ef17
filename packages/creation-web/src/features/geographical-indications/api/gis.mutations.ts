import type { TGiCreate, TGiDetail, TGiProducerCreate, TGiRevoke, TGiUpdate } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { gisApi } from './gis.api';
import { giKeys } from './gis.queries';

export function useCreateGi(options?: CallerOptions<TGiDetail, TGiCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TGiCreate) => gisApi.create(client, body), () => [giKeys.lists(), metricKeys.all], options);
}

export type TGiAuthorizeVariables = { id: string; body: TGiProducerCreate };

export function useAuthorizeGiProducer(options?: CallerOptions<TGiDetail, TGiAuthorizeVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TGiAuthorizeVariables) => gisApi.authorize(client, id, body), (_gi, { id }) => [giKeys.lists(), giKeys.detail(id), metricKeys.all], options);
}

export type TGiUpdateVariables = { id: string; body: TGiUpdate };

export function useUpdateGi(options?: CallerOptions<TGiDetail, TGiUpdateVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TGiUpdateVariables) => gisApi.update(client, id, body), (_gi, { id }) => [giKeys.lists(), giKeys.detail(id), metricKeys.all], options);
}

export type TGiRevokeVariables = { id: string; body: TGiRevoke };

export function useRevokeGi(options?: CallerOptions<TGiDetail, TGiRevokeVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: TGiRevokeVariables) => gisApi.revoke(client, id, body), (_gi, { id }) => [giKeys.lists(), giKeys.detail(id), metricKeys.all], options);
}
