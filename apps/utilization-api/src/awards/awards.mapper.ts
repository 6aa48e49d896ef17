import type { TAward } from '@ipbureau/domain/utilization';
import type { AwardEntity } from './award.entity.js';

export function mapAward(award: AwardEntity): TAward {
  return {
    id: award.id,
    kind: award.kind,
    level: award.level,
    year: award.year,
    grade: award.grade,
    awardName: award.awardName,
    patentNumber: award.patentNumber,
    patentTitle: award.patentTitle,
    holderName: award.holderName,
    holderCreditCode: award.holderCreditCode,
    announcedDate: award.announcedDate,
    district: award.regionCode,
    note: award.note,
    version: award.version,
    departmentId: award.departmentId,
    createdAt: award.createdAt.toISOString(),
    createdBy: award.createdBy,
  };
}
