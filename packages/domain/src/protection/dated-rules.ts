import { z } from 'zod';
import { compareDates } from '../common/dates.js';

/**
 * Reference data in force from a date until the next row of its kind (the rapid centre's service
 * levels, the report reward rule): a row whose date has not come is scheduled and may still change;
 * of those whose date has come, the latest is in force and the earlier ones superseded.
 */
export const DATED_RULE_STATES = ['superseded', 'in_force', 'scheduled'] as const;
export const ZDatedRuleState = z.enum(DATED_RULE_STATES);
export type TDatedRuleState = z.infer<typeof ZDatedRuleState>;
export const DATED_RULE_STATE_LABELS: Record<TDatedRuleState, { zh: string; en: string }> = {
  superseded: { zh: '已被取代', en: 'Superseded' },
  in_force: { zh: '现行', en: 'In force' },
  scheduled: { zh: '待施行', en: 'Scheduled' },
};

/** The state of each row as of `today`, for the rows of one kind ordered by effective date. */
export function datedRuleStates(effectiveDates: readonly string[], today: string): TDatedRuleState[] {
  return effectiveDates.map((from, i) => {
    if (compareDates(from, today) > 0) return 'scheduled';
    const next = effectiveDates[i + 1];
    return next !== undefined && compareDates(next, today) <= 0 ? 'superseded' : 'in_force';
  });
}
