import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TPopulation, TPopulationBasis, TPopulationInput, TPopulationListQuery, TPopulationUsed } from '@ipbureau/domain/plans';
import { AuditWriter, divisionPattern, inTransaction, isWithinDivision, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { fieldError } from '../plans/plan.rules.js';
import { PopulationEntity } from './population.entity.js';

export function mapPopulation(p: PopulationEntity): TPopulation {
  return { id: p.id, year: p.year, regionCode: p.regionCode, basis: p.basis, people: p.people, source: p.source, version: p.version };
}

/** Population per year, region or district and basis (resident 常住 / registered 户籍): the denominators of density indicators. */
@Injectable()
export class PopulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(ctx: AuthenticatedContext, query: TPopulationListQuery): Promise<TPopulation[]> {
    const qb = this.dataSource
      .getRepository(PopulationEntity)
      .createQueryBuilder('p')
      .where('p.region_code LIKE :pattern', { pattern: divisionPattern(ctx.principal.region) })
      .orderBy('p.year', 'ASC')
      .addOrderBy('p.region_code', 'ASC')
      .addOrderBy('p.basis', 'ASC');
    if (query.year !== undefined) qb.andWhere('p.year = :year', { year: query.year });
    if (query.regionCode) qb.andWhere('p.region_code = :region', { region: query.regionCode });
    if (query.basis) qb.andWhere('p.basis = :basis', { basis: query.basis });
    return (await qb.getMany()).map(mapPopulation);
  }

  /** Create the figure for (year, region, basis), or replace the one recorded. */
  async upsert(ctx: AuthenticatedContext, input: TPopulationInput): Promise<TPopulation> {
    if (!isWithinDivision(input.regionCode, ctx.principal.region)) {
      throw fieldError(ctx.locale, 'regionCode', '区划不在您的行政区划内', 'The region is outside your region');
    }
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(PopulationEntity);
      const existing = await repo.findOne({ where: { year: input.year, regionCode: input.regionCode, basis: input.basis }, lock: { mode: 'pessimistic_write' } });
      if (existing) {
        const before = mapPopulation(existing);
        Object.assign(existing, { people: input.people, source: input.source, version: existing.version + 1 });
        const after = mapPopulation(await repo.save(existing));
        await this.audit.record(em, ctx, { entity: 'population', entityId: after.id, action: 'update', before, after, regionCode: input.regionCode });
        await this.dropProgress(em, input.regionCode);
        return after;
      }
      const after = mapPopulation(await repo.save(repo.create({ ...input, version: 1 })));
      await this.audit.record(em, ctx, { entity: 'population', entityId: after.id, action: 'create', after, regionCode: input.regionCode });
      await this.dropProgress(em, input.regionCode);
      return after;
    });
  }

  /** The figure of the latest year ≤ `year` for the region or district and basis, or null. */
  async populationFor(year: number, regionCode: string, basis: TPopulationBasis): Promise<TPopulationUsed | null> {
    const row = await this.dataSource.getRepository(PopulationEntity).createQueryBuilder('p').where('p.region_code = :regionCode AND p.basis = :basis AND p.year <= :year', { regionCode, basis, year }).orderBy('p.year', 'DESC').getOne();
    return row ? { year: row.year, regionCode: row.regionCode, basis: row.basis, people: row.people } : null;
  }

  /** Densities divide by population: cached progress of plans covering the region is no longer true. */
  private async dropProgress(em: EntityManager, regionCode: string): Promise<void> {
    await em.query(`DELETE FROM plan_progress_cache WHERE $1 LIKE rtrim(region_code, '0') || '%'`, [regionCode]);
  }
}
