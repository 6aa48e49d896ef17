import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { TPage, TPageQuery } from '@ipbureau/domain';

/** Runs a list query one page at a time and maps each row for the response. */
export async function paginate<E extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<E>,
  query: TPageQuery,
  map: (entity: E) => R,
): Promise<TPage<R>> {
  const [rows, total] = await qb
    .skip((query.page - 1) * query.pageSize)
    .take(query.pageSize)
    .getManyAndCount();
  return { items: rows.map(map), total, page: query.page, pageSize: query.pageSize };
}
