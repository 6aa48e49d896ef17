import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TAgency, TAgencyCreate, TAgencyDeregister, TAgencyKind, TAgencyListQuery, TAgencyPractice, TAgencyUpdate } from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { expectVersion, lockInScope, withChanges } from '../common/records.js';
import { AgencyEntity } from './agency.entity.js';
import { mapAgency } from './agencies.mapper.js';

/** Which kinds of agency do a kind of work. */
const KINDS_HANDLING: Record<TAgencyPractice, TAgencyKind[]> = {
  patent: ['patent', 'both'],
  trademark: ['trademark', 'both'],
};

const AGENCY: [string, string] = ['代理机构', 'Agency'];

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
      const headAgencyId = input.headAgencyId ?? null;
      if (headAgencyId !== null) {
        const head = await agencies.findOneBy({ id: headAgencyId });
        if (!head || !inScope(ctx.principal, head)) throw notFound('总机构', 'Head office');
        if (head.headAgencyId !== null) {
          throw unprocessable(text(`「${head.name}」本身是分支机构，不能作为总机构`, `${head.name} is itself a branch; it can not be a head office`));
        }
        if (head.status === 'deregistered' && head.deregisteredDate !== null && head.deregisteredDate <= input.establishedDate) {
          throw unprocessable(text(`总机构「${head.name}」已于 ${head.deregisteredDate} 注销`, `The head office ${head.name} was deregistered on ${head.deregisteredDate}`));
        }
      }
      const entity = agencies.create({
        headAgencyId,
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
    if (query.headAgencyId) qb.andWhere('a.head_agency_id = :head', { head: query.headAgencyId });
    if (query.activeOn) {
      qb.andWhere('a.established_date <= :activeOn AND (a.deregistered_date IS NULL OR a.deregistered_date > :activeOn)', { activeOn: query.activeOn });
    }
    if (query.q) qb.andWhere(`(a.name ILIKE :q OR a.credit_code ILIKE :q)`, { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    return paginate(qb, query, mapAgency);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TAgency> {
    const agency = await this.dataSource.getRepository(AgencyEntity).findOneBy({ id });
    // Outside the caller's scope an agency is reported missing rather than forbidden.
    if (!agency || !inScope(ctx.principal, agency)) throw notFound('代理机构', 'Agency');
    return mapAgency(agency);
  }

  /** Corrects the register entry against the version the caller read. */
  async update(ctx: AuthenticatedContext, id: string, input: TAgencyUpdate): Promise<TAgency> {
    return inTransaction(this.dataSource, async (em) => {
      const agency = await lockInScope(em, AgencyEntity, ctx, id, AGENCY);
      expectVersion(agency, input.version);
      const before = mapAgency(agency);
      const next = withChanges(agency, input);
      if (next.kind !== 'trademark' && next.licenceNumber === null) {
        throw unprocessable(text('专利代理机构须有执业许可证号', 'A patent agency must keep its practice licence number'));
      }
      const after = mapAgency(await em.getRepository(AgencyEntity).save(next));
      await this.audit.record(em, ctx, { entity: 'agency', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }

  /** Takes the agency off the register from a date; agents practising there must have left by then. */
  async deregister(ctx: AuthenticatedContext, id: string, input: TAgencyDeregister): Promise<TAgency> {
    return inTransaction(this.dataSource, async (em) => {
      const agency = await lockInScope(em, AgencyEntity, ctx, id, AGENCY);
      expectVersion(agency, input.version);
      if (agency.status === 'deregistered') throw conflict(text(`该机构已于 ${agency.deregisteredDate} 注销`, `The agency was deregistered on ${agency.deregisteredDate}`));
      if (input.date <= agency.establishedDate) throw unprocessable(text('注销日期须晚于成立日期', 'The deregistration date must be after the establishment date'));
      const [practising] = (await em.query(
        `SELECT count(*)::int AS n FROM agent_practices WHERE agency_id = $1 AND (end_date IS NULL OR end_date > $2)`,
        [id, input.date],
      )) as { n: number }[];
      if (practising && practising.n > 0) {
        throw conflict(text(`仍有 ${practising.n} 名代理师在该机构执业至注销日之后，请先办理转出或终止执业`, `${practising.n} agent(s) still practise there after that date; move them or end their practice first`));
      }
      const before = mapAgency(agency);
      const after = mapAgency(await em.getRepository(AgencyEntity).save({ ...agency, status: 'deregistered', deregisteredDate: input.date, version: agency.version + 1 }));
      await this.audit.record(em, ctx, { entity: 'agency', entityId: id, action: 'transition', before, after, regionCode: after.district });
      return after;
    });
  }
}
