import { sumMoney, toMoney } from '@ipbureau/domain';
import type { TCommercializationProject, TCommercializationProjectDetail, TSupportFund } from '@ipbureau/domain/utilization';
import type { CommercializationFundEntity, CommercializationProjectEntity } from './commercialization-project.entity.js';

export function mapProject(p: CommercializationProjectEntity, supportTotal: string): TCommercializationProject {
  return {
    id: p.id,
    name: p.name,
    enterprise: { name: p.enterpriseName, creditCode: p.enterpriseCreditCode },
    rights: p.rights,
    startDate: p.startDate,
    endDate: p.endDate,
    district: p.regionCode,
    description: p.description,
    supportTotal: toMoney(supportTotal),
    version: p.version,
    departmentId: p.departmentId,
    createdAt: p.createdAt.toISOString(),
    createdBy: p.createdBy,
  };
}

export function mapFund(f: CommercializationFundEntity): TSupportFund {
  return { id: f.id, seq: f.seq, source: f.source, programme: f.programme, amount: toMoney(f.amount), grantedDate: f.grantedDate, recordedAt: f.createdAt.toISOString(), recordedBy: f.createdBy };
}

export function mapProjectDetail(p: CommercializationProjectEntity, funds: CommercializationFundEntity[]): TCommercializationProjectDetail {
  return { ...mapProject(p, sumMoney(funds.map((f) => f.amount))), funds: funds.map(mapFund) };
}
