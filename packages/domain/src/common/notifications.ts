import { z } from 'zod';
import { ZModule } from '../identity/roles.js';
import { ZPageQuery } from './paging.js';
import { ZCalendarDate, ZInstant, ZRegionCode } from './scalars.js';

/**
 * Alerts: a pillar raises one (an `alert.raised` event) when something needs a person — a
 * deadline near, an annual fee due, a plan milestone overdue. platform-api delivers it to the
 * users it concerns; each reads and dismisses it for themself.
 */
export const ALERT_SEVERITIES = ['info', 'warning', 'danger'] as const;
export const ZAlertSeverity = z.enum(ALERT_SEVERITIES);
export type TAlertSeverity = z.infer<typeof ZAlertSeverity>;

const ZText = z.object({ 'zh-CN': z.string().min(1).max(200), en: z.string().min(1).max(200) });

/**
 * Who an alert concerns: users holding at least `level` in `module`, in the alert's region, and
 * — when a department is named — in that department or one above it (the section chief sees
 * what his officers see). Named users receive it whatever their role.
 */
export const ZAlertAudience = z.object({
  module: ZModule,
  level: z.enum(['viewer', 'officer', 'approver']),
  departmentId: z.uuid().nullable().default(null),
  userIds: z.array(z.uuid()).max(50).default([]),
});
export type TAlertAudience = z.infer<typeof ZAlertAudience>;

/** The `data` of an `alert.raised` event. */
export const ZAlertRaised = z.object({
  /** Raising the same key again changes nothing: a daily scan may re-raise freely. */
  key: z.string().min(1).max(200),
  /** What kind of alert, e.g. `pledge.maturity_near`, `case.deadline_overdue`, `milestone.overdue`. */
  kind: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/),
  severity: ZAlertSeverity,
  title: ZText,
  body: ZText.nullable().default(null),
  /** Where in the web app the record is, e.g. `/utilization/pledges/<id>`. */
  link: z.string().startsWith('/').max(300).nullable().default(null),
  dueDate: ZCalendarDate.nullable().default(null),
  audience: ZAlertAudience,
});
export type TAlertRaised = z.input<typeof ZAlertRaised>;

export const ZNotification = z.object({
  id: z.uuid(),
  kind: z.string(),
  severity: ZAlertSeverity,
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  dueDate: ZCalendarDate.nullable(),
  module: ZModule,
  source: z.string(),
  regionCode: ZRegionCode,
  raisedAt: ZInstant,
  readAt: ZInstant.nullable(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = ZPageQuery.extend({
  /** `unread`: the to-do list; `all`: everything not dismissed. */
  status: z.enum(['unread', 'all']).default('all'),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZNotificationSummary = z.object({ unread: z.int().min(0) });
export type TNotificationSummary = z.infer<typeof ZNotificationSummary>;

