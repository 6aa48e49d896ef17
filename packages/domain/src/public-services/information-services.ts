import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZMoney } from '../money/money.js';
import { ZCreditCode } from '../validators/credit-code.js';
import { ZPatentNumber } from '../validators/patent-number.js';
import { ZTrademarkNumber } from '../validators/trademark.js';

/**
 * Patent information services 专利信息服务 (plan 四.六): requests from enterprises, assigned to a
 * service provider, delivered and rated; patent navigation projects 专利导航; and IP trusteeship
 * 知识产权托管 of small enterprises' rights by service agencies.
 */
registerDomainMessages({
  'infoServices.periodOrder': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
});

const periodInOrder = (startKey: string, endKey: string) =>
  z.superRefine((v: Record<string, unknown>, ctx) => {
    const start = v[startKey];
    const end = v[endKey];
    if (typeof start === 'string' && typeof end === 'string' && end < start) ctx.addIssue({ code: 'custom', path: [endKey], params: { i18n: 'infoServices.periodOrder' }, input: end });
  });

// ---------------------------------------------------------------- requests

export const INFO_REQUEST_KINDS = ['search', 'analysis', 'alert', 'navigation'] as const;
export const ZInfoRequestKind = z.enum(INFO_REQUEST_KINDS);
export type TInfoRequestKind = z.infer<typeof ZInfoRequestKind>;

export const INFO_REQUEST_KIND_LABELS: Record<TInfoRequestKind, { zh: string; en: string }> = {
  search: { zh: '专利检索', en: 'Patent search' },
  analysis: { zh: '专利分析', en: 'Patent analysis' },
  alert: { zh: '专利预警', en: 'Patent alert' },
  navigation: { zh: '专利导航', en: 'Patent navigation' },
};

export const INFO_REQUEST_STATUSES = ['submitted', 'assigned', 'delivered', 'rated', 'cancelled'] as const;
export const ZInfoRequestStatus = z.enum(INFO_REQUEST_STATUSES);
export type TInfoRequestStatus = z.infer<typeof ZInfoRequestStatus>;

export const INFO_REQUEST_STATUS_LABELS: Record<TInfoRequestStatus, { zh: string; en: string }> = {
  submitted: { zh: '已受理', en: 'Submitted' },
  assigned: { zh: '已分派', en: 'Assigned' },
  delivered: { zh: '已交付', en: 'Delivered' },
  rated: { zh: '已评价', en: 'Rated' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const INFO_REQUEST_ACTIONS = ['assign', 'deliver', 'rate', 'cancel'] as const;
export const ZInfoRequestAction = z.enum(INFO_REQUEST_ACTIONS);
export type TInfoRequestAction = z.infer<typeof ZInfoRequestAction>;

export const INFO_REQUEST_ACTION_LABELS: Record<TInfoRequestAction, { zh: string; en: string }> = {
  assign: { zh: '分派服务机构', en: 'Assign a provider' },
  deliver: { zh: '交付成果', en: 'Deliver' },
  rate: { zh: '满意度评价', en: 'Rate' },
  cancel: { zh: '撤销', en: 'Cancel' },
};

/** The state machine: assigning again reassigns; a rating closes the request. */
export const INFO_REQUEST_TRANSITIONS: Record<TInfoRequestStatus, Partial<Record<TInfoRequestAction, TInfoRequestStatus>>> = {
  submitted: { assign: 'assigned', cancel: 'cancelled' },
  assigned: { assign: 'assigned', deliver: 'delivered', cancel: 'cancelled' },
  delivered: { rate: 'rated' },
  rated: {},
  cancelled: {},
};

export const allowedInfoRequestActions = (status: TInfoRequestStatus): TInfoRequestAction[] => Object.keys(INFO_REQUEST_TRANSITIONS[status]) as TInfoRequestAction[];

export const ZInfoRequestCreate = z.strictObject({
  kind: ZInfoRequestKind,
  enterpriseName: z.string().trim().min(1).max(200),
  enterpriseCreditCode: ZCreditCode,
  subject: z.string().trim().min(1).max(300).describe('What the enterprise asks for, e.g. 锂电池隔膜技术专利检索'),
  description: z.string().trim().max(4000).default(''),
  requestedDate: ZCalendarDate,
  district: ZRegionCode.describe('District of the enterprise'),
});
export type TInfoRequestCreate = z.infer<typeof ZInfoRequestCreate>;

const step = { version: z.number().int().min(1), date: ZCalendarDate.describe('Date the step took effect') };

/** One step of the machine, by action; each carries what that step records. */
export const ZInfoRequestTransition = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('assign'),
    ...step,
    providerName: z.string().trim().min(1).max(200).describe('The service provider'),
    providerAgencyId: z.uuid().nullable().default(null).describe('The provider in the agency register, when it is there'),
  }),
  z.strictObject({ action: z.literal('deliver'), ...step, deliverable: z.string().trim().min(1).max(2000).describe('What was delivered (report title, alert list …)') }),
  z.strictObject({ action: z.literal('rate'), ...step, rating: z.int().min(1).max(5).describe('Satisfaction 1 (poor) – 5 (excellent)'), comment: z.string().trim().max(2000).default('') }),
  z.strictObject({ action: z.literal('cancel'), ...step, note: z.string().trim().min(1).max(1000).describe('Why') }),
]);
export type TInfoRequestTransition = z.infer<typeof ZInfoRequestTransition>;

