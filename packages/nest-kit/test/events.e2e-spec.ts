import { Controller, Injectable, Module, Post, type DynamicModule } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { z } from 'zod';
import { eventQueue, type TEventEnvelope } from '@ipbureau/domain';
import { createDatabase } from '@ipbureau/dev-stack';
import {
  AuditWriter,
  AuthCtx,
  DomainException,
  EventsModule,
  EventTransport,
  EventWorker,
  eventContext,
  inTransaction,
  KitModule,
  RequireModule,
  text,
  ZBody,
  type AuthenticatedContext,
  type EventHandler,
  type ServiceConfig,
} from '../src/index.js';
import { startTestService, TestTokenIssuer, type TestService } from '../src/testing/index.js';

// Two stand-in services on one database, as the pillars run: a publisher (with utilization's
// identity, which publishes `pledge.registered`) and a consumer (with creation's, which consumes it).

class PublisherSchema1700000000001 implements MigrationInterface {
  name = 'PublisherSchema1700000000001';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE loans (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), number text NOT NULL UNIQUE, region_code varchar(6) NOT NULL)`);
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE loans`);
  }
}

const ZLoan = z.strictObject({ number: z.string().min(1), failAfterPublish: z.boolean().default(false) });

@Controller('loans')
class LoansController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly events: EventTransport,
  ) {}

  @Post()
  @RequireModule('utilization', 'officer')
  async register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZLoan) body: z.infer<typeof ZLoan>) {
    return inTransaction(this.dataSource, async (em) => {
      const [row] = (await em.query(`INSERT INTO loans (number, region_code) VALUES ($1, '440507') RETURNING id`, [body.number])) as { id: string }[];
      await this.audit.record(em, ctx, { entity: 'loan', entityId: row!.id, action: 'create', after: body, regionCode: '440507' });
      const eventId = await this.events.publish(em, ctx, { type: 'pledge.registered', regionCode: '440507', data: { loanNumber: body.number } });
      if (body.failAfterPublish) throw new DomainException('CONFLICT', text('故意失败', 'failing on purpose'));
      return { id: row!.id, eventId };
    });
  }
}

@Module({ controllers: [LoansController] })
class LoansModule {}

function createPublisher(config: ServiceConfig): DynamicModule {
  return { module: class PublisherApp {}, imports: [KitModule.forService({ config, database: { entities: [], migrations: [PublisherSchema1700000000001] } }), LoansModule] };
}

class ConsumerSchema1700000000002 implements MigrationInterface {
  name = 'ConsumerSchema1700000000002';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE pledged (loan_number text PRIMARY KEY, times int NOT NULL DEFAULT 1, region_code varchar(6) NOT NULL)`);
    await q.query(`CREATE TABLE failures (loan_number text PRIMARY KEY, remaining int NOT NULL)`);
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE pledged; DROP TABLE failures`);
  }
}

/** Counts applications per loan, so a double application shows; fails while `failures` says so. */
@Injectable()
class PledgedHandler implements EventHandler {
  readonly types = ['pledge.registered'] as const;
  constructor(
    private readonly audit: AuditWriter,
    private readonly dataSource: DataSource,
  ) {}
  async handle(event: TEventEnvelope, em: EntityManager): Promise<void> {
    const loan = String(event.data.loanNumber);
    // Counted outside the event's transaction, so the count survives the rollback of a failure.
    const failing = (await this.dataSource.query(
      `WITH u AS (UPDATE failures SET remaining = remaining - 1 WHERE loan_number = $1 AND remaining > 0 RETURNING remaining) SELECT * FROM u`,
      [loan],
    )) as unknown[];
    await em.query(
      `INSERT INTO pledged (loan_number, region_code) VALUES ($1, $2) ON CONFLICT (loan_number) DO UPDATE SET times = pledged.times + 1`,
      [loan, event.regionCode],
    );
    if (failing.length > 0) throw new Error(`handler fails for ${loan}`);
    await this.audit.record(em, eventContext(event), { entity: 'pledged', entityId: loan, action: 'create', regionCode: event.regionCode });
  }
}

@Module({ providers: [PledgedHandler] })
class PledgedFeature {}

function createConsumer(config: ServiceConfig): DynamicModule {
  return {
    module: class ConsumerApp {},
    imports: [KitModule.forService({ config, database: { entities: [], migrations: [ConsumerSchema1700000000002] } }), PledgedFeature, EventsModule.consume([PledgedHandler])],
  };
}

