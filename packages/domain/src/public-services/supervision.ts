import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZMoney } from '../money/money.js';

/**
 * Supervision records 监管记录 of agencies and agents (plan 四.五, the 蓝天 campaign): an
 * inspection, or a violation found with the sanction imposed, followed until it is closed.
 */
export const SUPERVISION_KINDS = ['inspection', 'violation'] as const;
export const ZSupervisionKind = z.enum(SUPERVISION_KINDS);
export type TSupervisionKind = z.infer<typeof ZSupervisionKind>;

export const VIOLATION_KINDS = ['unlicensed_agency', 'certificate_lending', 'abnormal_applications', 'improper_solicitation', 'other'] as const;
export const ZViolationKind = z.enum(VIOLATION_KINDS);
export type TViolationKind = z.infer<typeof ZViolationKind>;

export const VIOLATION_KIND_LABELS: Record<TViolationKind, { zh: string; en: string }> = {
  unlicensed_agency: { zh: '无资质代理', en: 'Unlicensed agency' },
  certificate_lending: { zh: '挂证', en: 'Certificate lending' },
  abnormal_applications: { zh: '代理非正常专利申请', en: 'Agency of abnormal applications' },
  improper_solicitation: { zh: '不正当招揽业务', en: 'Improper solicitation' },
  other: { zh: '其他', en: 'Other' },
};

export const SANCTION_KINDS = ['warning', 'fine', 'suspension', 'revocation'] as const;
export const ZSanctionKind = z.enum(SANCTION_KINDS);
export type TSanctionKind = z.infer<typeof ZSanctionKind>;

export const SANCTION_KIND_LABELS: Record<TSanctionKind, { zh: string; en: string }> = {
  warning: { zh: '警告', en: 'Warning' },
  fine: { zh: '罚款', en: 'Fine' },
  suspension: { zh: '停止承接新业务', en: 'Suspension' },
  revocation: { zh: '吊销执业许可', en: 'Revocation' },
};

export const SUPERVISION_STATUSES = ['open', 'rectified', 'closed'] as const;
export const ZSupervisionStatus = z.enum(SUPERVISION_STATUSES);
export type TSupervisionStatus = z.infer<typeof ZSupervisionStatus>;

export const SUPERVISION_STATUS_LABELS: Record<TSupervisionStatus, { zh: string; en: string }> = {
  open: { zh: '待整改', en: 'Open' },
  rectified: { zh: '已整改', en: 'Rectified' },
  closed: { zh: '已结案', en: 'Closed' },
};

export const SUPERVISION_ACTIONS = ['rectify', 'reopen', 'close'] as const;
export const ZSupervisionAction = z.enum(SUPERVISION_ACTIONS);
export type TSupervisionAction = z.infer<typeof ZSupervisionAction>;

export const SUPERVISION_ACTION_LABELS: Record<TSupervisionAction, { zh: string; en: string }> = {
  rectify: { zh: '确认整改', en: 'Confirm rectification' },
  reopen: { zh: '退回整改', en: 'Reopen' },
  close: { zh: '结案', en: 'Close' },
};

/** The state machine: from each status, the actions allowed and where each leads. */
export const SUPERVISION_TRANSITIONS: Record<TSupervisionStatus, Partial<Record<TSupervisionAction, TSupervisionStatus>>> = {
  open: { rectify: 'rectified', close: 'closed' },
  rectified: { reopen: 'open', close: 'closed' },
  closed: {},
};

export const allowedSupervisionActions = (status: TSupervisionStatus): TSupervisionAction[] =>
  Object.keys(SUPERVISION_TRANSITIONS[status]) as TSupervisionAction[];

/**
 * Referral to the protection pillar's credit blacklist 失信名单 (plan 四.五 蓝天, issue 6): a
 * violation of an agency with a sanction is referred when its record is closed — `close` is the
 * step at which the sanction decision is final (closed is terminal, so a record refers at most
 * once). The sanctions that refer are data; an agent's violation refers the agency the agent
 * practised at (the blacklist lists organizations by credit code).
 */
export const SANCTIONS_REFERRED_TO_BLACKLIST: readonly TSanctionKind[] = ['warning', 'fine', 'suspension', 'revocation'];

export const refersToBlacklist = (r: { kind: TSupervisionKind; sanction: TSanctionKind | null; agencyId: string | null }, action: TSupervisionAction): boolean =>
  action === 'close' && r.kind === 'violation' && r.sanction !== null && SANCTIONS_REFERRED_TO_BLACKLIST.includes(r.sanction) && r.agencyId !== null;

/** The referral a closed record made: the `blacklist.referred` event's id and the decision date. */
export const ZBlacklistReferral = z.object({
  eventId: z.uuid(),
  referredOn: ZCalendarDate,
});
export type TBlacklistReferral = z.infer<typeof ZBlacklistReferral>;

