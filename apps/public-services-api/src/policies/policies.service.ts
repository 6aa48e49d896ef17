import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TPolicyCreate, TPolicyDetail, TPolicyHit, TPolicyListQuery, TPolicyUpdate } from '@ipbureau/domain/public-services';
import { AuditWriter, inScope, inTransaction, notFound, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { expectVersion, lockInScope, withChanges } from '../common/records.js';
import { mapPolicy, mapPolicyDetail } from './policies.mapper.js';
import { PolicyDocumentEntity } from './policy-document.entity.js';

const DOCUMENT: [string, string] = ['政策文件', 'Policy document'];

@Injectable()
export class PoliciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TPolicyCreate): Promise<TPolicyDetail> {
    const owned = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的文件', 'You may not add a document outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const documents = em.getRepository(PolicyDocumentEntity);
      const { district: _district, ...fields } = input;
      const saved = mapPolicyDetail(await documents.save(documents.create({ ...fields, ...owned })));
      await this.audit.record(em, ctx, { entity: 'policy-document', entityId: saved.id, action: 'create', after: saved, regionCode: saved.district });
      return saved;
    });
  }

  /**
   * Documents in scope; with `q`, only those containing every gram of it (see the migration's
   * `policy_grams`), title hits first, then by rank; otherwise the latest effective first.
   */
  async list(ctx: AuthenticatedContext, query: TPolicyListQuery): Promise<TPage<TPolicyHit>> {
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const qb = this.dataSource.getRepository(PolicyDocumentEntity).createQueryBuilder('p').where(scope.sql, scope.params);
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.inForceOn) qb.andWhere('p.effective_date <= :on AND (p.expiry_date IS NULL OR p.expiry_date >= :on)', { on: query.inForceOn });
    if (query.q) {
      const tsquery = `plainto_tsquery('simple', policy_grams(:q, false))`;
      qb.setParameter('q', query.q)
        .andWhere(`p.search_vector @@ ${tsquery}`)
        .addSelect(`ts_filter(p.search_vector, '{a}') @@ ${tsquery}`, 'title_match')
        .addSelect(`ts_rank(p.search_vector, ${tsquery})`, 'rank')
        .addSelect(`CASE WHEN strpos(lower(p.body), lower(:first)) > 0 THEN substr(p.body, greatest(strpos(lower(p.body), lower(:first)) - 30, 1), 120) END`, 'excerpt')
        .setParameter('first', query.q.split(/\s+/)[0]!)
        .orderBy('title_match', 'DESC')
        .addOrderBy('rank', 'DESC');
    } else {
      qb.orderBy('p.effective_date', 'DESC');
    }
    qb.addOrderBy('p.id', 'ASC').offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    const [{ entities, raw }, total] = await Promise.all([qb.getRawAndEntities<{ p_id: string; title_match?: boolean; excerpt?: string | null }>(), qb.getCount()]);
    const extra = new Map(raw.map((r) => [r.p_id, r]));
    return {
      items: entities.map((e) => ({ ...mapPolicy(e), titleMatch: query.q ? (extra.get(e.id)?.title_match ?? false) : null, excerpt: query.q ? (extra.get(e.id)?.excerpt ?? null) : null })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TPolicyDetail> {
    const document = await this.dataSource.getRepository(PolicyDocumentEntity).findOneBy({ id });
    if (!document || !inScope(ctx.principal, document)) throw notFound(...DOCUMENT);
    return mapPolicyDetail(document);
  }

  /** Changes a document (e.g. sets its expiry when repealed) against the version read. */
  async update(ctx: AuthenticatedContext, id: string, input: TPolicyUpdate): Promise<TPolicyDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const document = await lockInScope(em, PolicyDocumentEntity, ctx, id, DOCUMENT);
      expectVersion(document, input.version);
      const before = mapPolicyDetail(document);
      const next = withChanges(document, input);
      if (next.expiryDate !== null && next.expiryDate < next.effectiveDate) throw unprocessable(text('失效日期不能早于生效日期', 'The expiry date cannot be before the effective date'));
      await em.getRepository(PolicyDocumentEntity).save(next);
      const after = mapPolicyDetail(await em.getRepository(PolicyDocumentEntity).findOneByOrFail({ id }));
      await this.audit.record(em, ctx, { entity: 'policy-document', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }
}