export const ZInfoRequestEvent = z.object({
  from: ZInfoRequestStatus.nullable(),
  to: ZInfoRequestStatus,
  action: z.string(),
  date: ZCalendarDate,
  note: z.string(),
  at: ZInstant,
  by: z.uuid(),
});
export type TInfoRequestEvent = z.infer<typeof ZInfoRequestEvent>;

export const ZInfoRequest = z.object({
  id: z.uuid(),
  kind: ZInfoRequestKind,
  enterpriseName: z.string(),
  enterpriseCreditCode: z.string(),
  subject: z.string(),
  description: z.string(),
  requestedDate: ZCalendarDate,
  status: ZInfoRequestStatus,
  providerName: z.string().nullable(),
  providerAgencyId: z.uuid().nullable(),
  assignedOn: ZCalendarDate.nullable(),
  deliverable: z.string().nullable(),
  deliveredOn: ZCalendarDate.nullable(),
  rating: z.int().min(1).max(5).nullable(),
  ratingComment: z.string().nullable(),
  ratedOn: ZCalendarDate.nullable(),
  allowedActions: z.array(ZInfoRequestAction),
  district: ZRegionCode,
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TInfoRequest = z.infer<typeof ZInfoRequest>;

export const ZInfoRequestDetail = ZInfoRequest.extend({ history: z.array(ZInfoRequestEvent) });
export type TInfoRequestDetail = z.infer<typeof ZInfoRequestDetail>;

export const ZInfoRequestListQuery = ZPageQuery.extend({
  kind: ZInfoRequestKind.optional(),
  status: ZInfoRequestStatus.optional(),
  enterpriseCreditCode: z.string().max(18).optional(),
  district: ZRegionCode.optional(),
  from: ZCalendarDate.optional().describe('Requested on or after'),
  to: ZCalendarDate.optional().describe('Requested on or before'),
});
export type TInfoRequestListQuery = z.infer<typeof ZInfoRequestListQuery>;

// ---------------------------------------------------------------- navigation projects

export const NAVIGATION_KINDS = ['industry', 'enterprise', 'region', 'rd_project'] as const;
export const ZNavigationKind = z.enum(NAVIGATION_KINDS);
export type TNavigationKind = z.infer<typeof ZNavigationKind>;

export const NAVIGATION_KIND_LABELS: Record<TNavigationKind, { zh: string; en: string }> = {
  industry: { zh: '产业规划类', en: 'Industry planning' },
  enterprise: { zh: '企业经营类', en: 'Enterprise operation' },
  region: { zh: '区域规划类', en: 'Regional planning' },
  rd_project: { zh: '研发活动类', en: 'R&D project' },
};

export const ZNavigationDeliverable = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('e.g. 导航分析报告, 专利数据库'),
  dueDate: ZCalendarDate.nullable().default(null),
  deliveredOn: ZCalendarDate.nullable().default(null),
});
export type TNavigationDeliverable = z.infer<typeof ZNavigationDeliverable>;

const navigationFields = {
  title: z.string().trim().min(1).max(300),
  kind: ZNavigationKind,
  industry: z.string().trim().min(1).max(100).describe('The industry navigated, e.g. 玩具创意, 纺织服装'),
  undertaker: z.string().trim().min(1).max(200).describe('Who carries it out'),
  startDate: ZCalendarDate,
  endDate: ZCalendarDate.nullable(),
  budget: ZMoney.nullable().describe('Yuan, exact decimal'),
  deliverables: z.array(ZNavigationDeliverable).max(50),
};

export const ZNavigationProjectCreate = z
  .strictObject({
    ...navigationFields,
    endDate: navigationFields.endDate.default(null),
    budget: navigationFields.budget.default(null),
    deliverables: navigationFields.deliverables.default([]),
    district: ZRegionCode,
  })
  .check(periodInOrder('startDate', 'endDate'));
export type TNavigationProjectCreate = z.infer<typeof ZNavigationProjectCreate>;

export const ZNavigationProjectUpdate = z
  .strictObject({
    version: z.number().int().min(1),
    title: navigationFields.title.optional(),
    kind: navigationFields.kind.optional(),
    industry: navigationFields.industry.optional(),
    undertaker: navigationFields.undertaker.optional(),
    startDate: navigationFields.startDate.optional(),
    endDate: navigationFields.endDate.optional(),
    budget: navigationFields.budget.optional(),
    deliverables: navigationFields.deliverables.optional(),
  })
  .check(periodInOrder('startDate', 'endDate'));
export type TNavigationProjectUpdate = z.infer<typeof ZNavigationProjectUpdate>;

