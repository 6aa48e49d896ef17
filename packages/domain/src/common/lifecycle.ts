import { z } from 'zod';

/**
 * Status as data (legal status, claims, any lifecycle the pillars keep): a transition table (action → the statuses it may be taken from and the
 * status it leads to) and one function that applies it. Services refuse what the table does not
 * allow; the UI offers exactly `allowedActions(...)`; tests walk every edge of the table.
 */
export type TTransitionTable<S extends string, A extends string> = Readonly<Record<A, { readonly from: readonly S[]; readonly to: S }>>;

/** The actions the table allows from `status`, in the table's order. */
export function allowedActions<S extends string, A extends string>(table: TTransitionTable<S, A>, status: S): A[] {
  return (Object.keys(table) as A[]).filter((action) => table[action].from.includes(status));
}

/** The status `action` leads to from `status`, or null when the table does not allow it. */
export function applyTransition<S extends string, A extends string>(table: TTransitionTable<S, A>, status: S, action: A): S | null {
  const edge = table[action];
  return edge.from.includes(status) ? edge.to : null;
}

/** The version of the record the client read; a write against an older one is refused (409). */
export const ZVersion = z.int().min(1).describe('The `version` of the record as the client read it');
