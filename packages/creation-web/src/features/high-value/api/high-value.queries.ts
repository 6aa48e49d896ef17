import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TIpcIndustryMappingCreate, TIpcIndustryMappingListQuery, TIpcIndustryMappingUpdate, TIpcIndustryMapping, TPatentAwardCreate, TPatentDetail, TPatentFamilyMemberCreate } from '@ipbureau/domain/creation';
import { useApiClient, useInvalidatingMutation, type ApiClient, type CallerOptions } from '@ipbureau/api-client';
import { metricKeys } from '../../metrics/metrics.queries';
import { patentKeys } from '../../patents/api/patents.queries';
import { highValueApi } from './high-value.api';

export const highValueKeys = {
  all: ['creation', 'high-value'] as const,
  evaluation: (id: string, asOf: string | undefined) => [...highValueKeys.all, 'evaluation', id, asOf ?? 'today'] as const,
  mappings: () => [...highValueKeys.all, 'mappings'] as const,
  mappingList: (params: TIpcIndustryMappingListQuery) => [...highValueKeys.mappings(), params] as const,
};

export const highValueQueries = {
  evaluation: (client: ApiClient, id: string, asOf: string | undefined) =>
    queryOptions({ queryKey: highValueKeys.evaluation(id, asOf), queryFn: ({ signal }) => highValueApi.evaluate(client, id, asOf, signal) }),
  mappings: (client: ApiClient, params: TIpcIndustryMappingListQuery) =>
    queryOptions({ queryKey: highValueKeys.mappingList(params), queryFn: ({ signal }) => highValueApi.mappings(client, params, signal) }),
};

export function useHighValue(id: string, asOf: string | undefined) {
  return useQuery(highValueQueries.evaluation(useApiClient(), id, asOf));
}

export function useIpcIndustryMappings(params: TIpcIndustryMappingListQuery) {
  return useQuery(highValueQueries.mappings(useApiClient(), params));
}

/** A fact of the rule changed: the patent, every evaluation and the figures are stale. */
const patentStale = (id: string) => [patentKeys.detail(id), highValueKeys.all, metricKeys.all];

export function useAddFamilyMember(options?: CallerOptions<TPatentDetail, { id: string; body: TPatentFamilyMemberCreate }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: { id: string; body: TPatentFamilyMemberCreate }) => highValueApi.addFamilyMember(client, id, body), (_p, { id }) => patentStale(id), options);
}

export function useRemoveFamilyMember(options?: CallerOptions<TPatentDetail, { id: string; memberId: string }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, memberId }: { id: string; memberId: string }) => highValueApi.removeFamilyMember(client, id, memberId), (_p, { id }) => patentStale(id), options);
}

export function useAddAward(options?: CallerOptions<TPatentDetail, { id: string; body: TPatentAwardCreate }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: { id: string; body: TPatentAwardCreate }) => highValueApi.addAward(client, id, body), (_p, { id }) => patentStale(id), options);
}

export function useRemoveAward(options?: CallerOptions<TPatentDetail, { id: string; awardId: string }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, awardId }: { id: string; awardId: string }) => highValueApi.removeAward(client, id, awardId), (_p, { id }) => patentStale(id), options);
}

/** The table feeds every evaluation and the high-value figure. */
const mappingStale = () => [highValueKeys.all, metricKeys.all];

export function useCreateMapping(options?: CallerOptions<TIpcIndustryMapping, TIpcIndustryMappingCreate>) {
  const client = useApiClient();
  return useInvalidatingMutation((body: TIpcIndustryMappingCreate) => highValueApi.createMapping(client, body), mappingStale, options);
}

export function useUpdateMapping(options?: CallerOptions<TIpcIndustryMapping, { id: string; body: TIpcIndustryMappingUpdate }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, body }: { id: string; body: TIpcIndustryMappingUpdate }) => highValueApi.updateMapping(client, id, body), mappingStale, options);
}

export function useRemoveMapping(options?: CallerOptions<void, { id: string; version: number }>) {
  const client = useApiClient();
  return useInvalidatingMutation(({ id, version }: { id: string; version: number }) => highValueApi.removeMapping(client, id, version), mappingStale, options);
}
