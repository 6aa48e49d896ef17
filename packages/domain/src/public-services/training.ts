import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';

/** Training and publicity events 培训与宣传活动 (plan 四.六): the sessions and people trained. */
export const TRAINING_EVENT_KINDS = ['training', 'publicity'] as const;
export const ZTrainingEventKind = z.enum(TRAINING_EVENT_KINDS);
export type TTrainingEventKind = z.infer<typeof ZTrainingEventKind>;

export const AUDIENCE_KINDS = ['enterprises', 'agencies', 'officials', 'universities', 'public'] as const;
export const ZAudienceKind = z.enum(AUDIENCE_KINDS);
export type TAudienceKind = z.infer<typeof ZAudienceKind>;

export const AUDIENCE_KIND_LABELS: Record<TAudienceKind, { zh: string; en: string }> = {
  enterprises: { zh: '企业', en: 'Enterprises' },
  agencies: { zh: '服务机构', en: 'Service agencies' },
  officials: { zh: '机关干部', en: 'Officials' },
  universities: { zh: '高校院所', en: 'Universities and institutes' },
  public: { zh: '社会公众', en: 'The public' },
};

registerDomainMessages({
  'training.venueRequired': { 'zh-CN': '线下活动须填写地点', en: 'An on-site event needs its venue' },
});


export const ZTrainingEventCreate = z
  .strictObject({
    kind: ZTrainingEventKind.default('training'),
    topic: z.string().trim().min(1).max(200),
    audience: ZAudienceKind,
    date: ZCalendarDate,
    online: z.boolean(),
    venue: z.string().trim().min(1).max(200).nullable().default(null),
    district: ZRegionCode.describe('District the event is held in or organised for'),
    plannedCount: z.number().int().min(0).max(1_000_000),
    attendedCount: z.number().int().min(0).max(1_000_000).nullable().default(null).describe('People who attended; null until known'),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (!e.online && e.venue === null) ctx.addIssue({ code: 'custom', path: ['venue'], params: { i18n: 'training.venueRequired' }, input: e.venue });
    }),
  );
export type TTrainingEventCreate = z.infer<typeof ZTrainingEventCreate>;

export const ZTrainingEventUpdate = z
  .strictObject({
    version: z.number().int().min(1),
    topic: z.string().trim().min(1).max(200).optional(),
    audience: ZAudienceKind.optional(),
    date: ZCalendarDate.optional(),
    online: z.boolean().optional(),
    venue: z.string().trim().min(1).max(200).nullable().optional(),
    plannedCount: z.number().int().min(0).max(1_000_000).optional(),
    attendedCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.online === false && e.venue === null) ctx.addIssue({ code: 'custom', path: ['venue'], params: { i18n: 'training.venueRequired' }, input: e.venue });
    }),
  );
export type TTrainingEventUpdate = z.infer<typeof ZTrainingEventUpdate>;

export const ZTrainingEvent = z.object({
  id: z.uuid(),
  kind: ZTrainingEventKind,
  topic: z.string(),
  audience: ZAudienceKind,
  date: ZCalendarDate,
  online: z.boolean(),
  venue: z.string().nullable(),
  district: ZRegionCode,
  plannedCount: z.number().int(),
  attendedCount: z.number().int().nullable(),
  version: z.number().int().min(1),
  departmentId: z.uuid().nullable(),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TTrainingEvent = z.infer<typeof ZTrainingEvent>;

export const ZTrainingEventListQuery = ZPageQuery.extend({
  kind: ZTrainingEventKind.optional(),
  audience: ZAudienceKind.optional(),
  district: ZRegionCode.optional(),
  from: ZCalendarDate.optional(),
  to: ZCalendarDate.optional(),
});
export type TTrainingEventListQuery = z.infer<typeof ZTrainingEventListQuery>;

/** Public-services metric keys (the catalogue at /api/public-services/metrics). */
export const PUBLIC_SERVICES_METRICS = {
  agentsPractising: 'agents.practising',
  agenciesActive: 'agencies.active',
  violationsFound: 'violations.found_in_period',
  trainingSessions: 'training.sessions_in_period',
  peopleTrained: 'training.people_trained_in_period',
  infoRequests: 'info_services.requests_in_period',
  infoSatisfaction: 'info_services.satisfaction_in_period',
  trusteeshipInForce: 'trusteeship.contracts_in_force',
} as const;
