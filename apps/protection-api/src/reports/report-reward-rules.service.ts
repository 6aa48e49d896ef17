import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareMoney, type TLocale } from '@ipbureau/domain';
import { REPORT_REWARD_RULE_FIELD_LABELS, type TReportRewardRule, type TReportRewardRuleCreate, type TReportRewardRuleQuery, type TReportRewardRuleUpdate } from '@ipbureau/domain/protection';
import { AuditWriter, conflict, DomainException, inTransaction, notFound, text, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { assertAfterApplied, assertNotApplied, assertStillScheduled, datedRuleFields, dateTaken, inForceOn, issue, lockDatedRules, withoutState, withStates } from '../common/dated-rules.js';
import { ReportEntity, ReportRewardRuleEntity } from './report.entity.js';

const WHAT = { zh: '奖励标准', en: 'reward rule' };
const ONE_KIND = () => 'report';
const stale = () => conflict(text('奖励标准已被他人修改，请刷新后重试', 'The reward rule was changed by someone else since you read it; reload it and try again'));
const lock = (em: EntityManager) => lockDatedRules(em, 'report_reward_rules');
/** A rule's code names it on the reports it rewards; one rule per day, so its date makes it unique. */
const codeFor = (effectiveFrom: string) => `report-reward-${effectiveFrom}`;

/** The rule in force on `receivedDate` (the latest effective on or before it), or null; reports computing a reward with it take the rules' lock. */
export async function rewardRuleInForce(em: EntityManager, receivedDate: string): Promise<ReportRewardRuleEntity | null> {
  await lock(em);
  return em.getRepository(ReportRewardRuleEntity).createQueryBuilder('r').where('r.effective_from <= :d', { d: receivedDate }).orderBy('r.effective_from', 'DESC').getOne();
}

/**
 * The report reward rule 举报奖励标准, dated: each applies to the reports received from its effective
 * date until the next rule. A rule is changed only while its date is still to come; once it has
 * applied, the bureau adds a new rule instead.
 */
@Injectable()
export class ReportRewardRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: TReportRewardRuleQuery): Promise<TReportRewardRule[]> {
    const rows = await this.dataSource.getRepository(ReportRewardRuleEntity).find({ order: { effectiveFrom: 'ASC' } });
    const shown = query.inForceOn ? new Set(inForceOn(rows, ONE_KIND, query.inForceOn)) : null;
    return mapRules(rows).filter((_rule, i) => !shown || shown.has(rows[i]!));
  }

  async create(ctx: AuthenticatedContext, input: TReportRewardRuleCreate): Promise<TReportRewardRule> {
    return inTransaction(this.dataSource, async (em) => {
      await lock(em);
      await this.assertDateFree(em, ctx.locale, input.effectiveFrom, null);
      // A past date is accepted only while no reward was computed for a report received from it: the table must tell the rule each report carries.
      const rewarded = await em
        .getRepository(ReportEntity)
        .createQueryBuilder('r')
        .select('max(r.received_date)', 'latest')
        .where('r.reward_rule IS NOT NULL AND r.received_date >= :from', { from: input.effectiveFrom })
        .getRawOne<{ latest: string | null }>();
      assertAfterApplied(ctx.locale, rewarded?.latest, { zh: '受理的举报', en: 'Rewards for reports received' });
      const repo = em.getRepository(ReportRewardRuleEntity);
      const row = await repo.save(repo.create({ ...input, code: codeFor(input.effectiveFrom), version: 1, regionCode: ctx.principal.region, createdBy: ctx.principal.sub }));
      const created = await this.one(em, row.id);
      await this.audit.record(em, ctx, { entity: 'report_reward_rule', entityId: row.id, action: 'create', after: withoutState(created), regionCode: row.regionCode });
      return created;
    });
  }

  async update(ctx: AuthenticatedContext, id: string, input: TReportRewardRuleUpdate): Promise<TReportRewardRule> {
    return inTransaction(this.dataSource, async (em) => {
      await lock(em);
      const row = await em.getRepository(ReportRewardRuleEntity).findOneBy({ id });
      if (!row) throw notFound('奖励标准', 'Reward rule');
      if (row.version !== input.version) throw stale();
      const { version: _version, ...changes } = input;
      const fields = Object.entries(changes).flatMap(([field, value]) => (value === undefined ? [] : [field]));
      assertNotApplied(ctx.locale, row.effectiveFrom, fields, REPORT_REWARD_RULE_FIELD_LABELS, WHAT);
      const set: Partial<ReportRewardRuleEntity> = { ...changes };
      if (input.effectiveFrom !== undefined && input.effectiveFrom !== row.effectiveFrom) {
        assertStillScheduled(ctx.locale, input.effectiveFrom);
        await this.assertDateFree(em, ctx.locale, input.effectiveFrom, row.id);
        set.code = codeFor(input.effectiveFrom);
      }
      // Only one of floor and cap may be sent: the pair as it will stand must still hold.
      const floor = input.floor ?? row.floor;
      const cap = input.cap ?? row.cap;
      if (compareMoney(cap, floor) < 0) {
        // Named at the field sent: the other one is the rule's as it stands.
        throw new DomainException('UNPROCESSABLE', text(`最高金额 ${cap} 不能低于最低金额 ${floor}`, `The cap ${cap} cannot be below the floor ${floor}`), [
          issue(ctx.locale, input.cap !== undefined ? 'cap' : 'floor', '最高金额不能低于最低金额', 'the cap cannot be below the floor'),
        ]);
      }
      const before = await this.one(em, id);
      const result = await em
        .createQueryBuilder()
        .update(ReportRewardRuleEntity)
        .set({ ...set, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) throw stale();
      const after = await this.one(em, id);
      await this.audit.record(em, ctx, { entity: 'report_reward_rule', entityId: id, action: 'update', before: withoutState(before), after: withoutState(after), regionCode: row.regionCode });
      return after;
    });
  }

  /** Two rules effective the same day would make that day's reward ambiguous. */
  private async assertDateFree(em: EntityManager, locale: TLocale, effectiveFrom: string, exceptId: string | null): Promise<void> {
    const qb = em.getRepository(ReportRewardRuleEntity).createQueryBuilder('r').where('r.effective_from = :effectiveFrom', { effectiveFrom });
    if (exceptId) qb.andWhere('r.id <> :exceptId', { exceptId });
    if (await qb.getExists()) {
      throw dateTaken(locale, { zh: `已有自 ${effectiveFrom} 起施行的奖励标准，请修改该条或另选施行日期`, en: `A reward rule already takes effect on ${effectiveFrom}; change that one or pick another effective date` });
    }
  }

  private async one(em: EntityManager, id: string): Promise<TReportRewardRule> {
    const rows = await em.getRepository(ReportRewardRuleEntity).find({ order: { effectiveFrom: 'ASC' } });
    return mapRules(rows).find((rule) => rule.id === id)!;
  }
}

/** PostgreSQL answers numeric(5,4) with its scale ("0.0500"); the rule reads as it was entered ("0.05"). */
const plainRate = (rate: string) => rate.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

function mapRules(rows: ReportRewardRuleEntity[]): TReportRewardRule[] {
  return withStates(rows, ONE_KIND).map(({ row, state }) => ({ ...datedRuleFields(row, state), code: row.code, rate: plainRate(row.rate), floor: row.floor, cap: row.cap }));
}
