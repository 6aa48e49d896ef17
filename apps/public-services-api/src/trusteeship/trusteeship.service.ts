import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type {
  TTrusteeshipContract,
  TTrusteeshipContractDetail,
  TTrusteeshipCreate,
  TTrusteeshipListQuery,
  TTrusteeshipService,
  TTrusteeshipServiceCreate,
  TTrusteeshipTerminate,
  TTrusteeshipUpdate,
} from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, inScope, inTransaction, notFound, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { expectVersion, lockInScope, withChanges } from '../common/records.js';
import { TrusteeshipContractEntity } from './trusteeship-contract.entity.js';
import { mapTrusteeship, mapTrusteeshipDetail } from './trusteeship.mapper.js';

const CONTRACT: [string, string] = ['托管合同', 'Trusteeship contract'];

@Injectable()
export class TrusteeshipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TTrusteeshipCreate): Promise<TTrusteeshipContractDetail> {
    const owned = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的托管合同', 'You may not record a contract outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const agency = await em.getRepository(AgencyEntity).findOneBy({ id: input.agencyId });
      if (!agency) throw notFound('服务机构', 'Service agency');
      if (agency.status !== 'active') throw unprocessable(text('该服务机构已注销，不能签订托管合同', 'The agency is deregistered and cannot take on a contract'));
      const contracts = em.getRepository(TrusteeshipContractEntity);
      const { district: _district, ...fields } = input;
      const contract = await contracts.save(contracts.create({ ...fields, ...owned }));
      const saved = await this.detail(em, contract);
      await this.audit.record(em, ctx, { entity: 'trusteeship-contract', entityId: contract.id, action: 'create', after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TTrusteeshipListQuery): Promise<TPage<TTrusteeshipContract>> {
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 'c.department_id' });
    const qb = this.dataSource.getRepository(TrusteeshipContractEntity).createQueryBuilder('c').where(scope.sql, scope.params).orderBy('c.start_date', 'DESC').addOrderBy('c.id', 'ASC');
    if (query.agencyId) qb.andWhere('c.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.enterpriseCreditCode) qb.andWhere('c.enterprise_credit_code = :code', { code: query.enterpriseCreditCode });
    if (query.district) qb.andWhere('c.region_code = :district', { district: query.district });
    if (query.inForceOn) qb.andWhere('c.start_date <= :on AND c.end_date >= :on AND (c.terminated_on IS NULL OR c.terminated_on >= :on)', { on: query.inForceOn });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const names = await this.agencyNames(this.dataSource.manager, rows.map((r) => r.agencyId));
    return { items: rows.map((r) => mapTrusteeship(r, names.get(r.agencyId) ?? '')), total, page: query.page, pageSize: query.pageSize };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TTrusteeshipContractDetail> {
    const contract = await this.dataSource.getRepository(TrusteeshipContractEntity).findOneBy({ id });
    if (!contract || !inScope(ctx.principal, contract)) throw notFound(...CONTRACT);
    return this.detail(this.dataSource.manager, contract);
  }

  /** Changes the rights under management or the fee, against the version read. */
  async update(ctx: AuthenticatedContext, id: string, input: TTrusteeshipUpdate): Promise<TTrusteeshipContractDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const contract = await lockInScope(em, TrusteeshipContractEntity, ctx, id, CONTRACT);
      expectVersion(contract, input.version);
      const before = await this.detail(em, contract);
      const saved = await em.getRepository(TrusteeshipContractEntity).save(withChanges(contract, input));
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'trusteeship-contract', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }

  /** Ends a contract before its end date; the dates it was in force stay answerable. */
  async terminate(ctx: AuthenticatedContext, id: string, input: TTrusteeshipTerminate): Promise<TTrusteeshipContractDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const contract = await lockInScope(em, TrusteeshipContractEntity, ctx, id, CONTRACT);
      expectVersion(contract, input.version);
      if (contract.terminatedOn) throw conflict(text(`合同已于 ${contract.terminatedOn} 终止`, `The contract was already terminated on ${contract.terminatedOn}`));
      if (input.date < contract.startDate || input.date >= contract.endDate)
        throw unprocessable(text('终止日期须在合同起始日与到期日之前之间', 'The termination date must be on or after the start and before the end date'));
      const before = await this.detail(em, contract);
      const saved = await em.getRepository(TrusteeshipContractEntity).save({ ...contract, terminatedOn: input.date, terminationReason: input.reason, version: contract.version + 1 });
      const after = await this.detail(em, saved);
      await this.audit.record(em, ctx, { entity: 'trusteeship-contract', entityId: id, action: 'transition', before, after, regionCode: after.district });
      return after;
    });
  }

  /** Records a service given under the contract, on a date it was in force. */
  async addService(ctx: AuthenticatedContext, id: string, input: TTrusteeshipServiceCreate): Promise<TTrusteeshipContractDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const contract = await lockInScope(em, TrusteeshipContractEntity, ctx, id, CONTRACT);
      const lastDay = contract.terminatedOn ?? contract.endDate;
      if (input.date < contract.startDate || input.date > lastDay)
        throw unprocessable(text(`服务日期须在合同有效期内（${contract.startDate} 至 ${lastDay}）`, `The service date must fall within the contract (${contract.startDate} to ${lastDay})`));
      const [row] = (await em.query(`INSERT INTO trusteeship_services (contract_id, service_date, kind, content, region_code, by_user) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
        id,
        input.date,
        input.kind,
        input.content,
        contract.regionCode,
        ctx.principal.sub,
      ])) as { id: string }[];
      const after = await this.detail(em, contract);
      await this.audit.record(em, ctx, { entity: 'trusteeship-contract', entityId: id, action: 'update', after: { serviceId: row!.id, ...input }, regionCode: contract.regionCode });
      return after;
    });
  }

  private async agencyNames(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await em.query(`SELECT id, name FROM agencies WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async detail(em: EntityManager, contract: TrusteeshipContractEntity): Promise<TTrusteeshipContractDetail> {
    const names = await this.agencyNames(em, [contract.agencyId]);
    const services = (await em.query(
      `SELECT id, service_date::text AS "date", kind, content, at, by_user AS "by" FROM trusteeship_services WHERE contract_id = $1 ORDER BY service_date, at`,
      [contract.id],
    )) as (Omit<TTrusteeshipService, 'at'> & { at: Date })[];
    return mapTrusteeshipDetail(contract, names.get(contract.agencyId) ?? '', services.map((s) => ({ ...s, at: s.at.toISOString() })));
  }
}
