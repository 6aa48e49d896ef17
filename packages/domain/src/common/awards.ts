import { z } from 'zod';

/**
 * The award vocabulary two pillars share: utilization records patent awards 专利奖 and S&T awards
 * 科学技术奖 and publishes `award.granted`; creation keeps them on the patent (a national award is
 * a high-value criterion). One list of kinds, levels and grades, so the event, the records and
 * the labels cannot drift apart.
 */
export const AWARD_KINDS = ['patent_award', 'sci_tech_award'] as const;
export const ZAwardKind = z.enum(AWARD_KINDS);
export type TAwardKind = z.infer<typeof ZAwardKind>;

export const AWARD_LEVELS = ['national', 'provincial', 'municipal'] as const;
export const ZAwardLevel = z.enum(AWARD_LEVELS);
export type TAwardLevel = z.infer<typeof ZAwardLevel>;

export const AWARD_GRADES = ['gold', 'silver', 'excellence', 'special', 'first', 'second', 'third'] as const;
export const ZAwardGrade = z.enum(AWARD_GRADES);
export type TAwardGrade = z.infer<typeof ZAwardGrade>;

export const AWARD_KIND_LABELS: Record<TAwardKind, { zh: string; en: string }> = {
  patent_award: { zh: '专利奖', en: 'Patent award' },
  sci_tech_award: { zh: '科学技术奖', en: 'Science and technology award' },
};
export const AWARD_LEVEL_LABELS: Record<TAwardLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
};
export const AWARD_GRADE_LABELS: Record<TAwardGrade, { zh: string; en: string }> = {
  gold: { zh: '金奖', en: 'Gold' },
  silver: { zh: '银奖', en: 'Silver' },
  excellence: { zh: '优秀奖', en: 'Excellence' },
  special: { zh: '特等奖', en: 'Special prize' },
  first: { zh: '一等奖', en: 'First prize' },
  second: { zh: '二等奖', en: 'Second prize' },
  third: { zh: '三等奖', en: 'Third prize' },
};
