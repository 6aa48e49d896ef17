import { hasModuleLevel, maskName } from '@ipbureau/domain';
import { allowedActions, type TCase, type TCaseDeadline, type TCaseDetail, type TCaseEvent } from '@ipbureau/domain/protection';
import type { CaseEventEntity } from './case-event.entity.js';
import type { CaseOfficerEntity, CasePartyEntity, CaseRightEntity } from './case-party.entity.js';
import type { EnforcementCaseEntity } from './enforcement-case.entity.js';

/** Builds the response contract of a case from its row; `roles` decide the allowed next actions. */
export function mapCase(row: EnforcementCaseEntity, roles: readonly string[], deadline: TCaseDeadline | null, fastTrack: boolean, parties: readonly Pick<CasePartyEntity, 'kind' | 'name'>[]): TCase {
  const { id, caseNumber, kind, source, title, registeredDate, status, version, statusDate, outcome, decisionNumber, departmentId, createdBy } = row;
  return {
    id,
    caseNumber,
    kind,
    source,
    title,
    district: row.regionCode,
    registeredDate,
    status,
    version,
    statusDate,
    outcome,
    decisionNumber,
    fineAmount: row.fineAmount,
    confiscationAmount: row.confiscationAmount,
    transferredTo: row.transferRecipientKind && row.transferRecipientName ? { kind: row.transferRecipientKind, name: row.transferRecipientName } : null,
    agreementDate: row.agreementDate,
    allowedActions: allowedActions({ status, outcome, extended: deadline?.extended ?? false }, roles),
    deadline,
    fastTrack,
    partyNames: parties.map((p) => partyName(p, roles)),
    departmentId,
    createdAt: row.createdAt.toISOString(),
    createdBy,
  };
}

export function mapCaseEvent(row: CaseEventEntity): TCaseEvent {
  const { id, action, fromStatus, toStatus, effectiveDate, details, note, actorId, actorName } = row;
  return { id, action, fromStatus, toStatus, effectiveDate, details, note, actorId, actorName, recordedAt: row.recordedAt.toISOString() };
}

export interface CaseFile {
  row: EnforcementCaseEntity;
  parties: CasePartyEntity[];
  rights: CaseRightEntity[];
  officers: CaseOfficerEntity[];
  events: CaseEventEntity[];
  /** The time limit as of today (null when none applies or the case was decided or ended). */
  deadline: TCaseDeadline | null;
  /** A key enterprise's complaint (重点企业直通车). */
  fastTrack: boolean;
}

/**
 * Who sees a natural person's name in clear: those who handle or decide cases (protection officer
 * or approver). Viewers and callers of other pillars see it masked (`张*`); an organization's name
 * is public and never masked.
 */
export const seesPersonNames = (roles: readonly string[]) => hasModuleLevel(roles, 'protection', 'officer');

/** A party's name as the caller may read it. */
export const partyName = ({ kind, name }: Pick<CasePartyEntity, 'kind' | 'name'>, roles: readonly string[]) => (kind === 'person' && !seesPersonNames(roles) ? maskName(name) : name);

/** The case file: the case, its parties, rights and officers in the order entered, its timeline oldest first. */
export function mapCaseDetail(file: CaseFile, roles: readonly string[]): TCaseDetail {
  return {
    ...mapCase(file.row, roles, file.deadline, file.fastTrack, file.parties),
    parties: file.parties.map((p) => ({ kind: p.kind, role: p.role, name: partyName(p, roles), creditCode: p.creditCode })),
    rights: file.rights.map(({ kind, number, title }) => ({ kind, number, title })),
    officers: file.officers.map(({ userId, name }) => ({ userId, name })),
    timeline: file.events.map(mapCaseEvent),
  };
}
