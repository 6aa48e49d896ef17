import { Controller, Get, Module, Post, type DynamicModule } from '@nestjs/common';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { z } from 'zod';
import { ZCalendarDate } from '@ipbureau/domain';
import { AuditWriter, AuthCtx, inTransaction, KitModule, MetricsModule, Public, RequireModule, ZBody, type AuthenticatedContext, type MetricProvider, type MetricWindow, type ServiceConfig, XlsxExport, ZQuery } from '../src/index.js';
import { Injectable } from '@nestjs/common';

// A stand-in service exercising the kit the way a pillar does, without any pillar's domain.
class ProbeSchema1700000000000 implements MigrationInterface {
  name = 'ProbeSchema1700000000000';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text NOT NULL, due date NOT NULL, region_code varchar(6) NOT NULL)`);
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE notes`);
  }
}

export const ZNoteCreate = z.strictObject({ title: z.string().min(1).max(50), due: ZCalendarDate, regionCode: z.string().length(6) });

@Controller('notes')
class NotesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }

  @Get()
  @RequireModule('creation', 'viewer')
  async list() {
    return this.dataSource.query(`SELECT id, title, to_char(due, 'YYYY-MM-DD') AS due FROM notes ORDER BY title`);
  }

  @Post()
  @RequireModule('creation', 'officer')
  async create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZNoteCreate) body: z.infer<typeof ZNoteCreate>) {
    return inTransaction(this.dataSource, async (em) => {
      const [row] = (await em.query(`INSERT INTO notes (title, due, region_code) VALUES ($1, $2, $3) RETURNING id`, [body.title, body.due, body.regionCode])) as { id: string }[];
      await this.audit.record(em, ctx, { entity: 'note', entityId: row!.id, action: 'create', after: body, regionCode: body.regionCode });
      return { id: row!.id };
    });
  }

  @Get('forgotten')
  forgotten() {
    return { leaked: true };
  }
}

export const ZCountedQuery = z.strictObject({
  count: z.coerce.number().int().min(0).max(100_000),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A paged list of generated rows, exportable as XLSX. */
@Controller('counted')
class CountedController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @RequireModule('creation', 'viewer')
  @XlsxExport({
    name: { 'zh-CN': '计数', en: 'Counted' },
    columns: [
      { key: 'n', header: { 'zh-CN': '序号', en: 'No.' }, kind: 'int' },
      { key: 'title', header: { zh: '名称', en: 'Title' } },
      { key: 'amount', header: { 'zh-CN': '金额（元）', en: 'Amount (CNY)' }, kind: 'money' },
      { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: { open: { zh: '办理中', en: 'Open' }, closed: { zh: '已结', en: 'Closed' } } },
      { key: 'on', header: { 'zh-CN': '日期', en: 'Date' }, kind: 'date' },
      { key: 'tags', header: { 'zh-CN': '标签', en: 'Tags' }, value: (item: { n: number }) => [`t${item.n}`, 'x'] },
    ],
  })
  async list(@ZQuery(ZCountedQuery) query: z.infer<typeof ZCountedQuery>) {
    const items = (await this.dataSource.query(
      `SELECT n, '行' || n AS title, (n * 0.10)::numeric(18,2)::text AS amount, CASE WHEN n % 2 = 0 THEN 'open' ELSE 'closed' END AS status,
              to_char(date '2024-01-01' + n, 'YYYY-MM-DD') AS "on"
         FROM generate_series(1, $1::int) AS n ORDER BY n OFFSET $2 LIMIT $3`,
      [query.count, (query.page - 1) * query.pageSize, query.pageSize],
    )) as unknown[];
    return { items, total: query.count, page: query.page, pageSize: query.pageSize };
  }
}

@Module({ controllers: [NotesController, CountedController] })
class NotesModule {}

/** Notes due on or before a date, in a region: a stock metric over the probe's table. */
@Injectable()
class NotesDueMetric implements MetricProvider {
  readonly definition = {
    key: 'notes.due',
    name: { 'zh-CN': '到期事项', en: 'Notes due' },
    semantics: 'stock' as const,
    unit: { 'zh-CN': '件', en: 'items' },
    byDistrict: true,
  };
  constructor(private readonly dataSource: DataSource) {}
  async compute(w: MetricWindow): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::text AS n FROM notes WHERE due <= $1 AND region_code LIKE $2`, [w.asOf, w.regionPattern])) as { n: string }[];
    return row?.n ?? '0';
  }
}

/** Notes falling due inside a period: a flow metric that is not broken down by district. */
@Injectable()
class NotesFallingDueMetric implements MetricProvider {
  readonly definition = {
    key: 'notes.falling_due',
    name: { 'zh-CN': '期间到期事项', en: 'Notes falling due' },
    semantics: 'flow' as const,
    unit: { 'zh-CN': '件', en: 'items' },
    byDistrict: false,
  };
  constructor(private readonly dataSource: DataSource) {}
  async compute(w: MetricWindow): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::text AS n FROM notes WHERE due BETWEEN $1 AND $2`, [w.from, w.to])) as { n: string }[];
    return row?.n ?? '0';
  }
}

export function createProbeModule(config: ServiceConfig): DynamicModule {
  return {
    module: class ProbeAppModule {},
    imports: [KitModule.forService({ config, database: { entities: [], migrations: [ProbeSchema1700000000000] } }), NotesModule, MetricsModule.register([NotesDueMetric, NotesFallingDueMetric])],
  };
}