registerDomainMessages({
  'supervision.subjectRequired': { 'zh-CN': '须指定代理机构或代理师', en: 'Give the agency or the agent supervised' },
  'supervision.violationKindRequired': { 'zh-CN': '违规记录须填写违规类型', en: 'A violation needs its kind' },
  'supervision.violationOnly': { 'zh-CN': '仅违规记录可填写此项', en: 'Only a violation has this' },
  'supervision.fineAmountRequired': { 'zh-CN': '罚款须填写金额', en: 'A fine needs its amount' },
  'supervision.fineOnly': { 'zh-CN': '仅罚款可填写金额', en: 'Only a fine has an amount' },
});

export const ZSupervisionCreate = z
  .strictObject({
    kind: ZSupervisionKind,
    agencyId: z.uuid().nullable().default(null).describe('The agency supervised; with an agent, the agent’s agency may be left out'),
    agentId: z.uuid().nullable().default(null).describe('The agent supervised, if the record is about one'),
    violationKind: ZViolationKind.nullable().default(null).describe('Required for a violation'),
    foundDate: ZCalendarDate.describe('Date of the inspection or the date the violation was found'),
    description: z.string().trim().max(2000).default(''),
    sanction: ZSanctionKind.nullable().default(null),
    fineAmount: ZMoney.nullable().default(null).describe('Yuan, exact decimal; only with a fine'),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.agencyId === null && r.agentId === null) ctx.addIssue({ code: 'custom', path: ['agencyId'], params: { i18n: 'supervision.subjectRequired' }, input: r.agencyId });
      if (r.kind === 'violation' && r.violationKind === null) ctx.addIssue({ code: 'custom', path: ['violationKind'], params: { i18n: 'supervision.violationKindRequired' }, input: null });
      if (r.kind === 'inspection' && r.violationKind !== null) ctx.addIssue({ code: 'custom', path: ['violationKind'], params: { i18n: 'supervision.violationOnly' }, input: r.violationKind });
      if (r.kind === 'inspection' && r.sanction !== null) ctx.addIssue({ code: 'custom', path: ['sanction'], params: { i18n: 'supervision.violationOnly' }, input: r.sanction });
      if (r.sanction === 'fine' && r.fineAmount === null) ctx.addIssue({ code: 'custom', path: ['fineAmount'], params: { i18n: 'supervision.fineAmountRequired' }, input: null });
      if (r.sanction !== 'fine' && r.fineAmount !== null) ctx.addIssue({ code: 'custom', path: ['fineAmount'], params: { i18n: 'supervision.fineOnly' }, input: r.fineAmount });
    }),
  );
export type TSupervisionCreate = z.infer<typeof ZSupervisionCreate>;

export const ZSupervisionStatusEvent = z.object({
  from: ZSupervisionStatus.nullable(),
  to: ZSupervisionStatus,
  action: z.string(),
  date: ZCalendarDate,
  note: z.string(),
  at: ZInstant,
  by: z.uuid(),
});
export type TSupervisionStatusEvent = z.infer<typeof ZSupervisionStatusEvent>;

export const ZSupervisionRecord = z.object({
  id: z.uuid(),
  kind: ZSupervisionKind,
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  agentId: z.uuid().nullable(),
  agentName: z.string().nullable(),
  violationKind: ZViolationKind.nullable(),
  foundDate: ZCalendarDate,
  description: z.string(),
  sanction: ZSanctionKind.nullable(),
  fineAmount: z.string().nullable(),
  status: ZSupervisionStatus,
  /** Set once the record was referred to the protection pillar's blacklist. */
  blacklistReferral: ZBlacklistReferral.nullable(),
  /** What may be done next from this status. */
  allowedActions: z.array(ZSupervisionAction),
  district: ZRegionCode,
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TSupervisionRecord = z.infer<typeof ZSupervisionRecord>;

export const ZSupervisionRecordDetail = ZSupervisionRecord.extend({ history: z.array(ZSupervisionStatusEvent) });
export type TSupervisionRecordDetail = z.infer<typeof ZSupervisionRecordDetail>;

export const ZSupervisionTransition = z.strictObject({
  version: z.number().int().min(1),
  date: ZCalendarDate.describe('Date the step took effect'),
  note: z.string().trim().max(1000).default(''),
});
export type TSupervisionTransition = z.infer<typeof ZSupervisionTransition>;

export const ZSupervisionActionParams = z.object({ id: z.uuid(), action: ZSupervisionAction });

export const ZSupervisionListQuery = ZPageQuery.extend({
  kind: ZSupervisionKind.optional(),
  status: ZSupervisionStatus.optional(),
  violationKind: ZViolationKind.optional(),
  agencyId: z.uuid().optional(),
  agentId: z.uuid().optional(),
  district: ZRegionCode.optional(),
  foundFrom: ZCalendarDate.optional(),
  foundTo: ZCalendarDate.optional(),
});
export type TSupervisionListQuery = z.infer<typeof ZSupervisionListQuery>;
