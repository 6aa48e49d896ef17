import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { todayInChina, type TPage } from '@ipbureau/domain';
import type { TAgent, TAgentCreate, TAgentDetail, TAgentListQuery, TAgentMove, TPracticeCreate, TPracticeEnd } from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, inScope, inTransaction, notFound, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { expectVersion, lockInScope } from '../common/records.js';
import { mapAgent, mapAgentDetail, openPractice, type PracticeRow } from './agents.mapper.js';
import { AgentPracticeEntity, PatentAgentEntity } from './patent-agent.entity.js';

const AGENT: [string, string] = ['专利代理师', 'Patent agent'];
const AGENCY: [string, string] = ['代理机构', 'Agency'];

const PRACTICES_OF = `
  SELECT p.id, p.agent_id, p.agency_id, a.name AS agency_name, p.region_code, p.start_date::text AS start_date, p.end_date::text AS end_date
    FROM agent_practices p JOIN agencies a ON a.id = p.agency_id
   WHERE p.agent_id = ANY($1::uuid[])
   ORDER BY p.start_date DESC`;

@Injectable()
export class AgentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  /** Puts an agent on record with the practice they start at an agency. */
  async register(ctx: AuthenticatedContext, input: TAgentCreate): Promise<TAgentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const agency = await this.agencyPractisable(em, ctx, input.agencyId, input.practiceStartDate);
      const owned = this.ownership.forNewRecord(ctx, agency.regionCode, text('不能登记您数据范围以外的代理师', 'You may not register an agent outside your data scope'));
      const agents = em.getRepository(PatentAgentEntity);
      const holder = await agents.findOneBy({ licenceNumber: input.licenceNumber });
      if (holder) throw conflict(text(`执业证号 ${input.licenceNumber} 已登记为「${holder.name}」`, `Licence number ${input.licenceNumber} is already registered to ${holder.name}`));
      const agent = await agents.save(agents.create({ name: input.name, licenceNumber: input.licenceNumber, ...owned }));
      await this.insertPractice(em, ctx, agent.id, agency, input.practiceStartDate, null);
      const saved = await this.detail(em, agent);
      await this.audit.record(em, ctx, { entity: 'patent-agent', entityId: agent.id, action: 'create', after: saved, regionCode: saved.district });
      return saved;
    });
  }

  async list(ctx: AuthenticatedContext, query: TAgentListQuery): Promise<TPage<TAgent>> {
    const scope = scopeCondition(ctx.principal, { region: 'g.region_code', department: 'g.department_id' });
    const qb = this.dataSource.getRepository(PatentAgentEntity).createQueryBuilder('g').where(scope.sql, scope.params).orderBy('g.name', 'ASC').addOrderBy('g.id', 'ASC');
    if (query.agencyId || query.practisingOn) {
      const on = query.practisingOn ?? todayInChina();
      qb.andWhere(
        `EXISTS (SELECT 1 FROM agent_practices p WHERE p.agent_id = g.id AND p.start_date <= :on AND (p.end_date IS NULL OR p.end_date > :on)
           ${query.agencyId ? 'AND p.agency_id = :agencyId' : ''} ${query.district ? 'AND p.region_code = :district' : ''})`,
        { on, agencyId: query.agencyId, district: query.district },
      );
    } else if (query.district) {
      qb.andWhere('g.region_code = :district', { district: query.district });
    }
    if (query.q) qb.andWhere('(g.name ILIKE :q OR g.licence_number ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const practices = await this.practicesOf(this.dataSource.manager, rows.map((r) => r.id));
    return { items: rows.map((r) => mapAgent(r, practices.filter((p) => p.agent_id === r.id))), total, page: query.page, pageSize: query.pageSize };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TAgentDetail> {
    const agent = await this.dataSource.getRepository(PatentAgentEntity).findOneBy({ id });
    if (!agent || !inScope(ctx.principal, agent)) throw notFound(...AGENT);
    return this.detail(this.dataSource.manager, agent);
  }

  /** Records a practice, also a past one; overlapping another practice of the agent is a conflict. */
  async addPractice(ctx: AuthenticatedContext, id: string, input: TPracticeCreate): Promise<TAgentDetail> {
    return this.change(ctx, id, null, async (em, agent) => {
      const agency = await this.agencyPractisable(em, ctx, input.agencyId, input.startDate);
      await this.insertPractice(em, ctx, agent.id, agency, input.startDate, input.endDate);
      if (input.endDate === null) agent.regionCode = agency.regionCode;
    });
  }

  /** Moving: the open practice ends on the date and the one at the new agency starts on it. */
  async move(ctx: AuthenticatedContext, id: string, input: TAgentMove): Promise<TAgentDetail> {
    return this.change(ctx, id, input.version, async (em, agent, practices) => {
      const open = this.openOrRefuse(practices);
      if (open.agency_id === input.agencyId) throw conflict(text('代理师已在该机构执业', 'The agent already practises at this agency'));
      if (input.date <= open.start_date) throw unprocessable(text(`转出日期须晚于当前执业开始日期 ${open.start_date}`, `The move must be after the current practice started (${open.start_date})`));
      const agency = await this.agencyPractisable(em, ctx, input.agencyId, input.date);
      await em.update(AgentPracticeEntity, { id: open.id }, { endDate: input.date });
      await this.insertPractice(em, ctx, agent.id, agency, input.date, null);
      agent.regionCode = agency.regionCode;
    });
  }

  /** The agent stops practising: the open practice ends on the date (first day not practising). */
  async endPractice(ctx: AuthenticatedContext, id: string, input: TPracticeEnd): Promise<TAgentDetail> {
    return this.change(ctx, id, input.version, async (em, _agent, practices) => {
      const open = this.openOrRefuse(practices);
      if (input.date <= open.start_date) throw unprocessable(text(`终止日期须晚于执业开始日期 ${open.start_date}`, `The end must be after the practice started (${open.start_date})`));
      await em.update(AgentPracticeEntity, { id: open.id }, { endDate: input.date });
    });
  }

  /** One audited change of an agent and its practices, under the agent's row lock. */
  private change(
    ctx: AuthenticatedContext,
    id: string,
    version: number | null,
    work: (em: EntityManager, agent: PatentAgentEntity, practices: PracticeRow[]) => Promise<void>,
  ): Promise<TAgentDetail> {
    return inTransaction(this.dataSource, async (em) => {
      const agent = await lockInScope(em, PatentAgentEntity, ctx, id, AGENT);
      if (version !== null) expectVersion(agent, version);
      const before = await this.detail(em, agent);
      await work(em, agent, await this.practicesOf(em, [agent.id]));
      agent.version += 1;
      await em.getRepository(PatentAgentEntity).save(agent);
      const after = await this.detail(em, agent);
      await this.audit.record(em, ctx, { entity: 'patent-agent', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }

  private openOrRefuse(practices: PracticeRow[]): PracticeRow {
    const open = openPractice(practices);
    if (!open) throw conflict(text('代理师当前没有执业记录', 'The agent has no open practice'));
    return open;
  }

  /** The agency, locked against deregistration, which must be active on the date. */
  private async agencyPractisable(em: EntityManager, ctx: AuthenticatedContext, agencyId: string, on: string): Promise<AgencyEntity> {
    const agency = await lockInScope(em, AgencyEntity, ctx, agencyId, AGENCY);
    if (agency.kind === 'trademark') throw unprocessable(text('商标代理机构不能聘用专利代理师执业', 'Patent agents cannot practise at a trademark-only agency'));
    if (agency.establishedDate > on || (agency.deregisteredDate !== null && agency.deregisteredDate <= on)) {
      throw unprocessable(text(`「${agency.name}」在 ${on} 不在营`, `${agency.name} is not active on ${on}`));
    }
    return agency;
  }

  private async insertPractice(em: EntityManager, ctx: AuthenticatedContext, agentId: string, agency: AgencyEntity, startDate: string, endDate: string | null) {
    const [clash] = (await em.query(
      `SELECT a.name, p.start_date::text AS start_date, p.end_date::text AS end_date FROM agent_practices p JOIN agencies a ON a.id = p.agency_id
        WHERE p.agent_id = $1 AND daterange(p.start_date, p.end_date, '[)') && daterange($2::date, $3::date, '[)') LIMIT 1`,
      [agentId, startDate, endDate],
    )) as { name: string; start_date: string; end_date: string | null }[];
    if (clash) throw overlap(clash);
    try {
      await em.insert(AgentPracticeEntity, { agentId, agencyId: agency.id, startDate, endDate, regionCode: agency.regionCode, createdBy: ctx.principal.sub });
    } catch (error) {
      // The trigger's verdict, for a writer that slipped in between the check and the insert.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01') throw overlap(null);
      throw error;
    }
  }

  private practicesOf(em: EntityManager, ids: string[]): Promise<PracticeRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : (em.query(PRACTICES_OF, [ids]) as Promise<PracticeRow[]>);
  }

  private async detail(em: EntityManager, agent: PatentAgentEntity): Promise<TAgentDetail> {
    return mapAgentDetail(agent, await this.practicesOf(em, [agent.id]));
  }
}

function overlap(clash: { name: string; start_date: string; end_date: string | null } | null) {
  if (!clash) return conflict(text('代理师不能同时在两家机构执业', 'An agent cannot practise at two agencies at once'));
  const until = clash.end_date ?? '今';
  return conflict(
    text(
      `代理师不能同时在两家机构执业：${clash.start_date} 至 ${until} 已在「${clash.name}」执业`,
      `An agent cannot practise at two agencies at once: practising at ${clash.name} from ${clash.start_date}${clash.end_date ? ` until ${clash.end_date}` : ''}`,
    ),
  );
}
