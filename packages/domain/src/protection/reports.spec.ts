import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskResidentId } from '../common/masking.js';
import { allowedReportActions, computeReward, possibleReportActions, REPORT_REWARD_RULES, rewardRuleFor } from './reports.js';

describe('reports and rewards', () => {
  it('masks the reporter the way the bureau writes it', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskResidentId('440507199001011234')).toBe('4405**********1234');
  });

  it('rewards 5 % of the fine between the floor and the cap, by the rule in force on the date received', () => {
    const rule = rewardRuleFor('2025-03-01')!;
    expect(rule).toBe(REPORT_REWARD_RULES[0]);
    expect(computeReward('8000.00', rule)).toBe('400.00');
    expect(computeReward('1000.00', rule)).toBe('200.00');
    expect(computeReward('5000000.00', rule)).toBe('100000.00');
    expect(computeReward('12345.67', rule)).toBe('617.28');
    expect(rewardRuleFor('2021-11-30')).toBeUndefined();
  });

  it('lets only the approver approve a reward', () => {
    expect(possibleReportActions('received')).toEqual(['verify', 'reject']);
    expect(allowedReportActions('reward_proposed', ['protection:officer'])).toEqual([]);
    expect(allowedReportActions('reward_proposed', ['protection:approver'])).toEqual(['approve_reward']);
    expect(allowedReportActions('paid', ['protection:approver'])).toEqual([]);
  });
});
