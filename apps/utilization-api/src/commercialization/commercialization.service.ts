import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type {
  TCommercializationProject,
  TCommercializationProjectCreate,
  TCommercializationProjectDetail,
  TCommercializationProjectListQuery,
  TCommercializationProjectUpdate,
  TSupportFundCreate,
} from '@ipbureau/domain/utilization';
import { AuditWriter, inScope, inTransaction, notFound, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertNotFuture, assertVersion, containing, fieldError, sentFields } from '../product-rules/product.rules.js';
import { CommercializationFundEntity, CommercializationProjectEntity } from './commercialization-project.entity.js';
import { mapFund, mapProject, mapProjectDetail } from './commercialization.mapper.js';

const projectNotFound = () => notFound('产业化项目', 'Commercialization project');

@Injectable()
export class CommercializationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TCommercializationProjectCreate): Promise<TCommercializationProjectDetail> {
    const owner = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的项目', 'You may not record a project outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(CommercializationProjectEntity);
      const row = await repository.save(
        repository.create({
          name: input.name,
          enterpriseName: input.enterprise.name,
          enterpriseCreditCode: input.enterprise.creditCode,
          rights: input.rights,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          description: input.description ?? null,
          ...owner,
        }),
      );
      const project = mapProjectDetail(row, []);
      await this.audit.record(em, ctx, { entity: 'commercialization_project', entityId: row.id, action: 'create', after: project, regionCode: row.regionCode });
      return project;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TCommercializationProjectUpdate): Promise<TCommercializationProjectDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const project = await this.lockInScope(em, ctx, id);
      const { version, ...fields } = input;
      assertVersion(project.version, version);
      const funds = await this.funds(em, id);
      const before = mapProjectDetail(project, funds);
      Object.assign(project, sentFields(fields));
      if (project.endDate && project.endDate <= project.startDate) throw fieldError(ctx.locale, 'endDate', '项目结束日期必须晚于开始日期', 'The project must end after it starts');
      const saved = mapProjectDetail(await em.getRepository(CommercializationProjectEntity).save(project), funds);
      await this.audit.record(em, ctx, { entity: 'commercialization_project', entityId: id, action: 'update', before, after: saved, regionCode: saved.district });
      return saved;
    });
  }

  /**
   * Adds a support fund to the project's ledger. The project's version moves with it, so two
   * officers entering the same grant at once do not both succeed unnoticed.
   */
  async addFund(ctx: AuthenticatedContext, id: string, input: TSupportFundCreate): Promise<TCommercializationProjectDetail> {
    assertNotFuture(ctx.locale, input.grantedDate, 'grantedDate');
    return inTransaction(this.dataSource, async (em) => {
      const project = await this.lockInScope(em, ctx, id);
      assertVersion(project.version, input.version);
      if (input.grantedDate < project.startDate) throw fieldError(ctx.locale, 'grantedDate', `资助日期不能早于项目开始日期 ${project.startDate}`, `The grant date must not be before the project start (${project.startDate})`);
      const funds = await this.funds(em, id);
      const repository = em.getRepository(CommercializationFundEntity);
      const fund = await repository.save(
        repository.create({ projectId: id, seq: funds.length + 1, source: input.source, programme: input.programme, amount: input.amount, grantedDate: input.grantedDate, regionCode: project.regionCode, createdBy: ctx.principal.sub }),
      );
      await em.query(`UPDATE commercialization_projects SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      const saved = await em.getRepository(CommercializationProjectEntity).findOneByOrFail({ id });
      const detail = mapProjectDetail(saved, [...funds, fund]);
      await this.audit.record(em, ctx, { entity: 'commercialization_fund', entityId: fund.id, action: 'create', after: { projectId: id, ...mapFund(fund), supportTotal: detail.supportTotal }, regionCode: saved.regionCode });
      return detail;
    });
  }

  async list(ctx: AuthenticatedContext, query: TCommercializationProjectListQuery): Promise<TPage<TCommercializationProject>> {
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const qb = this.dataSource
      .getRepository(CommercializationProjectEntity)
      .createQueryBuilder('p')
      .addSelect((sub) => sub.select('COALESCE(sum(f.amount), 0)::text').from(CommercializationFundEntity, 'f').where('f.project_id = p.id'), 'support_total')
      .where(scope.sql, scope.params);
    if (query.district) qb.andWhere('p.region_code = :district', { district: query.district });
    if (query.q) qb.andWhere('(p.name ILIKE :like OR p.enterprise_name ILIKE :like OR p.enterprise_credit_code ILIKE :like)', { like: containing(query.q) });
    qb.orderBy('p.startDate', 'DESC').addOrderBy('p.createdAt', 'DESC');
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .clone()
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawAndEntities<{ support_total: string }>();
    return { items: entities.map((e, i) => mapProject(e, raw[i]?.support_total ?? '0')), total, page: query.page, pageSize: query.pageSize };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TCommercializationProjectDetail> {
    const project = await this.dataSource.getRepository(CommercializationProjectEntity).findOneBy({ id });
    if (project === null || !inScope(ctx.principal, project)) throw projectNotFound();
    return mapProjectDetail(project, await this.funds(this.dataSource.manager, id));
  }

  private funds(em: EntityManager, projectId: string): Promise<CommercializationFundEntity[]> {
    return em.getRepository(CommercializationFundEntity).find({ where: { projectId }, order: { seq: 'ASC' } });
  }

  private async lockInScope(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<CommercializationProjectEntity> {
    const project = await em.getRepository(CommercializationProjectEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
    if (project === null || !inScope(ctx.principal, project)) throw projectNotFound();
    return project;
  }
}