let issuer: TestTokenIssuer;
let database: { url: string; drop: () => Promise<void> };
let publisher: TestService;
let consumer: TestService | undefined;
let db: pg.Pool;
let officer: string;

beforeAll(async () => {
  issuer = await TestTokenIssuer.start();
  database = await createDatabase(inject('databaseUrl'));
  const env = { PLATFORM_JWKS_URL: issuer.jwksUrl };
  publisher = await startTestService({ adminUrl: inject('databaseUrl'), databaseUrl: database.url, identity: { service: 'utilization', schema: 'utilization', defaultPort: 0 }, createModule: createPublisher, env });
  db = new pg.Pool({ connectionString: database.url, max: 2 });
  officer = await issuer.mint(['utilization:officer']);
});
afterAll(async () => {
  await consumer?.close();
  await publisher?.close();
  await db?.end();
  await database?.drop();
  await issuer?.close();
});

const register = (number: string, failAfterPublish = false) =>
  fetch(`${publisher.baseUrl}/loans`, {
    method: 'POST',
    headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ number, failAfterPublish }),
  });

const startConsumer = () =>
  startTestService({ adminUrl: inject('databaseUrl'), databaseUrl: database.url, identity: { service: 'creation', schema: 'creation', defaultPort: 0 }, createModule: createConsumer, env: { PLATFORM_JWKS_URL: issuer.jwksUrl } });

async function rows<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, values)).rows as T[];
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('domain events on the PostgreSQL transport', () => {
  it('keeps an event published before its consumer ever started, and delivers it once the consumer runs', async () => {
    expect((await register('L-before')).status).toBe(201);
    const queued = await rows<{ n: string }>(`SELECT count(*)::text AS n FROM pgboss.job WHERE name = $1 AND data->'data'->>'loanNumber' = 'L-before'`, [eventQueue('creation')]);
    expect(queued[0]?.n).toBe('1');

    consumer = await startConsumer();
    const applied = await eventually(() => rows<{ times: number; region_code: string }>(`SELECT times, region_code FROM creation.pledged WHERE loan_number = 'L-before'`), (r) => r.length > 0);
    expect(applied).toEqual([{ times: 1, region_code: '440507' }]);
  });

  it('publishes nothing when the change rolls back', async () => {
    const res = await register('L-rolled-back', true);
    expect(res.status).toBe(409);
    expect(await rows(`SELECT 1 FROM utilization.loans WHERE number = 'L-rolled-back'`)).toEqual([]);
    expect(await rows(`SELECT 1 FROM pgboss.job WHERE data->'data'->>'loanNumber' = 'L-rolled-back'`)).toEqual([]);
  });

  it('applies a redelivered event once', async () => {
    const res = await register('L-twice');
    const { eventId } = (await res.json()) as { eventId: string };
    await eventually(() => rows(`SELECT 1 FROM creation.pledged WHERE loan_number = 'L-twice'`), (r) => r.length > 0);
    const [job] = await rows<{ data: TEventEnvelope }>(`SELECT data FROM pgboss.job WHERE data->>'id' = $1`, [eventId]);
    const worker = consumer!.app.get(EventWorker);
    expect(await worker.apply(job!.data)).toBe(false);
    expect(await rows(`SELECT times FROM creation.pledged WHERE loan_number = 'L-twice'`)).toEqual([{ times: 1 }]);
    expect(await rows(`SELECT event_id FROM creation.consumed_events WHERE event_id = $1`, [eventId])).toHaveLength(1);
  });

  it('retries a failing handler, rolling back each failed attempt, until it succeeds', async () => {
    await db.query(`INSERT INTO creation.failures (loan_number, remaining) VALUES ('L-flaky', 1)`);
    expect((await register('L-flaky')).status).toBe(201);
    const applied = await eventually(() => rows<{ times: number }>(`SELECT times FROM creation.pledged WHERE loan_number = 'L-flaky'`), (r) => r.length > 0, 20_000);
    // The failed attempt's insert rolled back with it: one application in the end.
    expect(applied).toEqual([{ times: 1 }]);
    const [audit] = await rows<{ request_id: string; actor_id: string | null }>(`SELECT request_id, actor_id FROM audit.events WHERE entity = 'pledged' AND entity_id = 'L-flaky'`);
    expect(audit?.request_id).toMatch(/^event:pledge\.registered:/);
    expect(audit?.actor_id).toBeNull();
  });

  it('keeps the transport\'s tables under the events role, not under any service', async () => {
    const [owner] = await rows<{ owner: string }>(`SELECT tableowner AS owner FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'job'`);
    expect(owner?.owner).toBe('ipb_events');
  });
});
