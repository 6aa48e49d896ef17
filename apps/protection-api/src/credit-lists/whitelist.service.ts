import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import { ZPatentNumber, ZTrademarkNumber } from '@ipbureau/domain';
import type { TWhitelistCreate, TWhitelistEntry, TWhitelistListQuery, TWhitelistUpdate } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { mapWhitelistEntry } from './credit-lists.mapper.js';
import { WhitelistRightEntity } from './whitelist-right.entity.js';

/** A patent is stored as its ZL number, a mark as its bare registration number, so one right is one row. */
function canonicalNumber(kind: TWhitelistCreate['rightKind'], number: string): string {
  if (kind === 'patent') return ZPatentNumber.parse(number);
  if (kind === 'trademark') return ZTrademarkNumber.parse(number);
  return number;
}

/** The whitelist 白名单 of protected rights watched for early warning between their validity dates. */
@Injectable()
export class WhitelistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async list(ctx: AuthenticatedContext, query: TWhitelistListQuery): Promise<TPage<TWhitelistEntry>> {
    const scope = scopeCondition(ctx.principal, { region: 'w.region_code', department: 'w.department_id' });
    const qb = this.dataSource.getRepository(WhitelistRightEntity).createQueryBuilder('w').where(scope.sql, scope.params);
    if (query.rightKind) qb.andWhere('w.right_kind = :rightKind', { rightKind: query.rightKind });
    if (query.ownerCreditCode) qb.andWhere('w.owner_credit_code = :owner', { owner: query.ownerCreditCode.toUpperCase() });
    if (query.asOf) qb.andWhere('w.valid_from <= :asOf AND (w.valid_to IS NULL OR w.valid_to >= :asOf)', { asOf: query.asOf });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      qb.andWhere('(w.right_number ILIKE :like OR w.right_name ILIKE :like OR w.owner_name ILIKE :like)', { like });
    }
    return paginate(qb.orderBy('w.createdAt', 'DESC'), query, mapWhitelistEntry);
  }

  async create(ctx: AuthenticatedContext, input: TWhitelistCreate): Promise<TWhitelistEntry> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not add outside your data scope'));
    const rightNumber = canonicalNumber(input.rightKind, input.rightNumber);
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(WhitelistRightEntity);
      if (await repo.existsBy({ rightKind: input.rightKind, rightNumber })) throw conflict(text(`权利「${rightNumber}」已在白名单中`, `Right "${rightNumber}" is already on the whitelist`));
      const { rightKind, rightName, ownerName, ownerCreditCode, validFrom, validTo } = input;
      const row = await repo.save(repo.create({ rightKind, rightNumber, rightName, ownerName, ownerCreditCode, validFrom, validTo, version: 1, ...ownership }));
      const created = mapWhitelistEntry(await repo.findOneByOrFail({ id: row.id }));
      await this.audit.record(em, ctx, { entity: 'whitelist_right', entityId: row.id, action: 'create', after: created, regionCode: row.regionCode });
      return created;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TWhitelistUpdate): Promise<TWhitelistEntry> {
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(WhitelistRightEntity);
      const row = await repo.findOneBy({ id });
      if (!row || !inScope(ctx.principal, row)) throw notFound('白名单权利', 'Whitelisted right');
      const stale = conflict(text('记录已被他人修改，请刷新后重试', 'The record was changed by someone else since you read it; reload it and try again'));
      if (row.version !== input.version) throw stale;
      const { version, ...changes } = input;
      const validFrom = changes.validFrom ?? row.validFrom;
      const validTo = changes.validTo === undefined ? row.validTo : changes.validTo;
      if (validTo !== null && validTo < validFrom) {
        throw new DomainException('VALIDATION_FAILED', text('有效期止不能早于有效期起', 'The end of validity cannot be before its start'), [{ path: 'validTo', code: 'credit.validTo.beforeFrom', message: 'before validFrom' }]);
      }
      const result = await em
        .createQueryBuilder()
        .update(WhitelistRightEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw stale;
      const after = mapWhitelistEntry(await repo.findOneByOrFail({ id }));
      await this.audit.record(em, ctx, { entity: 'whitelist_right', entityId: id, action: 'update', before: mapWhitelistEntry(row), after, regionCode: row.regionCode });
      return after;
    });
  }
}
