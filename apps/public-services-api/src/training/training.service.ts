import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasModuleLevel, type TPage } from '@ipbureau/domain';
import type {
  TTrainingAttendance,
  TTrainingEvent,
  TTrainingEventCreate,
  TTrainingEventListQuery,
  TTrainingEventUpdate,
  TTrainingRegistration,
  TTrainingRegistrationCreate,
  TTrainingRegistrationListQuery,
} from '@ipbureau/domain/public-services';
import { AuditWriter, conflict, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { expectVersion, lockInScope, withChanges } from '../common/records.js';
import { TrainingEventEntity } from './training-event.entity.js';
import { TrainingRegistrationEntity } from './training-registration.entity.js';
import { mapTrainingEvent, mapTrainingRegistration, type RegistrationCounts } from './training.mapper.js';

const EVENT: [string, string] = ['培训活动', 'Training event'];
const REGISTRATION: [string, string] = ['培训报名', 'Training registration'];

/** Officers of this pillar see registrants' phones in clear; everyone else sees them masked. */
const seesPhone = (ctx: AuthenticatedContext) => hasModuleLevel(ctx.principal.roles, 'public-services', 'officer');

@Injectable()
export class TrainingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
  ) {}

  async create(ctx: AuthenticatedContext, input: TTrainingEventCreate): Promise<TTrainingEvent> {
    const owned = this.ownership.forNewRecord(ctx, input.district, text('不能登记您数据范围以外的活动', 'You may not record an event outside your data scope'));
    return inTransaction(this.dataSource, async (em) => {
      const events = em.getRepository(TrainingEventEntity);
      const { district: _district, ...fields } = input;
      const event = mapTrainingEvent(await events.save(events.create({ ...fields, ...owned })));
      await this.audit.record(em, ctx, { entity: 'training-event', entityId: event.id, action: 'create', after: event, regionCode: event.district });
      return event;
    });
  }

  async list(ctx: AuthenticatedContext, query: TTrainingEventListQuery): Promise<TPage<TTrainingEvent>> {
    const scope = scopeCondition(ctx.principal, { region: 'e.region_code', department: 'e.department_id' });
    const qb = this.dataSource.getRepository(TrainingEventEntity).createQueryBuilder('e').where(scope.sql, scope.params).orderBy('e.event_date', 'DESC').addOrderBy('e.id', 'ASC');
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.audience) qb.andWhere('e.audience = :audience', { audience: query.audience });
    if (query.district) qb.andWhere('e.region_code = :district', { district: query.district });
    if (query.from) qb.andWhere('e.event_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.event_date <= :to', { to: query.to });
    const page = await paginate(qb, query, (row) => row);
    const counts = await registrationCounts(this.dataSource.manager, page.items.map((e) => e.id));
    return { ...page, items: page.items.map((e) => mapTrainingEvent(e, counts.get(e.id))) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TTrainingEvent> {
    const event = await this.dataSource.getRepository(TrainingEventEntity).findOneBy({ id });
    if (!event || !inScope(ctx.principal, event)) throw notFound(...EVENT);
    return mapTrainingEvent(event, (await registrationCounts(this.dataSource.manager, [id])).get(id));
  }

  /** Changes the event (e.g. records attendance) against the version read. */
  async update(ctx: AuthenticatedContext, id: string, input: TTrainingEventUpdate): Promise<TTrainingEvent> {
    return inTransaction(this.dataSource, async (em) => {
      const event = await lockInScope(em, TrainingEventEntity, ctx, id, EVENT);
      expectVersion(event, input.version);
      const counts = (await registrationCounts(em, [id])).get(id);
      if (counts && input.attendedCount !== undefined) {
        throw unprocessable(text('该活动已有报名名单，实到人数按名单签到计算，不能直接填写', 'The event has a registration list: its attendance is counted from the list and can not be entered'));
      }
      const before = mapTrainingEvent(event, counts);
      const next = withChanges(event, input);
      if (!next.online && next.venue === null) throw unprocessable(text('线下活动须填写地点', 'An on-site event needs its venue'));
      const after = mapTrainingEvent(await em.getRepository(TrainingEventEntity).save(next), counts);
      await this.audit.record(em, ctx, { entity: 'training-event', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }

  // ---- registrations -------------------------------------------------------------------------

  /** Registers a person for an event in the caller's scope; the registration takes the event's district. */
  async register(ctx: AuthenticatedContext, eventId: string, input: TTrainingRegistrationCreate): Promise<TTrainingRegistration> {
    return inTransaction(this.dataSource, async (em) => {
      // The event's row lock serialises registrations, so the duplicate check below holds.
      const event = await lockInScope(em, TrainingEventEntity, ctx, eventId, EVENT);
      if (event.kind !== 'training') throw unprocessable(text('宣传活动不接受报名', 'A publicity event takes no registrations'));
      const repo = em.getRepository(TrainingRegistrationEntity);
      if (await repo.existsBy({ eventId, personName: input.personName, organizationName: input.organizationName })) {
        throw conflict(text(`${input.organizationName}的${input.personName}已报名该活动`, `${input.personName} of ${input.organizationName} is already registered for the event`));
      }
      const saved = await repo.save(repo.create({ ...input, eventId, attendedOn: null, regionCode: event.regionCode, departmentId: event.departmentId, createdBy: ctx.principal.sub }));
      const logged = mapTrainingRegistration(saved, event, false);
      await this.audit.record(em, ctx, { entity: 'training-registration', entityId: saved.id, action: 'create', after: logged, regionCode: saved.regionCode });
      return mapTrainingRegistration(saved, event, seesPhone(ctx));
    });
  }

  /** Marks a registrant attended on a day (not before the event), or withdraws the mark, against the version read. */
  async markAttendance(ctx: AuthenticatedContext, id: string, input: TTrainingAttendance): Promise<TTrainingRegistration> {
    return inTransaction(this.dataSource, async (em) => {
      const registration = await lockInScope(em, TrainingRegistrationEntity, ctx, id, REGISTRATION);
      expectVersion(registration, input.version);
      const event = await em.getRepository(TrainingEventEntity).findOneByOrFail({ id: registration.eventId });
      if (input.attendedOn !== null && input.attendedOn < event.date) {
        throw unprocessable(text(`签到日期不能早于活动日期（${event.date}）`, `The attendance date can not be before the event’s date (${event.date})`));
      }
      const before = mapTrainingRegistration(registration, event, false);
      const saved = await em.getRepository(TrainingRegistrationEntity).save({ ...registration, attendedOn: input.attendedOn, version: registration.version + 1 });
      const after = mapTrainingRegistration(saved, event, false);
      await this.audit.record(em, ctx, { entity: 'training-registration', entityId: id, action: 'update', before, after, regionCode: saved.regionCode });
      return mapTrainingRegistration(saved, event, seesPhone(ctx));
    });
  }

  /** Registrations in the caller's scope: one event's list (in order of registration), or an organization's across events (latest event first). */
  async listRegistrations(ctx: AuthenticatedContext, query: TTrainingRegistrationListQuery): Promise<TPage<TTrainingRegistration>> {
    const scope = scopeCondition(ctx.principal, { region: 'r.region_code', department: 'r.department_id' });
    const qb = this.dataSource
      .getRepository(TrainingRegistrationEntity)
      .createQueryBuilder('r')
      .innerJoinAndMapOne('r.event', TrainingEventEntity, 'e', 'e.id = r.event_id')
      .where(scope.sql, scope.params)
      .orderBy('e.date', 'DESC')
      .addOrderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (query.eventId) qb.andWhere('r.event_id = :eventId', { eventId: query.eventId });
    if (query.creditCode) qb.andWhere('r.credit_code = :creditCode', { creditCode: query.creditCode });
    if (query.attended === 'true') qb.andWhere('r.attended_on IS NOT NULL');
    if (query.attended === 'false') qb.andWhere('r.attended_on IS NULL');
    const clear = seesPhone(ctx);
    return paginate(qb, query, (r) => mapTrainingRegistration(r, (r as TrainingRegistrationEntity & { event: TrainingEventEntity }).event, clear));
  }
}

/** Registered and attended counts per event, for the events that have registrations. */
async function registrationCounts(em: EntityManager, eventIds: string[]): Promise<Map<string, RegistrationCounts>> {
  if (eventIds.length === 0) return new Map();
  const rows: { event_id: string; registered: number; attended: number }[] = await em.query(
    `SELECT event_id, count(*)::int AS registered, count(attended_on)::int AS attended
       FROM training_registrations WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
    [eventIds],
  );
  return new Map(rows.map((r) => [r.event_id, { registered: r.registered, attended: r.attended }]));
}
