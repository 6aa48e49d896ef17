import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TAgency, TAgencyCreate, TAgencyKind, TAgencyListQuery, TAgencyPractice } from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgencyEntity } from './agency.entity.js';
import { mapAgency } from './agencies.mapper.js';

/** Which kinds of agency do a kind of work. */
const KINDS_HANDLING: Record<TAgencyPractice, TAgencyKind[]> = {
  patent: ['patent', 'both'],
  trademark: ['trademark', 'both'],
};

@Injectable()
export class AgenciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  /** Puts an agency on the bureau's register; one record per credit code. */
  async register(ctx: AuthenticatedContext, input: TAgencyCreate): Promise<TAgency> {
    const owned = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的代理机构', 'You may not register an agency outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const agencies = em.getRepository(AgencyEntity);
      const holder = await agencies.findOneBy({ creditCode: input.creditCode });
      if (holder) {
        throw conflict(text(`统一社会信用代码 ${input.creditCode} 已登记为「${holder.name}」`, `Credit code ${input.creditCode} is already registered to ${holder.name}`));
      }
      const entity = agencies.create({
        name: input.name,
        creditCode: input.creditCode,
        kind: input.kind,
        licenceNumber: input.licenceNumber,
        establishedDate: input.establishedDate,
        ...owned,
      });
      const agency = mapAgency(await agencies.save(entity));
      await this.audit.record(em, ctx, { entity: 'agency', entityId: agency.id, action: 'create', after: agency, regionCode: agency.district });
      return agency;
    });
  }

  async list(ctx: AuthenticatedContext, query: TAgencyListQuery): Promise<TPage<TAgency>> {
    const scope = scopeCondition(ctx.principal, { region: 'a.region_code', department: 'a.department_id' });
    const qb = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('a').where(scope.sql, scope.params).orderBy('a.name', 'ASC');
    if (query.handles) qb.andWhere('a.kind IN (:...kinds)', { kinds: KINDS_HANDLING[query.handles] });
    if (query.district) qb.andWhere('a.region_code = :district', { district: query.district });
    return paginate(qb, query, mapAgency);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TAgency> {
    const agency = await this.dataSource.getRepository(AgencyEntity).findOneBy({ id });
    // Outside the caller's scope an agency is reported missing rather than forbidden.
    if (!agency || !inScope(ctx.principal, agency)) throw notFound('代理机构', 'Agency');
    return mapAgency(agency);
  }
}
