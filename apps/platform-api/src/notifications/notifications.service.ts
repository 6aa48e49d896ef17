import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MODULE_LEVELS, ZAlertRaised, type TEventEnvelope, type TLocale, type TNotification, type TNotificationListQuery, type TNotificationSummary, type TPage } from '@ipbureau/domain';
import { AuditWriter, divisionPrefixSql, eventContext, inTransaction, notFound, type AuthenticatedContext } from '@ipbureau/nest-kit';

interface NotificationRow {
  id: string;
  kind: string;
  severity: TNotification['severity'];
  title_zh: string;
  title_en: string;
  body_zh: string | null;
  body_en: string | null;
  link: string | null;
  due_date: string | null;
  module: TNotification['module'];
  source: string;
  region_code: string;
  raised_at: Date;
  read_at: Date | null;
}

function mapNotification(row: NotificationRow, locale: TLocale): TNotification {
  const en = locale === 'en';
  return {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    title: en ? row.title_en : row.title_zh,
    body: (en ? row.body_en : row.body_zh) ?? null,
    link: row.link,
    dueDate: row.due_date,
    module: row.module,
    source: row.source,
    regionCode: row.region_code,
    raisedAt: row.raised_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

const COLUMNS = `n.id, n.kind, n.severity, n.title_zh, n.title_en, n.body_zh, n.body_en, n.link, to_char(n.due_date, 'YYYY-MM-DD') AS due_date,
  n.module, n.source, n.region_code, n.raised_at, r.read_at`;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Delivers an `alert.raised` event: stores the alert once (by its key) and gives a copy to
   * every active user it concerns — the named users, and those holding the module at the level
   * or above, whose region covers the alert's, in the named department or one above it.
   */
  async deliver(event: TEventEnvelope, em: EntityManager): Promise<number> {
    const alert = ZAlertRaised.parse(event.data);
    const inserted = (await em.query(
      `INSERT INTO notifications (alert_key, kind, severity, title_zh, title_en, body_zh, body_en, link, due_date, module, source, event_id, region_code, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (alert_key) DO NOTHING RETURNING id`,
      [
        alert.key,
        alert.kind,
        alert.severity,
        alert.title['zh-CN'],
        alert.title.en,
        alert.body?.['zh-CN'] ?? null,
        alert.body?.en ?? null,
        alert.link,
        alert.dueDate,
        alert.audience.module,
        event.source,
        event.id,
        event.regionCode,
        event.occurredAt,
      ],
    )) as { id: string }[];
    const id = inserted[0]?.id;
    if (!id) return 0;
    const { module, level, departmentId, userIds } = alert.audience;
    const roles = MODULE_LEVELS.slice(MODULE_LEVELS.indexOf(level)).map((l) => `${module}:${l}`);
    const delivered = (await em.query(
      `WITH RECURSIVE above AS (
         SELECT id, parent_id FROM departments WHERE id = $4::uuid
         UNION ALL SELECT d.id, d.parent_id FROM departments d JOIN above a ON d.id = a.parent_id
       )
       INSERT INTO notification_recipients (notification_id, user_id, region_code)
       SELECT $1, u.id, u.region_code FROM users u
        WHERE NOT u.disabled
          AND (u.id = ANY($5::uuid[])
               OR ($2 LIKE ${divisionPrefixSql('u.region_code')} || '%'
                   AND u.roles && $3::text[]
                   AND ($4::uuid IS NULL OR u.department_id IN (SELECT id FROM above))))
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [id, event.regionCode, roles, departmentId, userIds],
    )) as unknown[];
    await this.audit.record(em, eventContext(event), {
      entity: 'notification',
      entityId: id,
      action: 'create',
      after: { key: alert.key, kind: alert.kind, recipients: delivered.length },
      regionCode: event.regionCode,
    });
    return delivered.length;
  }

  async list(ctx: AuthenticatedContext, query: TNotificationListQuery): Promise<TPage<TNotification>> {
    const unreadOnly = query.status === 'unread';
    const where = `r.user_id = $1 AND r.dismissed_at IS NULL ${unreadOnly ? 'AND r.read_at IS NULL' : ''}`;
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM notification_recipients r JOIN notifications n ON n.id = r.notification_id
        WHERE ${where}
        ORDER BY (r.read_at IS NULL) DESC, n.due_date ASC NULLS LAST, n.raised_at DESC
        LIMIT $2 OFFSET $3`,
      [ctx.principal.sub, query.pageSize, (query.page - 1) * query.pageSize],
    )) as (NotificationRow & { total: string })[];
    const total = rows[0] ? Number(rows[0].total) : await this.count(ctx.principal.sub, unreadOnly);
    return { items: rows.map((r) => mapNotification(r, ctx.locale)), total, page: query.page, pageSize: query.pageSize };
  }

  async summary(ctx: AuthenticatedContext): Promise<TNotificationSummary> {
    return { unread: await this.count(ctx.principal.sub, true) };
  }

  private async count(userId: string, unreadOnly: boolean): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_recipients WHERE user_id = $1 AND dismissed_at IS NULL ${unreadOnly ? 'AND read_at IS NULL' : ''}`,
      [userId],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Marks one's own copy read (`read`) or removes it from one's list (`dismiss`). */
  async mark(ctx: AuthenticatedContext, id: string, action: 'read' | 'dismiss'): Promise<void> {
    const column = action === 'read' ? 'read_at' : 'dismissed_at';
    await inTransaction(this.dataSource, async (em) => {
      const updated = (await em.query(
        `WITH u AS (
           UPDATE notification_recipients SET ${column} = coalesce(${column}, now()) ${action === 'dismiss' ? ', read_at = coalesce(read_at, now())' : ''}
            WHERE notification_id = $1 AND user_id = $2 AND dismissed_at IS NULL RETURNING region_code)
         SELECT region_code FROM u`,
        [id, ctx.principal.sub],
      )) as { region_code: string }[];
      if (!updated[0]) throw notFound('通知', 'Notification');
      await this.audit.record(em, ctx, { entity: 'notification', entityId: id, action: 'update', after: { [action]: true }, regionCode: updated[0].region_code });
    });
  }

  async readAll(ctx: AuthenticatedContext): Promise<number> {
    return inTransaction(this.dataSource, async (em) => {
      const updated = (await em.query(
        `WITH u AS (UPDATE notification_recipients SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND dismissed_at IS NULL RETURNING 1) SELECT count(*)::int AS n FROM u`,
        [ctx.principal.sub],
      )) as { n: number }[];
      const n = updated[0]?.n ?? 0;
      if (n > 0) await this.audit.record(em, ctx, { entity: 'notification', entityId: ctx.principal.sub, action: 'update', after: { readAll: n }, regionCode: ctx.principal.region });
      return n;
    });
  }
}
