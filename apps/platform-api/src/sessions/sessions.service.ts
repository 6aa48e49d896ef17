import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TPage, TPageQuery, TSession } from '@ipbureau/domain';
import { AuditWriter, type AuthenticatedContext, divisionPattern, inTransaction, isWithinDivision, notFound } from '@ipbureau/nest-kit';
import { SessionEntity } from './session.entity.js';

interface SessionRow {
  id: string;
  user_id: string;
  username: string;
  client_address: string | null;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

const mapSession = (r: SessionRow): TSession => ({
  id: r.id,
  userId: r.user_id,
  username: r.username,
  clientAddress: r.client_address,
  userAgent: r.user_agent,
  createdAt: r.created_at.toISOString(),
  lastSeenAt: r.last_seen_at.toISOString(),
  expiresAt: r.expires_at.toISOString(),
});

/** Online sessions: what the security administrator watches and can end. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async listActive(ctx: AuthenticatedContext, query: TPageQuery): Promise<TPage<TSession>> {
    const where = `s.revoked_at IS NULL AND s.idle_expires_at > now() AND s.max_expires_at > now() AND s.region_code LIKE $1`;
    const prefix = divisionPattern(ctx.principal.region);
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.user_id, u.username, s.client_address, s.user_agent, s.created_at, s.last_seen_at,
              least(s.idle_expires_at, s.max_expires_at) AS expires_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE ${where} ORDER BY s.last_seen_at DESC LIMIT $2 OFFSET $3`,
      [prefix, query.pageSize, (query.page - 1) * query.pageSize],
    )) as SessionRow[];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM sessions s WHERE ${where}`, [prefix])) as [{ n: number }];
    return { items: rows.map(mapSession), total: n, page: query.page, pageSize: query.pageSize };
  }

  /** Forces a session out: its refresh token stops working at once (access tokens expire within minutes). */
  async revoke(ctx: AuthenticatedContext, id: string): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const session = await em.findOne(SessionEntity, { where: { id } });
      if (!session || !isWithinDivision(session.regionCode, ctx.principal.region)) throw notFound('会话', 'Session');
      if (session.revokedAt) return;
      await em.update(SessionEntity, { id }, { revokedAt: new Date(), revokedReason: 'forced_out' });
      await this.audit.record(em, ctx, { entity: 'session', entityId: id, action: 'revoke', before: { userId: session.userId }, after: { reason: 'forced_out' }, regionCode: session.regionCode });
    });
  }
}
