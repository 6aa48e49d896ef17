import { allowedReportActions, maskReporter, type TReport, type TReportDetail } from '@ipbureau/domain/protection';
import type { AuthenticatedContext } from '@ipbureau/nest-kit';
import type { ReportEntity, ReportEventEntity } from './report.entity.js';

/**
 * Who sees the reporter in clear: only the officer assigned to handle the report (承办人), by user
 * id. Viewers, other officers and approvers (the reward approval rests on the case's fine, not on
 * who reported) see it masked; so do exports and the audit trail, which are mapped with `null`.
 */
export function seesReporter(ctx: AuthenticatedContext | null, row: Pick<ReportEntity, 'handlingOfficerId'>): boolean {
  return ctx !== null && ctx.principal.sub === row.handlingOfficerId;
}

/** `ctx` null maps for the record (the audit trail): masked, no caller-dependent actions. */
export function mapReport(row: ReportEntity, ctx: AuthenticatedContext | null, caseNumber: string | null): TReport {
  const clear = { name: row.reporterName, phone: row.reporterPhone, idNumber: row.reporterIdNumber };
  const visible = seesReporter(ctx, row);
  return {
    id: row.id,
    reporter: visible ? clear : maskReporter(clear),
    identityMasked: !visible,
    subject: row.subject,
    rightKind: row.rightKind,
    district: row.regionCode,
    receivedDate: row.receivedDate,
    handlingOfficer: { userId: row.handlingOfficerId, name: row.handlingOfficerName },
    status: row.status,
    statusDate: row.statusDate,
    caseId: row.caseId,
    caseNumber,
    notVerifiedReason: row.notVerifiedReason,
    rewardBasis: row.rewardBasis,
    rewardAmount: row.rewardAmount,
    rewardRule: row.rewardRule,
    paidDate: row.paidDate,
    version: row.version,
    allowedActions: ctx ? allowedReportActions(row.status, ctx.principal.roles) : [],
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapReportDetail(row: ReportEntity, ctx: AuthenticatedContext | null, caseNumber: string | null, events: readonly ReportEventEntity[]): TReportDetail {
  return {
    ...mapReport(row, ctx, caseNumber),
    timeline: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      effectiveDate: e.effectiveDate,
      details: e.details,
      note: e.note,
      actorName: e.actorName,
      recordedAt: e.recordedAt.toISOString(),
    })),
  };
}
