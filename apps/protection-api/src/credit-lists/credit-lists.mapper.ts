import { allowedBlacklistActions, type TBlacklistEntry, type TBlacklistEntryDetail, type TBlacklistEvent, type TWhitelistEntry } from '@ipbureau/domain/protection';
import type { BlacklistEntryEntity, BlacklistEventEntity } from './blacklist-entry.entity.js';
import type { WhitelistRightEntity } from './whitelist-right.entity.js';

/** The entry as the API shows it; `roles` decide the allowed next actions, `caseNumber` is the listing case's number. */
export function mapBlacklistEntry(row: BlacklistEntryEntity, roles: readonly string[], caseNumber: string | null): TBlacklistEntry {
  const { id, subjectKind, creditCode, name, grounds, source, caseId, referralId, violation, decidedOn, status, listedDate, publishedDate, removedDate, version } = row;
  return {
    id,
    subjectKind,
    creditCode,
    name,
    grounds,
    source,
    caseId,
    caseNumber,
    referralId,
    violation,
    decidedOn,
    status,
    listedDate,
    publishedDate,
    removedDate,
    district: row.regionCode,
    version,
    allowedActions: allowedBlacklistActions(status, roles),
    createdAt: row.createdAt.toISOString(),
  };
}

export function mapBlacklistEvent(row: BlacklistEventEntity): TBlacklistEvent {
  const { id, action, fromStatus, toStatus, effectiveDate, reason, actorId, actorName } = row;
  return { id, action, fromStatus, toStatus, effectiveDate, reason, actorId, actorName, recordedAt: row.recordedAt.toISOString() };
}

export function mapBlacklistDetail(row: BlacklistEntryEntity, roles: readonly string[], caseNumber: string | null, events: BlacklistEventEntity[]): TBlacklistEntryDetail {
  return { ...mapBlacklistEntry(row, roles, caseNumber), timeline: events.map(mapBlacklistEvent) };
}

export function mapWhitelistEntry(row: WhitelistRightEntity): TWhitelistEntry {
  const { id, rightKind, rightNumber, rightName, ownerName, ownerCreditCode, validFrom, validTo, version } = row;
  return { id, rightKind, rightNumber, rightName, ownerName, ownerCreditCode, validFrom, validTo, district: row.regionCode, version, createdAt: row.createdAt.toISOString() };
}
