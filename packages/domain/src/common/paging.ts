import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

/** Query parameters of every list endpoint. Query strings are text, so numbers are coerced. */
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** A page of results: the items plus what a table needs to draw its pager. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };
