import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage } from '@ipbureau/domain';
import type { TTrainingEvent, TTrainingEventCreate, TTrainingEventListQuery, TTrainingEventUpdate } from '@ipbureau/domain/public-services';
import { AuditWriter, inScope, inTransaction, notFound, paginate, RecordOwnership, scopeCondition, text, unprocessable, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { expectVersion, lockInScope, withChanges } from '../common/records.js';
import { TrainingEventEntity } from './training-event.entity.js';
import { mapTrainingEvent } from './training.mapper.js';

const EVENT: [string, string] = ['培训活动', 'Training event'];

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
    return paginate(qb, query, mapTrainingEvent);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TTrainingEvent> {
    const event = await this.dataSource.getRepository(TrainingEventEntity).findOneBy({ id });
    if (!event || !inScope(ctx.principal, event)) throw notFound(...EVENT);
    return mapTrainingEvent(event);
  }

  /** Changes the event (e.g. records attendance) against the version read. */
  async update(ctx: AuthenticatedContext, id: string, input: TTrainingEventUpdate): Promise<TTrainingEvent> {
    return inTransaction(this.dataSource, async (em) => {
      const event = await lockInScope(em, TrainingEventEntity, ctx, id, EVENT);
      expectVersion(event, input.version);
      const before = mapTrainingEvent(event);
      const next = withChanges(event, input);
      if (!next.online && next.venue === null) throw unprocessable(text('线下活动须填写地点', 'An on-site event needs its venue'));
      const after = mapTrainingEvent(await em.getRepository(TrainingEventEntity).save(next));
      await this.audit.record(em, ctx, { entity: 'training-event', entityId: id, action: 'update', before, after, regionCode: after.district });
      return after;
    });
  }
}
