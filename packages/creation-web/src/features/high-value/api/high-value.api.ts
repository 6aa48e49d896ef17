import type {
  THighValueEvaluation,
  TIpcIndustryMapping,
  TIpcIndustryMappingCreate,
  TIpcIndustryMappingListQuery,
  TIpcIndustryMappingUpdate,
  TPatentAwardCreate,
  TPatentDetail,
  TPatentFamilyMemberCreate,
} from '@ipbureau/domain/creation';
import { servicePath, type ApiClient } from '@ipbureau/api-client';

const mappings = (path = '') => servicePath('creation', `/ipc-industry-mappings${path}`);
const patent = (id: string, path: string) => servicePath('creation', `/patents/${id}${path}`);

/** The high-value rule: the evaluation of a patent, its facts (family abroad, awards), and the IPC → industry table. */
export const highValueApi = {
  evaluate: (client: ApiClient, id: string, asOf: string | undefined, signal?: AbortSignal) => client.get<THighValueEvaluation>(patent(id, '/high-value'), { query: { asOf }, signal }),
  addFamilyMember: (client: ApiClient, id: string, body: TPatentFamilyMemberCreate) => client.post<TPatentDetail>(patent(id, '/family-members'), body),
  removeFamilyMember: (client: ApiClient, id: string, memberId: string) => client.delete<TPatentDetail>(patent(id, `/family-members/${memberId}`)),
  addAward: (client: ApiClient, id: string, body: TPatentAwardCreate) => client.post<TPatentDetail>(patent(id, '/awards'), body),
  removeAward: (client: ApiClient, id: string, awardId: string) => client.delete<TPatentDetail>(patent(id, `/awards/${awardId}`)),
  mappings: (client: ApiClient, params: TIpcIndustryMappingListQuery, signal?: AbortSignal) => client.get<TIpcIndustryMapping[]>(mappings(), { query: params, signal }),
  createMapping: (client: ApiClient, body: TIpcIndustryMappingCreate) => client.post<TIpcIndustryMapping>(mappings(), body),
  updateMapping: (client: ApiClient, id: string, body: TIpcIndustryMappingUpdate) => client.patch<TIpcIndustryMapping>(mappings(`/${id}`), body),
  removeMapping: (client: ApiClient, id: string, version: number) => client.delete<void>(mappings(`/${id}`), { query: { version } }),
};
