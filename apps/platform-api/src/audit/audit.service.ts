import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TAuditEvent, TAuditQuery, TChainVerification, TPage } from '@ipbureau/domain';

interface EventRow {
  seq: string;
  chain: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_roles: string[];
  service: string;
  entity: string;
  entity_id: string;
  action: TAuditEvent['action'];
  before: unknown;
  after: unknown;
  request_id: string | null;
  client_address: string | null;
  region_code: string | null;
  hash: string;
}

const mapEvent = (r: EventRow): TAuditEvent => ({
  seq: String(r.seq),
  chain: r.chain,
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRoles: r.actor_roles,
  service: r.service,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  before: r.before,
  after: r.after,
  requestId: r.request_id,
  clientAddress: r.client_address,
  regionCode: r.region_code,
  hash: r.hash,
});

/** The auditor's reader of the audit trail; platform-api holds SELECT on it and nothing more. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: TAuditQuery): Promise<TPage<TAuditEvent>> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    if (query.service) add('service = ?', query.service);
    if (query.entity) add('entity = ?', query.entity);
    if (query.entityId) add('entity_id = ?', query.entityId);
    if (query.actorId) add('actor_id = ?', query.actorId);
    if (query.action) add('action = ?', query.action);
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = (await this.dataSource.query(
      `SELECT seq, chain, at, actor_id, actor_name, actor_roles, service, entity, entity_id, action, before, after,
              request_id, client_address, region_code, hash
         FROM audit.events ${where} ORDER BY seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    )) as EventRow[];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM audit.events ${where}`, params)) as [{ n: number }];
    return { items: rows.map(mapEvent), total: n, page: query.page, pageSize: query.pageSize };
  }

  async verify(): Promise<TChainVerification> {
    const rows = (await this.dataSource.query(`SELECT chain, chain_seq, reason, checked FROM audit.verify()`)) as {
      chain: string | null;
      chain_seq: string | null;
      reason: 'hash' | 'link' | null;
      checked: string;
    }[];
    const breaks = rows.filter((r) => r.chain !== null).map((r) => ({ chain: r.chain as string, seq: String(r.chain_seq), reason: r.reason as 'hash' | 'link' }));
    return { valid: breaks.length === 0, checked: Number(rows[0]?.checked ?? 0), breaks, verifiedAt: new Date().toISOString() };
  }
}
