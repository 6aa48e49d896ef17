import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TDepartment, TDepartmentCreate, TDepartmentNode } from '@ipbureau/domain';
import { AuditWriter, type AuthenticatedContext, divisionPattern, inTransaction, isWithinDivision, validationError } from '@ipbureau/nest-kit';
import { DepartmentEntity } from './department.entity.js';

const mapDepartment = (d: DepartmentEntity): TDepartment => ({
  id: d.id,
  parentId: d.parentId,
  name: d.name,
  code: d.code,
  regionCode: d.regionCode,
  createdAt: d.createdAt.toISOString(),
});

/** Builds the department tree from a flat list (parents before or after children). */
export function buildTree(list: TDepartment[]): TDepartmentNode[] {
  const nodes = new Map(list.map((d) => [d.id, { ...d, children: [] as TDepartmentNode[] }]));
  const roots: TDepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async tree(ctx: AuthenticatedContext): Promise<TDepartmentNode[]> {
    const rows = await this.dataSource
      .getRepository(DepartmentEntity)
      .createQueryBuilder('d')
      .where('d.region_code LIKE :prefix', { prefix: divisionPattern(ctx.principal.region) })
      .orderBy('d.code')
      .getMany();
    return buildTree(rows.map(mapDepartment));
  }

  async create(ctx: AuthenticatedContext, body: TDepartmentCreate): Promise<TDepartment> {
    if (!isWithinDivision(body.regionCode, ctx.principal.region)) {
      throw validationError([{ path: 'regionCode', code: 'custom', message: ctx.locale === 'en' ? 'Outside your region' : '超出您管理的行政区划' }]);
    }
    return inTransaction(this.dataSource, async (em) => {
      if (body.parentId && !(await em.exists(DepartmentEntity, { where: { id: body.parentId } }))) {
        throw validationError([{ path: 'parentId', code: 'custom', message: ctx.locale === 'en' ? 'No such parent department' : '上级部门不存在' }]);
      }
      const saved = await em.save(DepartmentEntity, { ...body, createdAt: new Date() });
      await this.audit.record(em, ctx, { entity: 'department', entityId: saved.id, action: 'create', after: body, regionCode: body.regionCode });
      return mapDepartment(saved);
    });
  }
}
