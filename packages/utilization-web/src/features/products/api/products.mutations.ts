import type { TInsuranceClaimCreate, TInsuranceClaimTransition, TInsurancePolicyDetail, TSupportFundCreate, TCommercializationProjectDetail } from '@ipbureau/domain/utilization';
import { useApiClient, useInvalidatingMutation, type CallerOptions } from '@ipbureau/api-client';
import { productsApi, type TProductResource, type TProductResources } from './products.api';
import { productKeys } from './products.queries';

/** A new record changes the resource's lists and the figures. */
export function useCreateProduct<R extends TProductResource>(resource: R, options?: CallerOptions<TProductResources[R]['detail'], TProductResources[R]['create']>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TProductResources[R]['create']) => productsApi.create(client, resource, body), () => [productKeys.lists(resource), productKeys.metrics()], options);
}

export type TUpdateVariables<R extends TProductResource> = { id: string; body: TProductResources[R]['update'] };

/** A correction changes the record, its lists and possibly the figures (a date or amount). */
export function useUpdateProduct<R extends TProductResource>(resource: R, options?: CallerOptions<TProductResources[R]['detail'], TUpdateVariables<R>>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ id, body }: TUpdateVariables<R>) => productsApi.update(client, resource, id, body),
    (_data, { id }) => [productKeys.lists(resource), productKeys.detail(resource, id), productKeys.metrics()],
    options,
  );
}

export function useFileClaim(policyId: string, options?: CallerOptions<TInsurancePolicyDetail, TInsuranceClaimCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    (body: TInsuranceClaimCreate) => productsApi.fileClaim(client, policyId, body),
    () => [productKeys.detail('insurance-policies', policyId), productKeys.lists('insurance-policies')],
    options,
  );
}

export type TDecideClaimVariables = { claimId: string; body: TInsuranceClaimTransition };

export function useDecideClaim(policyId: string, options?: CallerOptions<TInsurancePolicyDetail, TDecideClaimVariables>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    ({ claimId, body }: TDecideClaimVariables) => productsApi.decideClaim(client, claimId, body),
    () => [productKeys.detail('insurance-policies', policyId), productKeys.lists('insurance-policies')],
    options,
  );
}

export function useAddFund(projectId: string, options?: CallerOptions<TCommercializationProjectDetail, TSupportFundCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation(
    (body: TSupportFundCreate) => productsApi.addFund(client, projectId, body),
    () => [productKeys.detail('commercialization-projects', projectId), productKeys.lists('commercialization-projects')],
    options,
  );
}
