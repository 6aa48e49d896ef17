import { addMoney } from '@ipbureau/domain';
import { normalizeLenderName } from '@ipbureau/domain/utilization';

/** Pledges of one spelling of one lender: its code (if recorded), the name as typed, their figures. */
export type LenderSpelling = {
  code: string | null;
  name: string;
  /** Sortable text of when the spelling was last used; the latest spelling names the lender. */
  latest: string;
  amount: string;
  count: number;
};

export type LenderGroup = { lenderCreditCode: string | null; lenderName: string; amount: string; count: number; /** Every spelling seen. */ names: string[] };

/**
 * One entry per lender: by credit code where the pledges carry one, else by the name normalized
 * (pledges recorded before the code was asked for). The figures are summed exactly, so the
 * groups still add up to what the spellings did; each group is named by its latest spelling.
 */
export function groupLenders(spellings: readonly LenderSpelling[]): LenderGroup[] {
  const groups = new Map<string, LenderGroup & { latest: string }>();
  for (const s of spellings) {
    const key = s.code !== null ? `code:${s.code}` : `name:${normalizeLenderName(s.name)}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { lenderCreditCode: s.code, lenderName: s.name, amount: addMoney(s.amount, '0'), count: s.count, names: [s.name], latest: s.latest });
      continue;
    }
    group.amount = addMoney(group.amount, s.amount);
    group.count += s.count;
    group.names.push(s.name);
    // Ties fall to the smaller name so the answer does not depend on the rows' order.
    if (s.latest > group.latest || (s.latest === group.latest && s.name < group.lenderName)) {
      group.latest = s.latest;
      group.lenderName = s.name;
    }
  }
  return [...groups.values()].map(({ latest: _latest, ...group }) => group);
}
