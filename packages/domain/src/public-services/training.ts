import { z } from 'zod';
import { ZCalendarDate, ZInstant, ZRegionCode } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';
import { registerDomainMessages } from '../common/messages.js';
import { ZCreditCode } from '../validators/credit-code.js';

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
  'training.phone.format': { 'zh-CN': '联系电话应为11位手机号或带区号的固定电话', en: 'Phone: an 11-digit mobile number or a landline with its area code' },
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

/**
 * Where an event's attended count comes from. An event with at least one registration counts its
 * registrations marked attended (`registrations`); one recorded without a list keeps the count
 * entered on the event (`count`). The metric "people trained in a period" follows the same rule.
 */
export const ZAttendanceSource = z.enum(['count', 'registrations']);
export type TAttendanceSource = z.infer<typeof ZAttendanceSource>;

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
  attendedCount: z.number().int().nullable().describe('Attended registrations when the event has any, else the count entered (null until known)'),
  registeredCount: z.number().int().describe('Registrations on the event’s list'),
  attendanceSource: ZAttendanceSource,
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

/** A person registered for a training event 培训报名, and whether (and when) they attended. */
export const ZTrainingRegistrationCreate = z.strictObject({
  personName: z.string().trim().min(1).max(100),
  organizationName: z.string().trim().min(1).max(200),
  creditCode: ZCreditCode.nullable().default(null).describe('The organization’s unified social credit code, when it has one'),
  phone: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ''))
    .refine((v) => /^1[3-9]\d{9}$/.test(v) || /^0\d{9,11}$/.test(v), { params: { i18n: 'training.phone.format' } })
    .nullable()
    .default(null)
    .describe('Mobile (11 digits) or landline with area code; masked for callers below officer'),
});
export type TTrainingRegistrationCreate = z.infer<typeof ZTrainingRegistrationCreate>;

export const ZTrainingAttendance = z.strictObject({
  version: z.number().int().min(1),
  attendedOn: ZCalendarDate.nullable().describe('The day the person attended; null withdraws the mark'),
});
export type TTrainingAttendance = z.infer<typeof ZTrainingAttendance>;

export const ZTrainingRegistration = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  eventTopic: z.string(),
  eventDate: ZCalendarDate,
  personName: z.string(),
  organizationName: z.string(),
  creditCode: z.string().nullable(),
  phone: z.string().nullable(),
  phoneMasked: z.boolean().describe('True when the phone is shown masked (callers below officer)'),
  attendedOn: ZCalendarDate.nullable(),
  district: ZRegionCode,
  version: z.number().int().min(1),
  createdAt: ZInstant,
  createdBy: z.uuid(),
});
export type TTrainingRegistration = z.infer<typeof ZTrainingRegistration>;

export const ZTrainingRegistrationListQuery = ZPageQuery.extend({
  eventId: z.uuid().optional(),
  creditCode: z.string().trim().toUpperCase().max(18).optional().describe('The organization’s credit code, exact'),
  attended: z.enum(['true', 'false']).optional(),
});
export type TTrainingRegistrationListQuery = z.infer<typeof ZTrainingRegistrationListQuery>;

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
