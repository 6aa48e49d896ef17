import { z } from 'zod';
import { ZInstant } from '../common/scalars.js';
import { ZPageQuery } from '../common/paging.js';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'login', 'logout', 'revoke', 'approve', 'import'] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type TAuditAction = z.infer<typeof ZAuditAction>;

/** One entry of the hash-chained audit trail (`audit.events`). */
export const ZAuditEvent = z.object({
  seq: z.string(),
  chain: z.string(),
  at: ZInstant,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  service: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: ZAuditAction,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  regionCode: z.string().nullable(),
  hash: z.string(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditQuery = ZPageQuery.extend({
  service: z.string().max(40).optional(),
  entity: z.string().max(80).optional(),
  entityId: z.string().max(80).optional(),
  actorId: z.uuid().optional(),
  action: ZAuditAction.optional(),
  from: ZInstant.optional(),
  to: ZInstant.optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZChainVerification = z.object({
  valid: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose hash or link does not match, per chain. */
  breaks: z.array(z.object({ chain: z.string(), seq: z.string(), reason: z.enum(['hash', 'link']) })),
  verifiedAt: ZInstant,
});
export type TChainVerification = z.infer<typeof ZChainVerification>;
