import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareDates, todayInChina, type TPage } from '@ipbureau/domain';
import type {
  TAssistance,
  TAssistanceConclude,
  TAssistanceCreate,
  TAssistanceListQuery,
  TWorkstation,
  TWorkstationCreate,
  TWorkstationDetail,
  TWorkstationListQuery,
  TWorkstationUpdate,
} from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AssistanceEntity, WorkstationEntity } from './workstation.entity.js';

const stale = () => conflict(text('记录已被他人修改，请刷新后重试', 'The record was changed by someone else since you read it; reload it and try again'));
const like = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const invalid = (path: string, code: string, zh: string, en: string) => new DomainException('UNPROCESSABLE', text(zh, en), [{ path, code, message: en }]);

/** Rights-protection workstations and the assistance requests enterprises bring them. */
@Injectable()
export class WorkstationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TWorkstationCreate): Promise<TWorkstationDetail> {
    const ownership = this.ownership.forNewRecord(ctx, input.district, text('不能在您的数据范围以外登记', 'You may not register outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(WorkstationEntity);
      if (await repo.existsBy({ name: input.name })) throw conflict(text(`工作站「${input.name}」已存在`, `Workstation "${input.name}" already exists`));
      const { name, hostOrganization, industry, establishedDate, closedDate } = input;
      const row = await repo.save(repo.create({ name, hostOrganization, industry, establishedDate, closedDate, version: 1, ...ownership }));
      const created = await this.detail(em, ctx, row.id);
      await this.audit.record(em, ctx, { entity: 'workstation', entityId: row.id, action: 'create', after: created, regionCode: row.regionCode });
      return created;
    });
  }

  async list(ctx: AuthenticatedContext, query: TWorkstationListQuery): Promise<TPage<TWorkstation>> {
    const scope = scopeCondition(ctx.principal, { region: 'w.region_code', department: 'w.department_id' });
    const qb = this.dataSource.getRepository(WorkstationEntity).createQueryBuilder('w').where(scope.sql, scope.params);
    if (query.industry) qb.andWhere('w.industry = :industry', { industry: query.industry });
    if (query.district) qb.andWhere('w.region_code = :district', { district: query.district });
    if (query.operatingOn) qb.andWhere('w.established_date <= :on AND (w.closed_date IS NULL OR w.closed_date > :on)', { on: query.operatingOn });
    if (query.q) qb.andWhere('(w.name ILIKE :like OR w.host_organization ILIKE :like)', { like: like(query.q) });
    const page = await paginate(qb.orderBy('w.establishedDate', 'DESC').addOrderBy('w.name', 'ASC'), query, (row) => row);
    const counts = await this.counts(this.dataSource.manager, page.items.map((w) => w.id));
    return { ...page, items: page.items.map((w) => mapWorkstation(w, counts.get(w.id) ?? 0)) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TWorkstationDetail> {
    return this.detail(this.dataSource.manager, ctx, id);
  }

  async update(ctx: AuthenticatedContext, id: string, input: TWorkstationUpdate): Promise<TWorkstationDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const row = await this.findStation(em, ctx, id);
      if (row.version !== input.version) throw stale();
      const { version, ...changes } = input;
      const closedDate = changes.closedDate === undefined ? row.closedDate : changes.closedDate;
      if (closedDate !== null && compareDates(closedDate, row.establishedDate) < 0) {
        throw new DomainException('VALIDATION_FAILED', text('撤销日期不能早于设立日期', 'The closing date cannot be before the establishment'), [{ path: 'closedDate', code: 'workstation.closed.beforeEstablished', message: 'before establishedDate' }]);
      }
      if (closedDate !== null) {
        const later = (await em.query(`SELECT max(received_date)::text AS last FROM workstation_assistance WHERE workstation_id = $1`, [id])) as { last: string | null }[];
        const last = later[0]?.last ?? null;
        if (last && compareDates(closedDate, last) <= 0) {
          throw invalid('closedDate', 'workstation.closed.beforeAssistance', `撤销日期须晚于最后一次受理援助的日期 ${last}`, `The closing date must be after the last assistance received on ${last}`);
        }
      }
      const before = await this.detail(em, ctx, id);
      const result = await em
        .createQueryBuilder()
        .update(WorkstationEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw stale();
      const after = await this.detail(em, ctx, id);
      await this.audit.record(em, ctx, { entity: 'workstation', entityId: id, action: 'update', before, after, regionCode: row.regionCode });
      return after;
    });
  }

  async addAssistance(ctx: AuthenticatedContext, stationId: string, input: TAssistanceCreate): Promise<TAssistance> {
    return inTransaction(this.dataSource, async (em) => {
      const station = await this.findStation(em, ctx, stationId);
      if (compareDates(input.receivedDate, station.establishedDate) < 0 || (station.closedDate !== null && compareDates(input.receivedDate, station.closedDate) >= 0)) {
        throw invalid(
          'receivedDate',
          'workstation.notOperating',
          `工作站在 ${input.receivedDate} 未在运行（${station.establishedDate} 设立${station.closedDate ? `，${station.closedDate} 撤销` : ''}）`,
          `The workstation was not in operation on ${input.receivedDate}`,
        );
      }
      const repo = em.getRepository(AssistanceEntity);
      const row = await repo.save(
        repo.create({
          workstationId: station.id,
          enterpriseName: input.enterpriseName,
          creditCode: input.creditCode,
          matter: input.matter,
          receivedDate: input.receivedDate,
          concludedDate: null,
          outcome: null,
          outcomeNote: null,
          version: 1,
          regionCode: station.regionCode,
          departmentId: station.departmentId,
          createdBy: ctx.principal.sub,
        }),
      );
      const created = mapAssistance(await repo.findOneByOrFail({ id: row.id }), station.name);
      await this.audit.record(em, ctx, { entity: 'workstation_assistance', entityId: row.id, action: 'create', after: created, regionCode: row.regionCode });
      return created;
    });
  }

  async listAssistance(ctx: AuthenticatedContext, query: TAssistanceListQuery): Promise<TPage<TAssistance>> {
    const scope = scopeCondition(ctx.principal, { region: 'a.region_code', department: 'a.department_id' });
    const qb = this.dataSource.getRepository(AssistanceEntity).createQueryBuilder('a').where(scope.sql, scope.params);
    if (query.workstationId) qb.andWhere('a.workstation_id = :station', { station: query.workstationId });
    if (query.outcome) qb.andWhere('a.outcome = :outcome', { outcome: query.outcome });
    if (query.open !== undefined) qb.andWhere(query.open ? 'a.concluded_date IS NULL' : 'a.concluded_date IS NOT NULL');
    if (query.from) qb.andWhere('a.received_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.received_date <= :to', { to: query.to });
    if (query.q) qb.andWhere('(a.enterprise_name ILIKE :like OR a.matter ILIKE :like OR a.credit_code ILIKE :like)', { like: like(query.q) });
    const page = await paginate(qb.orderBy('a.receivedDate', 'DESC').addOrderBy('a.id', 'ASC'), query, (row) => row);
    const names = await this.names(this.dataSource.manager, [...new Set(page.items.map((a) => a.workstationId))]);
    return { ...page, items: page.items.map((a) => mapAssistance(a, names.get(a.workstationId) ?? '')) };
  }

  async conclude(ctx: AuthenticatedContext, id: string, input: TAssistanceConclude): Promise<TAssistance> {
    return inTransaction(this.dataSource, async (em) => {
      const repo = em.getRepository(AssistanceEntity);
      const row = await repo.findOneBy({ id });
      if (!row || !inScope(ctx.principal, row)) throw notFound('援助请求', 'Assistance request');
      if (row.version !== input.version) throw stale();
      if (row.concludedDate !== null) throw conflict(text(`该援助请求已于 ${row.concludedDate} 办结`, `The request was concluded on ${row.concludedDate}`));
      if (compareDates(input.concludedDate, row.receivedDate) < 0) {
        throw new DomainException('VALIDATION_FAILED', text('办结日期不能早于受理日期', 'The conclusion cannot be before the request was received'), [
          { path: 'concludedDate', code: 'workstation.concluded.beforeReceived', message: `< ${row.receivedDate}` },
        ]);
      }
      const name = (await this.names(em, [row.workstationId])).get(row.workstationId) ?? '';
      const before = mapAssistance(row, name);
      const result = await em
        .createQueryBuilder()
        .update(AssistanceEntity)
        .set({ concludedDate: input.concludedDate, outcome: input.outcome, outcomeNote: input.outcomeNote ?? null, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      const after = mapAssistance(await repo.findOneByOrFail({ id }), name);
      await this.audit.record(em, ctx, { entity: 'workstation_assistance', entityId: id, action: 'update', before, after, regionCode: row.regionCode });
      return after;
    });
  }

  private async findStation(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<WorkstationEntity> {
    const row = await em.getRepository(WorkstationEntity).findOneBy({ id });
    if (!row || !inScope(ctx.principal, row)) throw notFound('工作站', 'Workstation');
    return row;
  }

  private async detail(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<TWorkstationDetail> {
    const row = await this.findStation(em, ctx, id);
    const assistance = await em.getRepository(AssistanceEntity).find({ where: { workstationId: id }, order: { receivedDate: 'DESC', id: 'ASC' } });
    return { ...mapWorkstation(row, assistance.length), assistance: assistance.map((a) => mapAssistance(a, row.name)) };
  }

  private async counts(em: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = (await em.query(`SELECT workstation_id, count(*)::int AS n FROM workstation_assistance WHERE workstation_id = ANY($1::uuid[]) GROUP BY workstation_id`, [ids])) as { workstation_id: string; n: number }[];
    return new Map(rows.map((r) => [r.workstation_id, r.n]));
  }

  private async names(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = (await em.query(`SELECT id, name FROM rights_workstations WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function mapWorkstation(w: WorkstationEntity, assistanceCount: number): TWorkstation {
  const today = todayInChina();
  return {
    id: w.id,
    name: w.name,
    hostOrganization: w.hostOrganization,
    industry: w.industry,
    establishedDate: w.establishedDate,
    closedDate: w.closedDate,
    inOperation: compareDates(w.establishedDate, today) <= 0 && (w.closedDate === null || compareDates(w.closedDate, today) > 0),
    assistanceCount,
    district: w.regionCode,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
  };
}

function mapAssistance(a: AssistanceEntity, workstationName: string): TAssistance {
  return {
    id: a.id,
    workstationId: a.workstationId,
    workstationName,
    enterpriseName: a.enterpriseName,
    creditCode: a.creditCode,
    matter: a.matter,
    receivedDate: a.receivedDate,
    concludedDate: a.concludedDate,
    outcome: a.outcome,
    outcomeNote: a.outcomeNote,
    district: a.regionCode,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
  };
}
