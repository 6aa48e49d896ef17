import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TTransferContract, TTransferContractCreate, TTransferContractListQuery, TTransferContractUpdate } from '@ipbureau/domain/utilization';
import { AuditWriter, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertNotFuture, assertVersion, containing, fieldError, sentFields } from '../product-rules/product.rules.js';
import { TransferContractEntity } from './transfer-contract.entity.js';
import { mapTransferContract } from './transfers.mapper.js';

const contractNotFound = () => notFound('转让许可合同', 'Transfer contract');
const outOfScope = text('不能登记您数据范围以外的合同', 'You may not record a contract outside your data scope');

@Injectable()
export class TransfersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TTransferContractCreate): Promise<TTransferContract> {
    const owner = this.ownership.forNewRecord(ctx, input.district, outOfScope);
    assertNotFuture(ctx.locale, input.contractDate, 'contractDate');
    if (input.registrationDate) assertNotFuture(ctx.locale, input.registrationDate, 'registrationDate');
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(TransferContractEntity);
      const { district: _district, ...fields } = input;
      const row = await repository.save(
        repository.create({
          ...fields,
          licenseKind: input.licenseKind ?? null,
          contractNumber: input.contractNumber ?? null,
          licensorCreditCode: input.licensorCreditCode ?? null,
          registrationNumber: input.registrationNumber ?? null,
          registrationDate: input.registrationDate ?? null,
          termFrom: input.termFrom ?? null,
          termTo: input.termTo ?? null,
          note: input.note ?? null,
          ...owner,
        }),
      );
      const contract = mapTransferContract(row);
      await this.audit.record(em, ctx, { entity: 'transfer_contract', entityId: contract.id, action: 'create', after: contract, regionCode: contract.district });
      return contract;
    });
  }

  /** Corrections, checked again as a whole: a licence keeps a licence kind, dates stay in order. */
  async update(ctx: AuthenticatedContext, id: string, input: TTransferContractUpdate): Promise<TTransferContract> {
    return inTransaction(this.dataSource, async (em) => {
      const contract = await this.lockInScope(em, ctx, id);
      const { version, district, ...fields } = input;
      assertVersion(contract.version, version);
      const before = mapTransferContract(contract);
      Object.assign(contract, sentFields(fields));
      if (district !== undefined && district !== contract.regionCode) contract.regionCode = this.ownership.forNewRecord(ctx, district, outOfScope).regionCode;
      if (contract.kind === 'assignment' && contract.licenseKind) throw fieldError(ctx.locale, 'licenseKind', '转让合同没有许可类型', 'An assignment has no licence kind');
      if (contract.registrationDate && contract.registrationDate < contract.contractDate) {
        throw fieldError(ctx.locale, 'registrationDate', '备案日期不能早于合同签订日期', 'The registration date must not be before the contract date');
      }
      if (contract.termFrom && contract.termTo && contract.termTo <= contract.termFrom) throw fieldError(ctx.locale, 'termTo', '许可期限的终止日期必须晚于起始日期', 'The licence term must end after it starts');
      assertNotFuture(ctx.locale, contract.contractDate, 'contractDate');
      if (contract.registrationDate) assertNotFuture(ctx.locale, contract.registrationDate, 'registrationDate');
      const saved = mapTransferContract(await em.getRepository(TransferContractEntity).save(contract));
      await this.audit.record(em, ctx, { entity: 'transfer_contract', entityId: id, action: 'update', before, after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TTransferContractListQuery): Promise<TPage<TTransferContract>> {
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 'c.department_id' });
    const qb = this.dataSource.getRepository(TransferContractEntity).createQueryBuilder('c').where(scope.sql, scope.params);
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.licenseKind) qb.andWhere('c.license_kind = :licenseKind', { licenseKind: query.licenseKind });
    if (query.district) qb.andWhere('c.region_code = :district', { district: query.district });
    if (query.from) qb.andWhere('c.contract_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('c.contract_date <= :to', { to: query.to });
    if (query.rightNumber) qb.andWhere(`c.rights @> jsonb_build_array(jsonb_build_object('number', :rightNumber::text))`, { rightNumber: query.rightNumber.toUpperCase() });
    if (query.q) {
      qb.andWhere(
        '(c.licensor_name ILIKE :like OR c.licensee_name ILIKE :like OR c.licensee_credit_code ILIKE :like OR c.licensor_credit_code ILIKE :like OR c.contract_number ILIKE :like OR c.registration_number ILIKE :like)',
        { like: containing(query.q) },
      );
    }
    qb.orderBy('c.contractDate', 'DESC').addOrderBy('c.createdAt', 'DESC');
    return paginate(qb, query, mapTransferContract);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TTransferContract> {
    const contract = await this.dataSource.getRepository(TransferContractEntity).findOneBy({ id });
    if (contract === null || !inScope(ctx.principal, contract)) throw contractNotFound();
    return mapTransferContract(contract);
  }

  private async lockInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TransferContractEntity> {
    const contract = await em.getRepository(TransferContractEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
    if (contract === null || !inScope(ctx.principal, contract)) throw contractNotFound();
    return contract;
  }
}
