import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TCase, TCaseCreate, TCaseListQuery } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { mapCase } from './cases.mapper.js';
import { EnforcementCaseEntity } from './enforcement-case.entity.js';

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  /** Registers (立案) a case; it starts in status `registered`. */
  async register(ctx: AuthenticatedContext, input: TCaseCreate): Promise<TCase> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外立案', 'You may not register a case outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const cases = em.getRepository(EnforcementCaseEntity);
      if (await cases.existsBy({ caseNumber: input.caseNumber })) {
        throw conflict(text(`案号「${input.caseNumber}」已被使用`, `Case number "${input.caseNumber}" is already in use`));
      }
      const { caseNumber, kind, source, title, registeredDate } = input;
      const row = await cases.save(cases.create({ caseNumber, kind, source, title, registeredDate, status: 'registered', ...ownership }));
      const registered = mapCase(row);
      await this.audit.record(em, ctx, { entity: 'case', entityId: registered.id, action: 'create', after: registered, regionCode: registered.district });
      return registered;
    });
  }

  async list(ctx: AuthenticatedContext, query: TCaseListQuery): Promise<TPage<TCase>> {
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 'c.department_id' });
    const qb = this.dataSource.getRepository(EnforcementCaseEntity).createQueryBuilder('c').where(scope.sql, scope.params);
    const equal = { kind: query.kind, source: query.source, status: query.status, region_code: query.district };
    for (const [column, value] of Object.entries(equal)) {
      if (value !== undefined) qb.andWhere(`c.${column} = :${column}`, { [column]: value });
    }
    if (query.registeredFrom) qb.andWhere('c.registered_date >= :registeredFrom', { registeredFrom: query.registeredFrom });
    if (query.registeredTo) qb.andWhere('c.registered_date <= :registeredTo', { registeredTo: query.registeredTo });
    return paginate(qb.orderBy('c.registeredDate', 'DESC').addOrderBy('c.caseNumber', 'DESC'), query, mapCase);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TCase> {
    const found = await this.dataSource.getRepository(EnforcementCaseEntity).findOneBy({ id });
    // Cases outside the caller's scope are not confirmed to exist (404, not 403).
    if (!found || !inScope(ctx.principal, found)) throw notFound('案件', 'Case');
    return mapCase(found);
  }
}
