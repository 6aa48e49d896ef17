import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parsePatentApplicationNumber, type TPage, type TPatentType } from '@ipbureau/domain';
import type { TPatent, TPatentCreate, TPatentListQuery } from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PatentEntity } from './patent.entity.js';
import { mapPatent } from './patents.mapper.js';

function patentTypeOf(applicationNumber: string): TPatentType {
  const parsed = parsePatentApplicationNumber(applicationNumber);
  // The request contract already refused every number that does not parse.
  if (!parsed) throw new Error(`application number passed validation but does not parse: ${applicationNumber}`);
  return parsed.type;
}

/** `q` as a literal substring for ILIKE: its own % and _ match themselves. */
function containing(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class PatentsService {
  /** Applicants' districts must lie in the region this deployment serves. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async register(ctx: AuthenticatedContext, input: TPatentCreate): Promise<TPatent> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的专利', 'You may not register a patent outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const patents = em.getRepository(PatentEntity);
      const number = input.applicationNumber;
      if (await patents.existsBy({ applicationNumber: number })) {
        throw conflict(text(`申请号为 ${number} 的专利已登记`, `Patent application ${number} is already registered`));
      }
      const saved = await patents.save(
        patents.create({
          applicationNumber: number,
          patentType: patentTypeOf(number),
          title: input.title,
          applicantName: input.applicantName,
          applicantCreditCode: input.applicantCreditCode,
          filingDate: input.filingDate,
          status: 'pending',
          ...owner,
        }),
      );
      const patent = mapPatent(saved);
      await this.audit.record(em, ctx, { entity: 'patent', entityId: patent.id, action: 'create', after: patent, regionCode: patent.district });
      return patent;
    });
  }

  async list(ctx: AuthenticatedContext, query: TPatentListQuery): Promise<TPage<TPatent>> {
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const qb = this.dataSource
      .getRepository(PatentEntity)
      .createQueryBuilder('p')
      .where(scope.sql, scope.params)
      .orderBy('p.filingDate', 'DESC')
      .addOrderBy('p.applicationNumber', 'ASC');
    if (query.patentType) qb.andWhere('p.patent_type = :patentType', { patentType: query.patentType });
    if (query.district) qb.andWhere('p.region_code = :district', { district: query.district });
    if (query.q) {
      qb.andWhere(`(p.title ILIKE :q OR p.applicant_name ILIKE :q OR p.application_number ILIKE :q)`, { q: containing(query.q) });
    }
    return paginate(qb, query, mapPatent);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPatent> {
    const patent = await this.dataSource.getRepository(PatentEntity).findOneBy({ id });
    // A record outside the caller's scope is answered as if it did not exist.
    if (!patent || !inScope(ctx.principal, patent)) throw notFound('专利', 'Patent');
    return mapPatent(patent);
  }
}
