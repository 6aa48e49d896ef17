import type { TCertificationCreate, TCertificationTransition, TEnterpriseCreate, TEnterpriseDetail, TEnterpriseTitleCreate, TEnterpriseTitleEnd, TEnterpriseUpdate } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { enterprisesApi } from './enterprises.api';
import { enterpriseKeys } from './enterprises.queries';

/** Titles and certificates move enterprises between list filters and change the figures. */
const stale = (id: string) => [enterpriseKeys.lists(), enterpriseKeys.detail(id), metricKeys.all];

export function useCreateEnterprise(options?: CallerOptions<TEnterpriseDetail, TEnterpriseCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TEnterpriseCreate) => enterprisesApi.create(client, body), () => [enterpriseKeys.lists()], options);
}

export function useUpdateEnterprise(options?: CallerOptions<TEnterpriseDetail, { id: string; body: TEnterpriseUpdate }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: { id: string; body: TEnterpriseUpdate }) => enterprisesApi.update(client, id, body), (_e, { id }) => stale(id), options);
}

export function useAddTitle(options?: CallerOptions<TEnterpriseDetail, { id: string; body: TEnterpriseTitleCreate }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: { id: string; body: TEnterpriseTitleCreate }) => enterprisesApi.addTitle(client, id, body), (_e, { id }) => stale(id), options);
}

export function useEndTitle(options?: CallerOptions<TEnterpriseDetail, { id: string; titleId: string; body: TEnterpriseTitleEnd }>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, titleId, body }: { id: string; titleId: string; body: TEnterpriseTitleEnd }) => enterprisesApi.endTitle(client, id, titleId, body),
    (_e, { id }) => stale(id),
    options,
  );
}

export function useAddCertification(options?: CallerOptions<TEnterpriseDetail, { id: string; body: TCertificationCreate }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: { id: string; body: TCertificationCreate }) => enterprisesApi.addCertification(client, id, body), (_e, { id }) => stale(id), options);
}

export type TCertificationTransitionVariables = { id: string; certificationId: string; body: TCertificationTransition };

export function useTransitionCertification(options?: CallerOptions<TEnterpriseDetail, TCertificationTransitionVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, certificationId, body }: TCertificationTransitionVariables) => enterprisesApi.transitionCertification(client, id, certificationId, body),
    (_e, { id }) => stale(id),
    options,
  );
}
