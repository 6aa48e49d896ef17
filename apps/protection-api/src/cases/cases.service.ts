import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ZDistrictOf, type TPage } from '@ipbureau/domain';
import type { TCase, TCaseCreate, TCaseListQuery } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, forbidden, inScope, inTransaction, notFound, paginate, parseOrThrow, scopeCondition, SERVICE_CONFIG, text, type AuthenticatedContext, type ServiceConfig } from '@ipbureau/nest-kit';
import { mapCase } from './cases.mapper.js';
import { EnforcementCaseEntity } from './enforcement-case.entity.js';

@Injectable()
export class CasesService {
  private readonly caseDistrict: z.ZodType;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.caseDistrict = z.object({ district: ZDistrictOf(config.regionCode) });
  }

  /** Registers (立案) a case; it starts in status `registered`. */
  async register(ctx: AuthenticatedContext, input: TCaseCreate): Promise<TCase> {
    parseOrThrow(this.caseDistrict, { district: input.district }, ctx.locale);
    const ownership = { regionCode: input.district, departmentId: ctx.principal.dept };
    if (!inScope(ctx.principal, ownership)) {
      throw forbidden(text('不能在您的数据范围以外立案', 'You may not register a case outside your data scope'));
    }
    return inTransaction(this.dataSource, async (em) => {
      const cases = em.getRepository(EnforcementCaseEntity);
      if (await cases.existsBy({ caseNumber: input.caseNumber })) {
        throw conflict(text(`案号「${input.caseNumber}」已被使用`, `Case number "${input.caseNumber}" is already in use`));
      }
      const { caseNumber, kind, source, title, registeredDate } = input;
      const row = await cases.save(cases.create({ caseNumber, kind, source, title, registeredDate, status: 'registered', ...ownership, createdBy: ctx.principal.sub }));
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
