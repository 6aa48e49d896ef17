import { randomUUID } from 'node:crypto';
import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { consumersOf, EVENT_ROUTES, eventQueue, ZEventEnvelope, type TEventEnvelope, type TEventService } from '@ipbureau/domain';
import type { RequestContext } from '../auth/request-context.js';
import type { ServiceConfig } from '../config/service-config.js';
import { serviceRole } from '../database/foundation.js';
import { inTransaction } from '../database/data-source.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { SERVICE_CONFIG } from '../tokens.js';
import { EVENT_SCHEMA, type SqlExecutor } from './transport.js';

export interface PublishedEvent {
  type: string;
  regionCode: string;
  data: Record<string, unknown>;
}

/** An executor running pg-boss's SQL inside the caller's transaction. */
function transactionExecutor(em: EntityManager): SqlExecutor {
  return {
    executeSql: async (text, values) => {
      const result: unknown = await em.query(text, values);
      return { rows: Array.isArray(result) ? (result as Record<string, unknown>[]) : [] };
    },
  };
}

/**
 * The service's handle on the event transport: a pg-boss instance over a small pool of the
 * service's own role. It publishes into the caller's transaction (the outbox: the event exists
 * exactly when the change does) and runs the service's consumers.
 */
export class EventTransport {
  private constructor(
    readonly boss: PgBoss,
    private readonly pool: pg.Pool,
    readonly service: TEventService,
    readonly pollSeconds: number,
  ) {}

  static async open(config: ServiceConfig, logger: Logger): Promise<EventTransport> {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 3,
      application_name: `${config.service}-api-events`,
      options: `-c role=${serviceRole(config.schema)} -c TimeZone=Asia/Shanghai`,
    });
    // An idle connection the server ends (a restart, the server stopping first on Ctrl-C) is
    // dropped by the pool and replaced on the next query; unheard, its error ended the process.
    pool.on('error', (error) => logger.warn({ err: error }, 'event transport: an idle database connection ended'));
    const db: SqlExecutor = { executeSql: (text, values) => pool.query(text, values) };
    // The schema is installed by prepareEventTransport; pg-boss only checks its version here.
    // Maintenance (expiry, retention) runs in whichever service takes pg-boss's lock first.
    const boss = new PgBoss({ db, schema: EVENT_SCHEMA, migrate: false, supervise: true, schedule: false });
    const transport = new EventTransport(boss, pool, config.service as TEventService, config.eventPollSeconds);
    await boss.start();
    return transport;
  }

  /**
   * Publishes an event inside `em`'s transaction to every service that consumes its type.
   * Returns the event id. Must run inside the transaction of the change it reports.
   */
  async publish(em: EntityManager, ctx: RequestContext | null, event: PublishedEvent): Promise<string> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('EventTransport.publish must run inside the transaction of the change it reports');
    }
    const envelope: TEventEnvelope = ZEventEnvelope.parse({
      id: randomUUID(),
      type: event.type,
      source: this.service,
      occurredAt: new Date().toISOString(),
      regionCode: event.regionCode,
      actorId: ctx?.principal?.sub ?? null,
      requestId: ctx?.requestId ?? null,
      data: event.data,
    });
    const db = transactionExecutor(em);
    for (const consumer of consumersOf(event.type)) {
      const jobId = await this.boss.send(eventQueue(consumer), envelope, { db } as PgBoss.SendOptions);
      if (!jobId) throw new Error(`The event queue for ${consumer} does not exist; was prepareEventTransport run?`);
    }
    return envelope.id;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 3000, wait: true, close: false }).catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}

/** A consumer of some event types; it applies an event inside the transaction given to it. */
export interface EventHandler {
  readonly types: readonly string[];
  handle(event: TEventEnvelope, em: EntityManager): Promise<void>;
}

/** The handler classes `EventsModule.consume` names; each is a provider of the feature module that owns it. */
export const EVENT_HANDLERS = Symbol('EVENT_HANDLERS');

/** The request context an event's effects are audited under: no user, the event's request. */
export function eventContext(event: TEventEnvelope): RequestContext {
  return { requestId: `event:${event.type}:${event.id}`, principal: null, clientAddress: null, userAgent: null, locale: 'zh-CN' };
}

const CONSUMED_DDL = `CREATE TABLE IF NOT EXISTS consumed_events (
  event_id    uuid        PRIMARY KEY,
  type        text        NOT NULL,
  source      text        NOT NULL,
  region_code text        NOT NULL,
  occurred_at timestamptz NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Reads the service's queue and applies each event once: the event id is recorded in
 * `consumed_events` in the same transaction as the handlers' effects, so a redelivery (after a
 * crash between commit and acknowledgement) changes nothing. A failing handler rolls back and
 * pg-boss retries with backoff, then moves the event to the dead-letter queue.
 */
@Injectable()
export class EventWorker implements OnApplicationBootstrap {
  private handlers: EventHandler[] = [];

  constructor(
    @Inject(EVENT_HANDLERS) private readonly handlerTypes: Type<EventHandler>[],
    private readonly moduleRef: ModuleRef,
    @Inject(EventTransport) private readonly transport: EventTransport,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const service = this.config.service as TEventService;
    const routed = EVENT_ROUTES[service] ?? [];
    this.handlers = this.handlerTypes.map((type) => this.moduleRef.get(type, { strict: false }));
    for (const handler of this.handlers) {
      const unrouted = handler.types.filter((type) => !routed.includes(type));
      if (unrouted.length > 0) throw new Error(`${service} handles ${unrouted.join(', ')} but EVENT_ROUTES does not route them to it`);
    }
    await this.dataSource.query(CONSUMED_DDL);
    await this.transport.boss.work<unknown>(eventQueue(service), { batchSize: 1, pollingIntervalSeconds: this.transport.pollSeconds }, async (jobs) => {
      for (const job of jobs) await this.apply(job.data);
    });
  }

  /** Applies one event (exported for tests and replays); returns whether it was new. */
  async apply(raw: unknown): Promise<boolean> {
    const parsed = ZEventEnvelope.safeParse(raw);
    if (!parsed.success) {
      this.logger.error({ issues: parsed.error.issues }, 'malformed event');
      throw new Error('malformed event envelope');
    }
    const event = parsed.data;
    const handlers = this.handlers.filter((h) => h.types.includes(event.type));
    return inTransaction(this.dataSource, async (em) => {
      const inserted = (await em.query(
        `INSERT INTO consumed_events (event_id, type, source, region_code, occurred_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [event.id, event.type, event.source, event.regionCode, event.occurredAt],
      )) as unknown[];
      if (inserted.length === 0) return false;
      for (const handler of handlers) await handler.handle(event, em);
      this.logger.info({ eventId: event.id, type: event.type, source: event.source }, 'event applied');
      return true;
    });
  }
}

/**
 * Starts reading the service's queue once the app is up, applying each event with the handlers
 * named here. A handler is a provider of the feature module that owns what it changes, so it
 * can use that module's services.
 */
@Module({})
export class EventsModule {
  static consume(handlers: Type<EventHandler>[]): DynamicModule {
    return {
      module: EventsModule,
      providers: [{ provide: EVENT_HANDLERS, useValue: handlers }, EventWorker],
      exports: [EventWorker],
    };
  }
}
