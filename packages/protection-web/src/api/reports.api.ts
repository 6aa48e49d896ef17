import type { TPage } from '@ipbureau/domain';
import type {
  TEcommerceComplaint,
  TEcommerceComplaintCreateInput,
  TEcommerceListQuery,
  TEcommerceOutcome,
  TExhibition,
  TExhibitionComplaintCreateInput,
  TExhibitionComplaintOutcomeInput,
  TExhibitionCreateInput,
  TExhibitionDetail,
  TExhibitionListQuery,
  TReport,
  TReportCreateInput,
  TReportDetail,
  TReportListQuery,
  TReportReassignInput,
  TReportRewardRule,
  TReportRewardRuleCreateInput,
  TReportRewardRuleUpdateInput,
  TReportTransitionInput,
} from '@ipbureau/domain/protection';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const path = (p: string) => servicePath('protection', p);

export type TReportParams = Partial<TReportListQuery>;
export type TExhibitionParams = Partial<TExhibitionListQuery>;
export type TEcommerceParams = Partial<TEcommerceListQuery>;

/** Reports and rewards, exhibitions and e-commerce complaints of the protection service. */
export const reportsApi = {
  reports: (client: ApiClient, params: TReportParams, signal?: AbortSignal) => client.get<TPage<TReport>>(path('/reports'), { query: params, signal }),
  report: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TReportDetail>(path(`/reports/${id}`), { signal }),
  createReport: (client: ApiClient, body: TReportCreateInput) => client.post<TReportDetail>(path('/reports'), body),
  reportStep: (client: ApiClient, id: string, body: TReportTransitionInput) => client.post<TReportDetail>(path(`/reports/${id}/transitions`), body),
  reassignReport: (client: ApiClient, id: string, body: TReportReassignInput) => client.post<TReportDetail>(path(`/reports/${id}/reassign`), body),
  rewardRules: (client: ApiClient, signal?: AbortSignal) => client.get<TReportRewardRule[]>(path('/report-reward-rules'), { signal }),
  addRewardRule: (client: ApiClient, body: TReportRewardRuleCreateInput) => client.post<TReportRewardRule>(path('/report-reward-rules'), body),
  updateRewardRule: (client: ApiClient, id: string, body: TReportRewardRuleUpdateInput) => client.patch<TReportRewardRule>(path(`/report-reward-rules/${id}`), body),
  exhibitions: (client: ApiClient, params: TExhibitionParams, signal?: AbortSignal) => client.get<TPage<TExhibition>>(path('/exhibitions'), { query: params, signal }),
  exhibition: (client: ApiClient, id: string, signal?: AbortSignal) => client.get<TExhibitionDetail>(path(`/exhibitions/${id}`), { signal }),
  createExhibition: (client: ApiClient, body: TExhibitionCreateInput) => client.post<TExhibitionDetail>(path('/exhibitions'), body),
  addComplaint: (client: ApiClient, id: string, body: TExhibitionComplaintCreateInput) => client.post<TExhibitionDetail>(path(`/exhibitions/${id}/complaints`), body),
  complaintOutcome: (client: ApiClient, id: string, complaintId: string, body: TExhibitionComplaintOutcomeInput) =>
    client.post<TExhibitionDetail>(path(`/exhibitions/${id}/complaints/${complaintId}/outcome`), body),
  ecommerce: (client: ApiClient, params: TEcommerceParams, signal?: AbortSignal) => client.get<TPage<TEcommerceComplaint>>(path('/ecommerce-complaints'), { query: params, signal }),
  createEcommerce: (client: ApiClient, body: TEcommerceComplaintCreateInput) => client.post<TEcommerceComplaint>(path('/ecommerce-complaints'), body),
  ecommerceOutcome: (client: ApiClient, id: string, body: TEcommerceOutcome) => client.post<TEcommerceComplaint>(path(`/ecommerce-complaints/${id}/outcome`), body),
};
