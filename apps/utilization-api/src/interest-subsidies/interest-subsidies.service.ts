import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addMoney, compareMoney, multiplyMoney, subtractMoney, sumMoney, todayInChina, type TPage } from '@ipbureau/domain';
import type {
  TInterestPeriod,
  TInterestSubsidy,
  TInterestSubsidyCreate,
  TInterestSubsidyDetail,
  TInterestSubsidyListQuery,
  TInterestSubsidyRule,
  TInterestSubsidyRuleCreate,
  TPaymentDecision,
} from '@ipbureau/domain/utilization';
import {
  AuditWriter,
  conflict,
  divisionPattern,
  forbidden,
  inScope,
  inTransaction,
  isWithinDivision,
  notFound,
  paginate,
  RecordOwnership,
  scopeCondition,
  SERVICE_CONFIG,
  text,
  unprocessable,
  type AuthenticatedContext,
  type ServiceConfig,
} from '@ipbureau/nest-kit';
import { PaymentApprovals } from '../payment-approvals/payment-approvals.service.js';
import { PledgeEntity } from '../pledges/pledge.entity.js';
import { InterestSubsidyEntity, InterestSubsidyLineEntity, InterestSubsidyRuleEntity } from './interest-subsidy.entities.js';
import { mapInterestSubsidy, mapInterestSubsidyLine, mapInterestSubsidyRule } from './interest-subsidies.mapper.js';

const subsidyNotFound = () => notFound('贴息申请', 'Interest subsidy');

/** The codes a rule for a record of `district` may carry, most specific first: the district, its city, its province. */
const governingCodes = (district: string) => [district, `${district.slice(0, 4)}00`, `${district.slice(0, 2)}0000`];

