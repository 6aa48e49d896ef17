import type { TGiCreate, TGiDetail, TGiProducerCreate } from '@ipbureau/domain/creation';
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
