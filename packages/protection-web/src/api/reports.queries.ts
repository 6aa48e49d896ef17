import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TEcommerceComplaint,
  TEcommerceComplaintCreateInput,
  TEcommerceOutcome,
  TExhibitionComplaintCreateInput,
  TExhibitionComplaintOutcomeInput,
  TExhibitionCreateInput,
  TExhibitionDetail,
  TReportCreateInput,
  TReportDetail,
  TReportReassignInput,
  TReportRewardRule,
  TReportRewardRuleCreateInput,
  TReportRewardRuleUpdateInput,
  TReportTransitionInput,
} from '@ipbureau/domain/protection';
import { useApiClient, type ApiClient, type ApiError } from '@ipbureau/api-client';
import { reportsApi, type TEcommerceParams, type TExhibitionParams, type TReportParams } from './reports.api';

export const reportKeys = {
  reportLists: ['protection', 'reports'] as const,
  reports: (params: TReportParams) => ['protection', 'reports', params] as const,
  report: (id: string) => ['protection', 'report', id] as const,
  exhibitionLists: ['protection', 'exhibitions'] as const,
  exhibitions: (params: TExhibitionParams) => ['protection', 'exhibitions', params] as const,
  exhibition: (id: string) => ['protection', 'exhibition', id] as const,
  ecommerceLists: ['protection', 'ecommerce'] as const,
  ecommerce: (params: TEcommerceParams) => ['protection', 'ecommerce', params] as const,
  rewardRules: ['protection', 'report-reward-rules'] as const,
};

export const reportQueries = {
  reports: (client: ApiClient, params: TReportParams) => queryOptions({ queryKey: reportKeys.reports(params), queryFn: ({ signal }) => reportsApi.reports(client, params, signal), placeholderData: keepPreviousData }),
  report: (client: ApiClient, id: string) => queryOptions({ queryKey: reportKeys.report(id), queryFn: ({ signal }) => reportsApi.report(client, id, signal) }),
  exhibitions: (client: ApiClient, params: TExhibitionParams) =>
    queryOptions({ queryKey: reportKeys.exhibitions(params), queryFn: ({ signal }) => reportsApi.exhibitions(client, params, signal), placeholderData: keepPreviousData }),
  exhibition: (client: ApiClient, id: string) => queryOptions({ queryKey: reportKeys.exhibition(id), queryFn: ({ signal }) => reportsApi.exhibition(client, id, signal) }),
  ecommerce: (client: ApiClient, params: TEcommerceParams) =>
    queryOptions({ queryKey: reportKeys.ecommerce(params), queryFn: ({ signal }) => reportsApi.ecommerce(client, params, signal), placeholderData: keepPreviousData }),
};

export const useReports = (params: TReportParams) => useQuery(reportQueries.reports(useApiClient(), params));
export const useReport = (id: string) => useQuery(reportQueries.report(useApiClient(), id));
export const useExhibitions = (params: TExhibitionParams) => useQuery(reportQueries.exhibitions(useApiClient(), params));
export const useExhibition = (id: string) => useQuery(reportQueries.exhibition(useApiClient(), id));
export const useEcommerceComplaints = (params: TEcommerceParams) => useQuery(reportQueries.ecommerce(useApiClient(), params));
/** The reward rules 举报奖励标准, every date (a handful of rows). */
export const useRewardRules = () => {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: reportKeys.rewardRules, queryFn: ({ signal }) => reportsApi.rewardRules(client, signal) }));
};

/** A write that answers the record: cache it, refresh its lists, then the caller's own `onSuccess`. */
function useSaving<TBody, TSaved extends { id: string }>(write: (client: ApiClient, body: TBody) => Promise<TSaved>, lists: readonly string[], key: ((id: string) => readonly string[]) | null, onSuccess?: (saved: TSaved) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<TSaved, ApiError, TBody>({
    mutationFn: (body) => write(client, body),
    onSuccess: async (saved) => {
      if (key) queryClient.setQueryData(key(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: lists });
      onSuccess?.(saved);
    },
  });
}

export const useCreateReport = (onSuccess?: (saved: TReportDetail) => void) => useSaving<TReportCreateInput, TReportDetail>(reportsApi.createReport, reportKeys.reportLists, reportKeys.report, onSuccess);
export const useReportStep = (id: string, onSuccess?: (saved: TReportDetail) => void) =>
  useSaving<TReportTransitionInput, TReportDetail>((client, body) => reportsApi.reportStep(client, id, body), reportKeys.reportLists, reportKeys.report, onSuccess);
export const useCreateExhibition = (onSuccess?: (saved: TExhibitionDetail) => void) =>
  useSaving<TExhibitionCreateInput, TExhibitionDetail>(reportsApi.createExhibition, reportKeys.exhibitionLists, reportKeys.exhibition, onSuccess);
export const useAddExhibitionComplaint = (id: string, onSuccess?: (saved: TExhibitionDetail) => void) =>
  useSaving<TExhibitionComplaintCreateInput, TExhibitionDetail>((client, body) => reportsApi.addComplaint(client, id, body), reportKeys.exhibitionLists, reportKeys.exhibition, onSuccess);
export const useExhibitionComplaintOutcome = (id: string, onSuccess?: (saved: TExhibitionDetail) => void) =>
  useSaving<TExhibitionComplaintOutcomeInput & { complaintId: string }, TExhibitionDetail>(
    (client, { complaintId, ...body }) => reportsApi.complaintOutcome(client, id, complaintId, body),
    reportKeys.exhibitionLists,
    reportKeys.exhibition,
    onSuccess,
  );
export const useCreateEcommerce = (onSuccess?: (saved: TEcommerceComplaint) => void) =>
  useSaving<TEcommerceComplaintCreateInput, TEcommerceComplaint>(reportsApi.createEcommerce, reportKeys.ecommerceLists, null, onSuccess);
export const useEcommerceOutcome = (onSuccess?: (saved: TEcommerceComplaint) => void) =>
  useSaving<TEcommerceOutcome & { id: string }, TEcommerceComplaint>((client, { id, ...body }) => reportsApi.ecommerceOutcome(client, id, body), reportKeys.ecommerceLists, null, onSuccess);
export const useReassignReport = (id: string, onSuccess?: (saved: TReportDetail) => void) =>
  useSaving<TReportReassignInput, TReportDetail>((client, body) => reportsApi.reassignReport(client, id, body), reportKeys.reportLists, reportKeys.report, onSuccess);
export const useAddRewardRule = (onSuccess?: (saved: TReportRewardRule) => void) =>
  useSaving<TReportRewardRuleCreateInput, TReportRewardRule>(reportsApi.addRewardRule, reportKeys.rewardRules, null, onSuccess);
/** Corrects a scheduled rule at the version read; the server refuses one whose date has come (422) or a stale version (409). */
export const useUpdateRewardRule = (id: string, onSuccess?: (saved: TReportRewardRule) => void) =>
  useSaving<TReportRewardRuleUpdateInput, TReportRewardRule>((client, body) => reportsApi.updateRewardRule(client, id, body), reportKeys.rewardRules, null, onSuccess);