@Injectable()
export class InterestSubsidiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
    private readonly approvals: PaymentApprovals,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  // ---- Rules -------------------------------------------------------------------------------

  async addRule(ctx: AuthenticatedContext, input: TInterestSubsidyRuleCreate): Promise<TInterestSubsidyRule> {
    const refusal = text('不能设置您数据范围以外的贴息规则', 'You may not set an interest subsidy rule outside your data scope');
    let regionCode: string;
    if (input.district !== undefined) {
      regionCode = this.ownership.forNewRecord(ctx, input.district, refusal).regionCode;
    } else {
      if (ctx.principal.scope.kind !== 'region' || !isWithinDivision(this.config.regionCode, ctx.principal.region)) throw forbidden(refusal);
      regionCode = this.config.regionCode;
    }
    return inTransaction(this.dataSource, async (em) => {
      // Serialises rule entries of one region so two overlapping rules can not both pass the check.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('interest-subsidy-rules:' || $1))`, [regionCode]);
      const overlapping = await em
        .getRepository(InterestSubsidyRuleEntity)
        .createQueryBuilder('r')
        .where('r.region_code = :regionCode', { regionCode })
        .andWhere('r.effective_from <= :to AND (r.effective_to IS NULL OR r.effective_to >= :from)', { from: input.effectiveFrom, to: input.effectiveTo ?? '9999-12-31' })
        .getOne();
      if (overlapping) {
        const range = `${overlapping.effectiveFrom} – ${overlapping.effectiveTo ?? ''}`;
        throw conflict(text(`与已有的贴息规则（${range}）有效期重叠；请先设置其失效日期`, `The dates overlap the rule in force ${range}; end that rule first`));
      }
      const repository = em.getRepository(InterestSubsidyRuleEntity);
      const { id } = await repository.save(
        repository.create({
          subsidyRatio: input.subsidyRatio,
          annualCapPerEnterprise: input.annualCapPerEnterprise,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo,
          basis: input.basis,
          regionCode,
          createdBy: ctx.principal.sub,
        }),
      );
      const rule = mapInterestSubsidyRule(await repository.findOneByOrFail({ id }));
      await this.audit.record(em, ctx, { entity: 'interest_subsidy_rule', entityId: id, action: 'create', after: rule, regionCode });
      return rule;
    });
  }

  async listRules(ctx: AuthenticatedContext): Promise<TInterestSubsidyRule[]> {
    const rows = await this.dataSource
      .getRepository(InterestSubsidyRuleEntity)
      .createQueryBuilder('r')
      .where('r.region_code LIKE :pattern', { pattern: divisionPattern(ctx.principal.region) })
      .orderBy('r.regionCode', 'ASC')
      .addOrderBy('r.effectiveFrom', 'ASC')
      .getMany();
    return rows.map(mapInterestSubsidyRule);
  }

  // ---- Applications ------------------------------------------------------------------------

  /**
   * Enters an application and computes it line by line (see interest-subsidies.ts in the domain
   * package). The enterprise's subsidies are serialised on an advisory lock, so two applications
   * at once can not both spend the same remainder of its annual cap.
   */
  async create(ctx: AuthenticatedContext, input: TInterestSubsidyCreate): Promise<TInterestSubsidyDetail> {
    const today = todayInChina();
    if (input.applicationDate > today) throw unprocessable(text(`申请日期不能晚于今天（${today}）`, `The application date can not be after today (${today})`));
    return inTransaction(this.dataSource, async (em) => {
      const pledge = await em.getRepository(PledgeEntity).findOneBy({ id: input.pledgeId });
      if (pledge === null || !inScope(ctx.principal, pledge)) throw notFound('质押登记', 'Pledge');
      if (pledge.disbursementDate === null) throw conflict(text('该笔质押贷款尚未放款，没有可贴息的利息', 'The pledge loan was never disbursed: there is no interest to subsidise'));
      const periods = input.periods.map((p, index) => ({ ...p, index })).sort((a, b) => (a.paidOn === b.paidOn ? a.index - b.index : a.paidOn < b.paidOn ? -1 : 1));
      for (const p of periods) this.checkPeriod(p, pledge.disbursementDate, input.applicationDate);

      await em.query(`SELECT pg_advisory_xact_lock(hashtext('interest-subsidy-cap:' || $1))`, [pledge.pledgorCreditCode]);
      const used = new Map<number, string>();
      const lines: Omit<InterestSubsidyLineEntity, 'subsidyId'>[] = [];
      for (const [i, p] of periods.entries()) {
        const rule = await this.ruleOn(em, pledge.regionCode, p.paidOn);
        const year = Number(p.paidOn.slice(0, 4));
        if (!used.has(year)) used.set(year, await this.usedCap(em, pledge.pledgorCreditCode, year));
        const remainingRaw = subtractMoney(rule.annualCapPerEnterprise, used.get(year)!);
        const remaining = compareMoney(remainingRaw, '0') < 0 ? '0.00' : remainingRaw;
        const computed = multiplyMoney(p.interestPaid, rule.subsidyRatio);
        const granted = compareMoney(computed, remaining) > 0 ? remaining : computed;
        used.set(year, addMoney(used.get(year)!, granted));
        lines.push({
          lineNo: i + 1,
          enterpriseCreditCode: pledge.pledgorCreditCode,
          periodFrom: p.periodFrom,
          periodTo: p.periodTo,
          paidOn: p.paidOn,
          interestPaid: p.interestPaid,
          ruleId: rule.id,
          subsidyRatio: rule.subsidyRatio,
          computed,
          capYear: year,
          annualCap: rule.annualCapPerEnterprise,
          capRemainingBefore: remaining,
          granted,
          regionCode: pledge.regionCode,
        });
      }
      const amount = sumMoney(lines.map((l) => l.granted));
      if (compareMoney(amount, '0') === 0) {
        throw unprocessable(text(`该企业 ${pledge.pledgorCreditCode} 当年的贴息额度已用完，本次申请可贴息金额为 0`, `The enterprise ${pledge.pledgorCreditCode} has used up its annual cap: this application would pay 0.00`));
      }
      const repository = em.getRepository(InterestSubsidyEntity);
      const { id } = await repository.save(
        repository.create({
          pledgeId: pledge.id,
          enterpriseCreditCode: pledge.pledgorCreditCode,
          enterpriseName: pledge.pledgorName,
          lenderName: pledge.lenderName,
          applicationDate: input.applicationDate,
          interestTotal: sumMoney(lines.map((l) => l.interestPaid)),
          amount,
          status: 'pending',
          paidOn: null,
          regionCode: pledge.regionCode,
          departmentId: pledge.departmentId,
          createdBy: ctx.principal.sub,
        }),
      );
      const lineRepository = em.getRepository(InterestSubsidyLineEntity);
      await lineRepository.insert(lines.map((l) => ({ ...l, subsidyId: id })));
      const subsidy = await repository.findOneByOrFail({ id });
      const approval = await this.approvals.open(em, ctx, {
        kind: 'interest_subsidy',
        subjectId: id,
        summary: `${pledge.pledgorName} · ${pledge.lenderName}`.slice(0, 300),
        amount,
        regionCode: subsidy.regionCode,
        departmentId: subsidy.departmentId,
      });
      const stored = await lineRepository.find({ where: { subsidyId: id }, order: { lineNo: 'ASC' } });
      const result = { ...mapInterestSubsidy(subsidy, approval), lines: stored.map(mapInterestSubsidyLine) };
      await this.audit.record(em, ctx, { entity: 'interest_subsidy', entityId: id, action: 'create', after: result, regionCode: subsidy.regionCode });
      return result;
    });
  }

  private checkPeriod(p: TInterestPeriod, disbursed: string, applicationDate: string): void {
    if (p.periodFrom < disbursed) throw unprocessable(text(`计息期 ${p.periodFrom} 早于放款日 ${disbursed}`, `The period from ${p.periodFrom} starts before the disbursement, ${disbursed}`));
    if (p.paidOn > applicationDate) throw unprocessable(text(`付息日 ${p.paidOn} 晚于申请日期 ${applicationDate}：只能为已实际支付的利息申请贴息`, `Interest paid on ${p.paidOn} is after the application date ${applicationDate}: only interest actually paid is subsidised`));
  }

  /** The rule in force on `date` for an enterprise of `district`: its district's own rule, else its city's, else its province's. */
  private async ruleOn(em: EntityManager, district: string, date: string): Promise<InterestSubsidyRuleEntity> {
    const rule = await em
      .getRepository(InterestSubsidyRuleEntity)
      .createQueryBuilder('r')
      .where('r.region_code IN (:...codes)', { codes: governingCodes(district) })
      .andWhere('r.effective_from <= :date AND (r.effective_to IS NULL OR r.effective_to >= :date)', { date })
      .orderBy('r.region_code', 'DESC')
      .getOne();
    if (rule === null) throw unprocessable(text(`付息日 ${date} 没有有效的贴息规则`, `No interest subsidy rule is in force on ${date}, the date the interest was paid`));
    return rule;
  }

  /** What the enterprise was granted for `year` by its applications that are pending or paid. */
  private async usedCap(em: EntityManager, creditCode: string, year: number): Promise<string> {
    const [row] = (await em.query(
      `SELECT COALESCE(sum(l.granted), 0)::text AS used
         FROM interest_subsidy_lines l JOIN interest_subsidies s ON s.id = l.subsidy_id
        WHERE l.enterprise_credit_code = $1 AND l.cap_year = $2 AND s.status <> 'rejected'`,
      [creditCode, year],
    )) as [{ used: string }];
    return addMoney(row.used, '0');
  }

  /** The checker approves (the subsidy is paid on the decision's date) or rejects (its cap is freed). */
  async decide(ctx: AuthenticatedContext, id: string, decision: TPaymentDecision): Promise<TInterestSubsidyDetail> {
    const today = todayInChina();
    if (decision.effectiveDate > today) throw unprocessable(text(`日期不能晚于今天（${today}）`, `The date can not be after today (${today})`));
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(InterestSubsidyEntity);
      const subsidy = await repository.createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
      if (subsidy === null || !inScope(ctx.principal, subsidy)) throw subsidyNotFound();
      if (subsidy.version !== decision.version) {
        throw conflict(text(`该贴息申请已被他人修改（当前版本 ${subsidy.version}），请刷新后重试`, `The application was changed by someone else (now version ${subsidy.version}); reload and try again`));
      }
      const before = mapInterestSubsidy(subsidy, (await this.approvals.find(em, 'interest_subsidy', [id])).get(id));
      const approval = await this.approvals.decide(em, ctx, 'interest_subsidy', id, decision);
      if (decision.decision === 'approve') {
        if (decision.effectiveDate < subsidy.applicationDate) throw unprocessable(text(`支付日期不能早于申请日期 ${subsidy.applicationDate}`, `The payment date can not be before the application date, ${subsidy.applicationDate}`));
        subsidy.status = 'approved';
        subsidy.paidOn = decision.effectiveDate;
      } else {
        subsidy.status = 'rejected';
      }
      const saved = await repository.save(subsidy);
      const lines = await em.getRepository(InterestSubsidyLineEntity).find({ where: { subsidyId: id }, order: { lineNo: 'ASC' } });
      const after = { ...mapInterestSubsidy(saved, approval), lines: lines.map(mapInterestSubsidyLine) };
      await this.audit.record(em, ctx, { entity: 'interest_subsidy', entityId: id, action: decision.decision === 'approve' ? 'approve' : 'transition', before, after: { ...mapInterestSubsidy(saved, approval), decision }, regionCode: saved.regionCode });
      return after;
    });
  }

  async list(ctx: AuthenticatedContext, query: TInterestSubsidyListQuery): Promise<TPage<TInterestSubsidy>> {
    const scope = scopeCondition(ctx.principal, { region: 's.region_code', department: 's.department_id' });
    const qb = this.dataSource.getRepository(InterestSubsidyEntity).createQueryBuilder('s').where(scope.sql, scope.params);
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.pledgeId) qb.andWhere('s.pledge_id = :pledgeId', { pledgeId: query.pledgeId });
    if (query.enterpriseCreditCode) qb.andWhere('s.enterprise_credit_code = :code', { code: query.enterpriseCreditCode.toUpperCase() });
    qb.orderBy('s.applicationDate', 'DESC').addOrderBy('s.createdAt', 'DESC');
    const page = await paginate(qb, query, (row) => row);
    const approvals = await this.approvals.find(this.dataSource.manager, 'interest_subsidy', page.items.map((s) => s.id));
    return { ...page, items: page.items.map((s) => mapInterestSubsidy(s, approvals.get(s.id))) };
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TInterestSubsidyDetail> {
    const subsidy = await this.dataSource.getRepository(InterestSubsidyEntity).findOneBy({ id });
    if (subsidy === null || !inScope(ctx.principal, subsidy)) throw subsidyNotFound();
    const lines = await this.dataSource.getRepository(InterestSubsidyLineEntity).find({ where: { subsidyId: id }, order: { lineNo: 'ASC' } });
    const approval = (await this.approvals.find(this.dataSource.manager, 'interest_subsidy', [id])).get(id);
    return { ...mapInterestSubsidy(subsidy, approval), lines: lines.map(mapInterestSubsidyLine) };
  }
}