export const ZNavigationProject = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: ZNavigationKind,
  industry: z.string(),
  undertaker: z.string(),
  startDate: ZCalendarDate,
  endDate: ZCalendarDate.nullable(),
  budget: z.string().nullable(),
  deliverables: z.array(z.object({ name: z.string(), dueDate: ZCalendarDate.nullable(), deliveredOn: ZCalendarDate.nullable() })),
  district: ZRegionCode,
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TNavigationProject = z.infer<typeof ZNavigationProject>;

export const ZNavigationProjectListQuery = ZPageQuery.extend({
  kind: ZNavigationKind.optional(),
  industry: z.string().trim().max(100).optional(),
  district: ZRegionCode.optional(),
});
export type TNavigationProjectListQuery = z.infer<typeof ZNavigationProjectListQuery>;

// ---------------------------------------------------------------- trusteeship

export const ZManagedRight = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('patent'), number: ZPatentNumber }),
  z.strictObject({ kind: z.literal('trademark'), number: ZTrademarkNumber }),
]);
export type TManagedRight = z.infer<typeof ZManagedRight>;

export const TRUSTEESHIP_SERVICE_KINDS = ['fee_management', 'consultation', 'monitoring', 'filing', 'training', 'other'] as const;
export const ZTrusteeshipServiceKind = z.enum(TRUSTEESHIP_SERVICE_KINDS);
export type TTrusteeshipServiceKind = z.infer<typeof ZTrusteeshipServiceKind>;

export const TRUSTEESHIP_SERVICE_KIND_LABELS: Record<TTrusteeshipServiceKind, { zh: string; en: string }> = {
  fee_management: { zh: '年费管理', en: 'Fee management' },
  consultation: { zh: '咨询', en: 'Consultation' },
  monitoring: { zh: '侵权监测', en: 'Infringement monitoring' },
  filing: { zh: '申请代办', en: 'Filing' },
  training: { zh: '内训', en: 'In-house training' },
  other: { zh: '其他', en: 'Other' },
};

export const ZTrusteeshipCreate = z
  .strictObject({
    agencyId: z.uuid().describe('The service agency (from the agency register)'),
    enterpriseName: z.string().trim().min(1).max(200),
    enterpriseCreditCode: ZCreditCode,
    contractNumber: z.string().trim().min(1).max(60),
    startDate: ZCalendarDate,
    endDate: ZCalendarDate.describe('Last day of the contract'),
    fee: ZMoney.nullable().default(null).describe('Yuan, exact decimal'),
    rights: z.array(ZManagedRight).max(500).default([]).describe('Rights under management'),
    district: ZRegionCode.describe('District of the enterprise'),
  })
  .check(periodInOrder('startDate', 'endDate'));
export type TTrusteeshipCreate = z.infer<typeof ZTrusteeshipCreate>;

export const ZTrusteeshipUpdate = z.strictObject({
  version: z.number().int().min(1),
  rights: z.array(ZManagedRight).max(500).optional(),
  fee: ZMoney.nullable().optional(),
});
export type TTrusteeshipUpdate = z.infer<typeof ZTrusteeshipUpdate>;

export const ZTrusteeshipTerminate = z.strictObject({
  version: z.number().int().min(1),
  date: ZCalendarDate.describe('Last day the contract was in force'),
  reason: z.string().trim().min(1).max(1000),
});
export type TTrusteeshipTerminate = z.infer<typeof ZTrusteeshipTerminate>;

export const ZTrusteeshipServiceCreate = z.strictObject({
  date: ZCalendarDate,
  kind: ZTrusteeshipServiceKind,
  content: z.string().trim().min(1).max(2000),
});
export type TTrusteeshipServiceCreate = z.infer<typeof ZTrusteeshipServiceCreate>;

export const ZTrusteeshipService = z.object({
  id: z.uuid(),
  date: ZCalendarDate,
  kind: ZTrusteeshipServiceKind,
  content: z.string(),
  at: ZInstant,
  by: z.uuid(),
});
export type TTrusteeshipService = z.infer<typeof ZTrusteeshipService>;

export const ZTrusteeshipContract = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  agencyName: z.string(),
  enterpriseName: z.string(),
  enterpriseCreditCode: z.string(),
  contractNumber: z.string(),
  startDate: ZCalendarDate,
  endDate: ZCalendarDate,
  terminatedOn: ZCalendarDate.nullable(),
  terminationReason: z.string().nullable(),
  fee: z.string().nullable(),
  rights: z.array(z.object({ kind: z.enum(['patent', 'trademark']), number: z.string() })),
  district: ZRegionCode,
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TTrusteeshipContract = z.infer<typeof ZTrusteeshipContract>;

export const ZTrusteeshipContractDetail = ZTrusteeshipContract.extend({ services: z.array(ZTrusteeshipService) });
export type TTrusteeshipContractDetail = z.infer<typeof ZTrusteeshipContractDetail>;

export const ZTrusteeshipListQuery = ZPageQuery.extend({
  agencyId: z.uuid().optional(),
  enterpriseCreditCode: z.string().max(18).optional(),
  inForceOn: ZCalendarDate.optional().describe('Only contracts in force on this date'),
  district: ZRegionCode.optional(),
});
export type TTrusteeshipListQuery = z.infer<typeof ZTrusteeshipListQuery>;
