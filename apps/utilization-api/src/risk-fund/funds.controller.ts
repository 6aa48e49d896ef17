import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  FUND_ENTRY_KIND_LABELS,
  ZFund,
  ZFundBalance,
  ZFundBalanceQuery,
  ZFundBalanceSeries,
  ZFundContribution,
  ZFundCreate,
  ZFundEntry,
  ZFundLedgerQuery,
  ZFundRule,
  ZFundRuleCreate,
  type TFundBalanceQuery,
  type TFundContribution,
  type TFundCreate,
  type TFundLedgerQuery,
  type TFundRuleCreate,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { RiskFundService } from './risk-fund.service.js';

@ApiTags('risk-fund')
@Controller('funds')
export class FundsController {
  constructor(private readonly funds: RiskFundService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record a risk-compensation fund 风险补偿资金; its balance starts at zero and moves only by ledger entries' })
  @ZResponse(201, ZFund, 'The fund')
  @ZResponse(400, null, 'A field is invalid')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZFundCreate) body: TFundCreate) {
    return this.funds.createFund(ctx, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'The funds in the caller’s data scope with their balances now' })
  @ZResponse(200, z.array(ZFund), 'The funds')
  list(@AuthCtx() ctx: AuthenticatedContext) {
    return this.funds.listFunds(ctx);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One fund with its balance now' })
  @ZResponse(200, ZFund, 'The fund')
  @ZResponse(404, null, 'No such fund in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.funds.getFund(ctx, params.id);
  }

  @Post(':id/rules')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Add a compensation rule (ratio, cap per loan) in force for defaults in a date range; ranges of one fund never overlap' })
  @ZResponse(201, ZFundRule, 'The rule')
  @ZResponse(404, null, 'No such fund in the caller’s data scope')
  @ZResponse(409, null, 'The dates overlap another rule of the fund')
  addRule(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZFundRuleCreate) body: TFundRuleCreate) {
    return this.funds.addRule(ctx, params.id, body);
  }

  @Get(':id/rules')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'The fund’s compensation rules, oldest first' })
  @ZResponse(200, z.array(ZFundRule), 'The rules')
  rules(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.funds.listRules(ctx, params.id);
  }

  @Post(':id/contributions')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record money put into the fund by a funder (a ledger entry, never changed afterwards)' })
  @ZResponse(201, ZFundEntry, 'The ledger entry with the balance at the end of its date')
  @ZResponse(404, null, 'No such fund in the caller’s data scope')
  @ZResponse(422, null, 'The date is after today')
  contribute(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZFundContribution) body: TFundContribution) {
    return this.funds.contribute(ctx, params.id, body);
  }

  @Get(':id/ledger')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'The fund’s ledger, latest first, each entry with the balance at the end of its date' })
  @ZResponse(200, ZPage(ZFundEntry), 'One page of entries')
  @XlsxExport({
    name: { 'zh-CN': '风险补偿资金台账', en: 'Fund ledger' },
    columns: [
      { key: 'entryDate', header: { 'zh-CN': '日期', en: 'Date' }, kind: 'date' },
      { key: 'kind', header: { 'zh-CN': '类别', en: 'Kind' }, labels: FUND_ENTRY_KIND_LABELS },
      { key: 'signedAmount', header: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' }, kind: 'money' },
      { key: 'balanceAfter', header: { 'zh-CN': '日终余额（元）', en: 'End-of-day balance (yuan)' }, kind: 'money' },
      { key: 'funderName', header: { 'zh-CN': '出资方', en: 'Funder' } },
      { key: 'pledgeId', header: { 'zh-CN': '关联质押贷款', en: 'Pledge loan' } },
      { key: 'claimId', header: { 'zh-CN': '关联代偿申请', en: 'Claim' } },
      { key: 'note', header: { 'zh-CN': '备注', en: 'Note' } },
      { key: 'recordedByName', header: { 'zh-CN': '记账人', en: 'Recorded by' } },
      { key: 'recordedAt', header: { 'zh-CN': '记账时间', en: 'Recorded at' }, kind: 'instant' },
    ],
  })
  ledger(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZFundLedgerQuery) query: TFundLedgerQuery) {
    return this.funds.ledger(ctx, params.id, query);
  }

  @Get(':id/balance')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'The balance at the end of a date (today by default), from the entries dated up to it' })
  @ZResponse(200, ZFundBalance, 'The balance and its parts')
  balance(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZFundBalanceQuery) query: TFundBalanceQuery) {
    return this.funds.balance(ctx, params.id, query.asOf);
  }

  @Get(':id/balance-series')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'The balance at the end of every day that has entries, oldest first (the balance chart)' })
  @ZResponse(200, ZFundBalanceSeries, 'The points')
  series(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.funds.balanceSeries(ctx, params.id);
  }
}
