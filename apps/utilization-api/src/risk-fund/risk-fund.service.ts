import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { compareMoney, formatYuan, multiplyMoney, subtractMoney, addMoney, todayInChina, type TPage } from '@ipbureau/domain';
import {
  PLEDGE_STATUS_LABELS,
  type TFund,
  type TFundBalance,
  type TFundBalanceSeries,
  type TFundClaim,
  type TFundClaimCreate,
  type TFundClaimListQuery,
  type TFundContribution,
  type TFundCreate,
  type TFundEntry,
  type TFundLedgerQuery,
  type TFundRecovery,
  type TFundRule,
  type TFundRuleCreate,
  type TPaymentDecision,
} from '@ipbureau/domain/utilization';
import {
  AuditWriter,
  conflict,
  forbidden,
  inScope,
  inTransaction,
  divisionPattern,
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
import { PledgeEventEntity } from '../pledges/pledge-event.entity.js';
import { FundClaimEntity, FundEntity, FundEntryEntity, FundRuleEntity } from './fund.entities.js';
import { mapFund, mapFundClaim, mapFundEntry, mapFundRule, type FundEntryRow } from './risk-fund.mapper.js';

const fundNotFound = () => notFound('风险补偿资金', 'Fund');
const claimNotFound = () => notFound('代偿申请', 'Fund claim');
const pledgeNotFound = () => notFound('质押登记', 'Pledge');

/** The running balance at the end of each entry's date, in the order of the books (date, then recording). */
const LEDGER_SQL = `
  SELECT l.id, l.seq::int AS seq, l.kind, l.entry_date::text AS entry_date, l.amount::text AS amount, l.funder_name, l.pledge_id, l.claim_id, l.note,
         l.created_at, l.created_by_name,
         (sum(CASE l.kind WHEN 'claim_payment' THEN -l.amount ELSE l.amount END) OVER (ORDER BY l.entry_date))::text AS balance_after
    FROM fund_ledger l WHERE l.fund_id = $1`;

@Injectable()
export class RiskFundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly ownership: RecordOwnership,
    private readonly approvals: PaymentApprovals,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  // ---- Funds and rules ---------------------------------------------------------------------

  /** A district's fund, or (no district) the region's: only a user whose scope is the whole region records that one. */
  async createFund(ctx: AuthenticatedContext, input: TFundCreate): Promise<TFund> {
    const refusal = text('不能登记您数据范围以外的资金', 'You may not record a fund outside your data scope');
    const owner = input.district !== undefined ? this.ownership.forNewRecord(ctx, input.district, refusal) : this.regionOwner(ctx, refusal);
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(FundEntity);
      const { id } = await repository.save(repository.create({ name: input.name, ...owner }));
      const fund = mapFund(await repository.findOneByOrFail({ id }));
      await this.audit.record(em, ctx, { entity: 'fund', entityId: fund.id, action: 'create', after: fund, regionCode: fund.district });
      return fund;
    });
  }

  private regionOwner(ctx: AuthenticatedContext, refusal: ReturnType<typeof text>) {
    if (ctx.principal.scope.kind !== 'region' || !isWithinDivision(this.config.regionCode, ctx.principal.region)) throw forbidden(refusal);
    return { regionCode: this.config.regionCode, departmentId: ctx.principal.dept, createdBy: ctx.principal.sub };
  }

  /**
   * A fund is an account of public money, not a record of someone's: every user of the region
   * reads every fund of it (the claims on it are scoped by their loans). Writing to a fund's
   * books needs the fund in the writer's own scope.
   */
  async listFunds(ctx: AuthenticatedContext): Promise<TFund[]> {
    const rows = await this.dataSource
      .getRepository(FundEntity)
      .createQueryBuilder('f')
      .where('f.region_code LIKE :pattern', { pattern: divisionPattern(ctx.principal.region) })
      .orderBy('f.createdAt', 'ASC')
      .getMany();
    return rows.map(mapFund);
  }

  async getFund(ctx: AuthenticatedContext, id: string): Promise<TFund> {
    return mapFund(await this.readFund(this.dataSource.manager, ctx, id));
  }

  private async readFund(em: EntityManager, ctx: AuthenticatedContext, id: string, lock = false): Promise<FundEntity> {
    const qb = em.getRepository(FundEntity).createQueryBuilder('f').where('f.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const fund = await qb.getOne();
    if (fund === null || !isWithinDivision(fund.regionCode, ctx.principal.region)) throw fundNotFound();
    return fund;
  }

  /** The fund, locked, for an entry into its books by the caller: 403 outside the caller's scope. */
  private async fundToWrite(em: EntityManager, ctx: AuthenticatedContext, id: string): Promise<FundEntity> {
    const fund = await this.readFund(em, ctx, id, true);
    if (!inScope(ctx.principal, fund)) throw forbidden(text('该资金不在您的数据范围内，不能记账', 'The fund is outside your data scope; you may not enter into its books'));
    return fund;
  }

  /** A new rule may not overlap a rule of the same fund: on any default date one rule is in force. */
  async addRule(ctx: AuthenticatedContext, fundId: string, input: TFundRuleCreate): Promise<TFundRule> {
    return inTransaction(this.dataSource, async (em) => {
      const fund = await this.fundToWrite(em, ctx, fundId);
      const overlapping = await em
        .getRepository(FundRuleEntity)
        .createQueryBuilder('r')
        .where('r.fund_id = :fundId', { fundId })
        .andWhere('r.effective_from <= :to AND (r.effective_to IS NULL OR r.effective_to >= :from)', { from: input.effectiveFrom, to: input.effectiveTo ?? '9999-12-31' })
        .getOne();
      if (overlapping) {
        const range = `${overlapping.effectiveFrom} – ${overlapping.effectiveTo ?? ''}`;
        throw conflict(text(`与已有的补偿规则（${range}）有效期重叠；请先设置其失效日期`, `The dates overlap the rule in force ${range}; end that rule first`));
      }
      const repository = em.getRepository(FundRuleEntity);
      const { id } = await repository.save(
        repository.create({ fundId, compensationRatio: input.compensationRatio, capPerLoan: input.capPerLoan, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo, basis: input.basis, regionCode: fund.regionCode, createdBy: ctx.principal.sub }),
      );
      const rule = mapFundRule(await repository.findOneByOrFail({ id }));
      await this.audit.record(em, ctx, { entity: 'fund_rule', entityId: rule.id, action: 'create', after: rule, regionCode: fund.regionCode });
      return rule;
    });
  }

  async listRules(ctx: AuthenticatedContext, fundId: string): Promise<TFundRule[]> {
    await this.readFund(this.dataSource.manager, ctx, fundId);
    const rows = await this.dataSource.getRepository(FundRuleEntity).find({ where: { fundId }, order: { effectiveFrom: 'ASC' } });
    return rows.map(mapFundRule);
  }

  // ---- The ledger --------------------------------------------------------------------------

  /** A contribution puts money in: any past date, since money arriving can not overdraw any day. */
  async contribute(ctx: AuthenticatedContext, fundId: string, input: TFundContribution): Promise<TFundEntry> {
    assertNotFuture(input.entryDate, 'entryDate');
    return inTransaction(this.dataSource, async (em) => {
      const fund = await this.fundToWrite(em, ctx, fundId);
      const entry = await this.post(em, ctx, fund, { kind: 'contribution', entryDate: input.entryDate, amount: input.amount, funderName: input.funderName, note: input.note ?? null });
      await this.audit.record(em, ctx, { entity: 'fund_entry', entityId: entry.id, action: 'create', after: { fundId: fund.id, ...entry }, regionCode: fund.regionCode });
      return entry;
    });
  }

  private async post(em: EntityManager, ctx: AuthenticatedContext, fund: FundEntity, fields: Pick<FundEntryEntity, 'kind' | 'entryDate' | 'amount' | 'note'> & Partial<Pick<FundEntryEntity, 'funderName' | 'pledgeId' | 'claimId'>>): Promise<TFundEntry> {
    const repository = em.getRepository(FundEntryEntity);
    const { id } = await repository.save(
      repository.create({ funderName: null, pledgeId: null, claimId: null, ...fields, fundId: fund.id, regionCode: fund.regionCode, createdBy: ctx.principal.sub, createdByName: ctx.principal.name.slice(0, 100) }),
    );
    const [row] = (await em.query(`SELECT * FROM (${LEDGER_SQL}) l WHERE l.id = $2`, [fund.id, id])) as FundEntryRow[];
    return mapFundEntry(row!);
  }

  async ledger(ctx: AuthenticatedContext, fundId: string, query: TFundLedgerQuery): Promise<TPage<TFundEntry>> {
    await this.readFund(this.dataSource.manager, ctx, fundId);
    const where: string[] = [];
    const params: unknown[] = [fundId];
    if (query.from) where.push(`l.entry_date >= $${params.push(query.from)}`);
    if (query.to) where.push(`l.entry_date <= $${params.push(query.to)}`);
    if (query.kind) where.push(`l.kind = $${params.push(query.kind)}`);
    const filtered = `SELECT * FROM (${LEDGER_SQL}) l ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM (${filtered}) f`, params)) as [{ total: number }];
    const rows = (await this.dataSource.query(`${filtered} ORDER BY l.entry_date DESC, l.seq DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`, params)) as FundEntryRow[];
    return { items: rows.map(mapFundEntry), total, page: query.page, pageSize: query.pageSize };
  }

  /** The balance at the end of `asOf`: the entries dated up to it, nothing recorded later for later dates. */
  async balance(ctx: AuthenticatedContext, fundId: string, asOf = todayInChina()): Promise<TFundBalance> {
    await this.readFund(this.dataSource.manager, ctx, fundId);
    const [row] = (await this.dataSource.query(
      `SELECT COALESCE(sum(amount) FILTER (WHERE kind = 'contribution'), 0)::text AS contributed,
              COALESCE(sum(amount) FILTER (WHERE kind = 'claim_payment'), 0)::text AS paid,
              COALESCE(sum(amount) FILTER (WHERE kind = 'recovery'), 0)::text AS recovered
         FROM fund_ledger WHERE fund_id = $1 AND entry_date <= $2`,
      [fundId, asOf],
    )) as [{ contributed: string; paid: string; recovered: string }];
    const balance = subtractMoney(addMoney(row.contributed, row.recovered), row.paid);
    return { fundId, asOf, balance, contributed: addMoney(row.contributed, '0'), claimsPaid: addMoney(row.paid, '0'), recovered: addMoney(row.recovered, '0') };
  }

  /** The balance at the end of every day that has entries, oldest first: the chart. */
  async balanceSeries(ctx: AuthenticatedContext, fundId: string): Promise<TFundBalanceSeries> {
    await this.readFund(this.dataSource.manager, ctx, fundId);
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT entry_date AS date, balance_after AS balance FROM (${LEDGER_SQL}) l ORDER BY date`,
      [fundId],
    )) as { date: string; balance: string }[];
    return { fundId, points: rows.map((r) => ({ date: r.date, balance: addMoney(r.balance, '0') })) };
  }

  // ---- Claims ------------------------------------------------------------------------------

  /**
   * A lender's claim on a defaulted loan, entered by the maker. The amount is the loss × the
   * ratio of the rule in force on the default date, capped per loan; a claim the fund could not
   * pay now is refused (422) before anything is written.
   */
  async createClaim(ctx: AuthenticatedContext, input: TFundClaimCreate): Promise<TFundClaim> {
    assertNotFuture(input.claimDate, 'claimDate');
    return inTransaction(this.dataSource, async (em) => {
      const pledge = await em.getRepository(PledgeEntity).findOneBy({ id: input.pledgeId });
      if (pledge === null || !inScope(ctx.principal, pledge)) throw pledgeNotFound();
      if (pledge.status !== 'defaulted') {
        const status = PLEDGE_STATUS_LABELS[pledge.status];
        throw conflict(text(`只有已违约的质押贷款可以申请代偿；该笔贷款状态为「${status.zh}」`, `Only a defaulted pledge loan can be claimed on; this one is ${pledge.status}`));
      }
      const defaultEvent = await em.getRepository(PledgeEventEntity).findOneOrFail({ where: { pledgeId: pledge.id, action: 'default' }, order: { seq: 'DESC' } });
      const defaultDate = defaultEvent.effectiveDate;
      if (input.claimDate < defaultDate) throw unprocessable(text(`申请日期不能早于违约日期 ${defaultDate}`, `The claim date can not be before the default date, ${defaultDate}`));
      const outstanding = subtractMoney(pledge.disbursedAmount, pledge.repaidAmount);
      if (compareMoney(input.lossAmount, outstanding) > 0) {
        throw unprocessable(text(`损失金额 ${input.lossAmount} 超过该笔贷款未偿本金 ${outstanding}`, `The loss ${input.lossAmount} exceeds the loan's outstanding principal ${outstanding}`));
      }
      // The fund row is locked from here to the end: the balance read below stays true until commit.
      const fund = await this.readFund(em, ctx, input.fundId, true);
      // A district's fund covers the loans of its district; the region's fund covers them all.
      if (!isWithinDivision(pledge.regionCode, fund.regionCode)) {
        throw unprocessable(text(`该资金（${fund.regionCode}）不覆盖借款企业所在区县 ${pledge.regionCode} 的贷款`, `The fund (${fund.regionCode}) does not cover loans of the borrower's district, ${pledge.regionCode}`));
      }
      const standing = await em.getRepository(FundClaimEntity).createQueryBuilder('c').where('c.pledge_id = :id AND c.status <> :rejected', { id: pledge.id, rejected: 'rejected' }).getOne();
      if (standing) throw conflict(text(`该笔贷款已有代偿申请（${standing.claimDate}），不能重复申请`, `This loan already has a claim (entered for ${standing.claimDate})`));
      const rule = await em
        .getRepository(FundRuleEntity)
        .createQueryBuilder('r')
        .where('r.fund_id = :fundId AND r.effective_from <= :d AND (r.effective_to IS NULL OR r.effective_to >= :d)', { fundId: fund.id, d: defaultDate })
        .getOne();
      if (rule === null) throw unprocessable(text(`违约日期 ${defaultDate} 没有有效的风险补偿规则`, `No compensation rule of the fund is in force on the default date, ${defaultDate}`));
      const computed = multiplyMoney(input.lossAmount, rule.compensationRatio);
      const amount = compareMoney(computed, rule.capPerLoan) > 0 ? addMoney(rule.capPerLoan, '0') : computed;
      assertCovered(fund, amount);

      const repository = em.getRepository(FundClaimEntity);
      const { id } = await repository.save(
        repository.create({
          fundId: fund.id,
          pledgeId: pledge.id,
          lenderName: pledge.lenderName,
          pledgorName: pledge.pledgorName,
          pledgorCreditCode: pledge.pledgorCreditCode,
          defaultDate,
          claimDate: input.claimDate,
          lossAmount: input.lossAmount,
          ruleId: rule.id,
          compensationRatio: rule.compensationRatio,
          capPerLoan: rule.capPerLoan,
          computedAmount: computed,
          amount,
          status: 'pending',
          paidOn: null,
          note: input.note ?? null,
          regionCode: pledge.regionCode,
          departmentId: pledge.departmentId,
          createdBy: ctx.principal.sub,
        }),
      );
      const claim = await repository.findOneByOrFail({ id });
      const approval = await this.approvals.open(em, ctx, {
        kind: 'fund_claim',
        subjectId: id,
        summary: `${pledge.lenderName} · ${pledge.pledgorName} · ${pledge.rightNumber}`.slice(0, 300),
        amount,
        regionCode: claim.regionCode,
        departmentId: claim.departmentId,
      });
      const result = mapFundClaim(claim, approval);
      await this.audit.record(em, ctx, { entity: 'fund_claim', entityId: id, action: 'create', after: result, regionCode: claim.regionCode });
      return result;
    });
  }

  /**
   * The checker's decision. Approving pays the claim out of the fund, dated the decision's date,
   * under the fund's row lock: of many approvals at once each sees the balance the previous one
   * left, and the one that would overdraw is refused with 422 and writes nothing.
   */
  async decideClaim(ctx: AuthenticatedContext, id: string, decision: TPaymentDecision): Promise<TFundClaim> {
    assertNotFuture(decision.effectiveDate, 'effectiveDate');
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(FundClaimEntity);
      const claim = await repository.createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
      if (claim === null || !inScope(ctx.principal, claim)) throw claimNotFound();
      if (claim.version !== decision.version) {
        throw conflict(text(`该代偿申请已被他人修改（当前版本 ${claim.version}），请刷新后重试`, `The claim was changed by someone else (now version ${claim.version}); reload and try again`));
      }
      const before = mapFundClaim(claim, (await this.approvals.find(em, 'fund_claim', [id])).get(id));
      const fund = await this.readFund(em, ctx, claim.fundId, true);
      const approval = await this.approvals.decide(em, ctx, 'fund_claim', id, decision);
      if (decision.decision === 'approve') {
        if (decision.effectiveDate < claim.claimDate) throw unprocessable(text(`支付日期不能早于申请日期 ${claim.claimDate}`, `The payment date can not be before the claim date, ${claim.claimDate}`));
        const latest = await this.latestEntryDate(em, fund.id);
        if (latest !== null && decision.effectiveDate < latest) {
          throw unprocessable(text(`支付日期不能早于资金台账最后一笔记录的日期 ${latest}`, `The payment date can not be before the fund's latest entry, ${latest}`));
        }
        assertCovered(fund, claim.amount);
        await this.post(em, ctx, fund, { kind: 'claim_payment', entryDate: decision.effectiveDate, amount: claim.amount, pledgeId: claim.pledgeId, claimId: claim.id, note: decision.opinion ?? null });
        claim.status = 'approved';
        claim.paidOn = decision.effectiveDate;
      } else {
        claim.status = 'rejected';
      }
      const saved = await repository.save(claim);
      const after = mapFundClaim(saved, approval);
      await this.audit.record(em, ctx, { entity: 'fund_claim', entityId: id, action: decision.decision === 'approve' ? 'approve' : 'transition', before, after: { ...after, decision }, regionCode: claim.regionCode });
      return after;
    });
  }

  /** Money recovered from the defaulted borrower goes back to the fund, against the claim that paid it out. */
  async recover(ctx: AuthenticatedContext, id: string, input: TFundRecovery): Promise<TFundClaim> {
    assertNotFuture(input.entryDate, 'entryDate');
    return inTransaction(this.dataSource, async (em) => {
      const repository = em.getRepository(FundClaimEntity);
      const claim = await repository.createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
      if (claim === null || !inScope(ctx.principal, claim)) throw claimNotFound();
      if (claim.status !== 'approved' || claim.paidOn === null) throw conflict(text('只有已支付的代偿可以登记追偿回收', 'Only a paid claim can have recoveries'));
      if (input.entryDate < claim.paidOn) throw unprocessable(text(`回收日期不能早于代偿支付日期 ${claim.paidOn}`, `The recovery can not be dated before the payment, ${claim.paidOn}`));
      const open = subtractMoney(claim.amount, claim.recoveredAmount);
      if (compareMoney(input.amount, open) > 0) {
        throw unprocessable(text(`回收金额 ${input.amount} 超过尚未收回的代偿金额 ${open}`, `The recovery ${input.amount} exceeds what the claim paid and has not been recovered, ${open}`));
      }
      const before = mapFundClaim(claim, (await this.approvals.find(em, 'fund_claim', [id])).get(id));
      const fund = await this.readFund(em, ctx, claim.fundId, true);
      const entry = await this.post(em, ctx, fund, { kind: 'recovery', entryDate: input.entryDate, amount: input.amount, pledgeId: claim.pledgeId, claimId: claim.id, note: input.note ?? null });
      claim.recoveredAmount = addMoney(claim.recoveredAmount, input.amount);
      const saved = await repository.save(claim);
      const after = mapFundClaim(saved, (await this.approvals.find(em, 'fund_claim', [id])).get(id));
      await this.audit.record(em, ctx, { entity: 'fund_claim', entityId: id, action: 'update', before, after: { ...after, entry }, regionCode: claim.regionCode });
      return after;
    });
  }

  async listClaims(ctx: AuthenticatedContext, query: TFundClaimListQuery): Promise<TPage<TFundClaim>> {
    const scope = scopeCondition(ctx.principal, { region: 'c.region_code', department: 'c.department_id' });
    const qb = this.dataSource.getRepository(FundClaimEntity).createQueryBuilder('c').where(scope.sql, scope.params);
    if (query.fundId) qb.andWhere('c.fund_id = :fundId', { fundId: query.fundId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.pledgeId) qb.andWhere('c.pledge_id = :pledgeId', { pledgeId: query.pledgeId });
    qb.orderBy('c.claimDate', 'DESC').addOrderBy('c.createdAt', 'DESC');
    const page = await paginate(qb, query, (row) => row);
    const approvals = await this.approvals.find(this.dataSource.manager, 'fund_claim', page.items.map((c) => c.id));
    return { ...page, items: page.items.map((c) => mapFundClaim(c, approvals.get(c.id))) };
  }

  async getClaim(ctx: AuthenticatedContext, id: string): Promise<TFundClaim> {
    const claim = await this.dataSource.getRepository(FundClaimEntity).findOneBy({ id });
    if (claim === null || !inScope(ctx.principal, claim)) throw claimNotFound();
    return mapFundClaim(claim, (await this.approvals.find(this.dataSource.manager, 'fund_claim', [id])).get(id));
  }

  private async latestEntryDate(em: EntityManager, fundId: string): Promise<string | null> {
    const [row] = (await em.query(`SELECT max(entry_date)::text AS latest FROM fund_ledger WHERE fund_id = $1`, [fundId])) as [{ latest: string | null }];
    return row.latest;
  }
}

/** 422 naming the amount and the balance when the fund (read under its row lock) can not pay it. */
function assertCovered(fund: FundEntity, amount: string): void {
  if (compareMoney(amount, fund.balance) > 0) {
    throw unprocessable(
      text(
        `代偿金额 ${formatYuan(amount)} 元超过风险补偿资金余额 ${formatYuan(fund.balance)} 元`,
        `The claim of ${formatYuan(amount)} yuan exceeds the fund's balance of ${formatYuan(fund.balance)} yuan`,
      ),
    );
  }
}

function assertNotFuture(date: string, field: string): void {
  const today = todayInChina();
  if (date > today) throw unprocessable(text(`${field}：日期不能晚于今天（${today}）`, `${field}: the date can not be after today (${today})`));
}

