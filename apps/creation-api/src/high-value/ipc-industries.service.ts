import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { STRATEGIC_INDUSTRIES, type TIpcIndustryMapping, type TIpcIndustryMappingCreate, type TIpcIndustryMappingListQuery, type TIpcIndustryMappingUpdate } from '@ipbureau/domain/creation';
import { AuditWriter, conflict, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertVersion, containing } from '../lifecycle/lifecycle.rules.js';
import { IpcIndustryMappingEntity } from './ipc-industry-mapping.entity.js';

export function mapIpcIndustryMapping(m: IpcIndustryMappingEntity): TIpcIndustryMapping {
  const industry = STRATEGIC_INDUSTRIES.find((i) => i.code === m.industryCode);
  return {
    id: m.id,
    ipcPrefix: m.ipcPrefix,
    industryCode: m.industryCode,
    industryName: { zh: industry?.zh ?? m.industryCode, en: industry?.en ?? m.industryCode },
    subcategory: m.subcategory,
    note: m.note,
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
  };
}

const duplicate = (prefix: string, code: string) =>
  conflict(text(`IPC前缀 ${prefix} 已映射到该产业`, `IPC prefix ${prefix} is already mapped to industry ${code}`));

/** The bureau's IPC → strategic-emerging-industry table: reference data, edited by officers, read by the high-value rule. */
@Injectable()
export class IpcIndustriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: TIpcIndustryMappingListQuery): Promise<TIpcIndustryMapping[]> {
    const qb = this.dataSource.getRepository(IpcIndustryMappingEntity).createQueryBuilder('m').orderBy('m.industry_code', 'ASC').addOrderBy('m.ipc_prefix', 'ASC');
    if (query.industryCode) qb.andWhere('m.industry_code = :code', { code: query.industryCode });
    if (query.q) qb.andWhere('m.ipc_prefix ILIKE :q', { q: containing(query.q.toUpperCase()) });
    return (await qb.getMany()).map(mapIpcIndustryMapping);
  }

  async create(ctx: AuthenticatedContext, input: TIpcIndustryMappingCreate): Promise<TIpcIndustryMapping> {
    return inTransaction(this.dataSource, async (em) => {
      const mappings = em.getRepository(IpcIndustryMappingEntity);
      if (await mappings.existsBy({ ipcPrefix: input.ipcPrefix, industryCode: input.industryCode })) throw duplicate(input.ipcPrefix, input.industryCode);
      const saved = mapIpcIndustryMapping(await mappings.save(mappings.create({ ...input, version: 1, regionCode: '000000', updatedBy: ctx.principal.sub })));
      await this.audit.record(em, ctx, { entity: 'ipc_industry_mapping', entityId: saved.id, action: 'create', after: saved });
      return saved;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TIpcIndustryMappingUpdate): Promise<TIpcIndustryMapping> {
    return inTransaction(this.dataSource, async (em) => {
      const mappings = em.getRepository(IpcIndustryMappingEntity);
      const mapping = await mappings.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!mapping) throw notFound('映射', 'Mapping');
      const { version, ...fields } = input;
      assertVersion(mapping.version, version);
      const before = mapIpcIndustryMapping(mapping);
      Object.assign(mapping, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      if ((mapping.ipcPrefix !== before.ipcPrefix || mapping.industryCode !== before.industryCode) && (await mappings.existsBy({ ipcPrefix: mapping.ipcPrefix, industryCode: mapping.industryCode }))) {
        throw duplicate(mapping.ipcPrefix, mapping.industryCode);
      }
      mapping.version += 1;
      mapping.updatedBy = ctx.principal.sub;
      const saved = mapIpcIndustryMapping(await mappings.save(mapping));
      await this.audit.record(em, ctx, { entity: 'ipc_industry_mapping', entityId: id, action: 'update', before, after: saved });
      return saved;
    });
  }

  async remove(ctx: AuthenticatedContext, id: string, version: number): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const mappings = em.getRepository(IpcIndustryMappingEntity);
      const mapping = await mappings.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!mapping) throw notFound('映射', 'Mapping');
      assertVersion(mapping.version, version);
      await mappings.delete({ id });
      await this.audit.record(em, ctx, { entity: 'ipc_industry_mapping', entityId: id, action: 'delete', before: mapIpcIndustryMapping(mapping) });
    });
  }
}
