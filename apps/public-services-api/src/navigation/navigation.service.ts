import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TNavigationProject, TNavigationProjectCreate, TNavigationProjectListQuery, TNavigationProjectUpdate } from '@ipbureau/domain/public-services';
import { AuditWriter, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { expectVersion, lockInScope, withChanges } from '../common/records.js';
import { NavigationProjectEntity } from './navigation-project.entity.js';
import { mapNavigationProject } from './navigation.mapper.js';

const PROJECT: [string, string] = ['专利导航项目', 'Navigation project'];

@Injectable()
export class NavigationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TNavigationProjectCreate): Promise<TNavigationProject> {
    const owned = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的项目', 'You may not record a project outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const projects = em.getRepository(NavigationProjectEntity);
      const { district: _district, ...fields } = input;
      const saved = mapNavigationProject(await projects.save(projects.create({ ...fields, ...owned })));
      await this.audit.record(em, ctx, { entity: 'navigation-project', entityId: saved.id, action: 'create', after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TNavigationProjectListQuery): Promise<TPage<TNavigationProject>> {
    const scope = scopeCondition(ctx.principal, { region: 'p.region_code', department: 'p.department_id' });
    const qb = this.dataSource.getRepository(NavigationProjectEntity).createQueryBuilder('p').where(scope.sql, scope.params).orderBy('p.start_date', 'DESC').addOrderBy('p.id', 'ASC');
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.industry) qb.andWhere(`p.industry ILIKE '%' || :industry || '%'`, { industry: query.industry });
    if (query.district) qb.andWhere('p.region_code = :district', { district: query.district });
    return paginate(qb, query, mapNavigationProject);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TNavigationProject> {
    const project = await this.dataSource.getRepository(NavigationProjectEntity).findOneBy({ id });
    if (!project || !inScope(ctx.principal, project)) throw notFound(...PROJECT);
    return mapNavigationProject(project);
  }

  /** Changes a project (e.g. marks a deliverable delivered) against the version read. */
  async update(ctx: AuthenticatedContext, id: string, input: TNavigationProjectUpdate): Promise<TNavigationProject> {
    return inTransaction(this.dataSource, async (em) => {
      const project = await lockInScope(em, NavigationProjectEntity, ctx, id, PROJECT);
      expectVersion(project, input.version);
      const before = mapNavigationProject(project);
      const next = withChanges(project, input);
      if (next.endDate !== null && next.endDate < next.startDate) throw unprocessable(text('结束日期不能早于开始日期', 'The end date cannot be before the start date'));
      const after = mapNavigationProject(await em.getRepository(NavigationProjectEntity).save(next));
      await this.audit.record(em, ctx, { entity: 'navigation-project', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }
}
