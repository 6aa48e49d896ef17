import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskResidentId } from '../common/masking.js';
import { allowedReportActions, computeReward, possibleReportActions, ZReportRewardRuleCreate } from './reports.js';

describe('reports and rewards', () => {
  it('masks the reporter the way the bureau writes it', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskResidentId('440507199001011234')).toBe('4405**********1234');
  });

  it('rewards the rule’s share of the fine between its floor and its cap, rounded to the fen', () => {
    const rule = { rate: '0.05', floor: '200.00', cap: '100000.00' };
    expect(computeReward('8000.00', rule)).toBe('400.00');
    expect(computeReward('1000.00', rule)).toBe('200.00');
    expect(computeReward('5000000.00', rule)).toBe('100000.00');
    expect(computeReward('12345.67', rule)).toBe('617.28');
  });

  it('refuses a rule whose cap is below its floor or whose rate is not a share', () => {
    const rule = { rate: '0.05', floor: '200.00', cap: '100000.00', basisZh: '细则', basisEn: 'Rules', effectiveFrom: '2026-01-01' };
    expect(ZReportRewardRuleCreate.safeParse(rule).success).toBe(true);
    expect(ZReportRewardRuleCreate.safeParse({ ...rule, cap: '100.00' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['cap']);
    expect(ZReportRewardRuleCreate.safeParse({ ...rule, rate: '5' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['rate']);
  });

  it('lets only the approver approve a reward', () => {
    expect(possibleReportActions('received')).toEqual(['verify', 'reject']);
    expect(allowedReportActions('reward_proposed', ['protection:officer'])).toEqual([]);
    expect(allowedReportActions('reward_proposed', ['protection:approver'])).toEqual(['approve_reward']);
    expect(allowedReportActions('paid', ['protection:approver'])).toEqual([]);
  });
});
