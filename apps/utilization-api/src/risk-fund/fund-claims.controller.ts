import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  APPROVAL_STATUS_LABELS,
  ZFundClaim,
  ZFundClaimCreate,
  ZFundClaimListQuery,
  ZFundRecovery,
  ZPaymentDecision,
  type TFundClaimCreate,
  type TFundClaimListQuery,
  type TFundRecovery,
  type TPaymentDecision,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { RiskFundService } from './risk-fund.service.js';

@ApiTags('risk-fund')
@Controller('fund-claims')
export class FundClaimsController {
  constructor(private readonly funds: RiskFundService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({
    summary: 'Enter a lender’s claim on a defaulted pledge loan (the maker’s step); it awaits another person’s approval',
    description: 'The amount is the loss × the compensation ratio of the fund rule in force on the default date, at most the rule’s cap per loan.',
  })
  @ZResponse(201, ZFundClaim, 'The claim, pending approval, with its calculation')
  @ZResponse(404, null, 'No such fund or pledge in the caller’s data scope')
  @ZResponse(409, null, 'The loan is not defaulted, or already has a claim')
  @ZResponse(422, null, 'The claim would overdraw the fund (the message names the amount and the balance), no rule is in force on the default date, the loss exceeds the outstanding principal, or a date is out of order')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZFundClaimCreate) body: TFundClaimCreate) {
    return this.funds.createClaim(ctx, body);
  }

  @Post(':id/decision')
  @RequireModule('utilization', 'approver')
  @ApiOperation({ summary: 'Approve (and pay out of the fund) or reject a claim (the checker’s step); the user who entered it can not decide it' })
  @ZResponse(201, ZFundClaim, 'The claim after the decision')
  @ZResponse(403, null, 'The caller entered this claim (maker = checker), or is not an approver')
  @ZResponse(404, null, 'No such claim in the caller’s data scope')
  @ZResponse(409, null, 'The version is stale, or the claim was decided already')
  @ZResponse(422, null, 'Paying would overdraw the fund (the message names the amount), or the date is out of order')
  decide(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPaymentDecision) body: TPaymentDecision) {
    return this.funds.decideClaim(ctx, params.id, body);
  }

  @Post(':id/recoveries')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record money recovered on a paid claim, returned to the fund as a ledger entry' })
  @ZResponse(201, ZFundClaim, 'The claim with its recovered total')
  @ZResponse(404, null, 'No such claim in the caller’s data scope')
  @ZResponse(409, null, 'The claim was not paid')
  @ZResponse(422, null, 'The amount exceeds what is left to recover, or the date is out of order')
  recover(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZFundRecovery) body: TFundRecovery) {
    return this.funds.recover(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Claims in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZFundClaim), 'One page of claims')
  @XlsxExport({
    name: { 'zh-CN': '风险补偿代偿申请', en: 'Fund claims' },
    columns: [
      { key: 'lenderName', header: { 'zh-CN': '贷款银行', en: 'Lender' } },
      { key: 'pledgorName', header: { 'zh-CN': '借款企业', en: 'Borrower' } },
      { key: 'pledgorCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' } },
      { key: 'defaultDate', header: { 'zh-CN': '违约日', en: 'Default date' }, kind: 'date' },
      { key: 'claimDate', header: { 'zh-CN': '申请日期', en: 'Claim date' }, kind: 'date' },
      { key: 'lossAmount', header: { 'zh-CN': '损失金额（元）', en: 'Loss (yuan)' }, kind: 'money' },
      { key: 'compensationRatio', header: { 'zh-CN': '补偿比例', en: 'Ratio' }, kind: 'decimal' },
      { key: 'capPerLoan', header: { 'zh-CN': '单笔上限（元）', en: 'Cap per loan (yuan)' }, kind: 'money' },
      { key: 'amount', header: { 'zh-CN': '补偿金额（元）', en: 'Compensation (yuan)' }, kind: 'money' },
      { key: 'recoveredAmount', header: { 'zh-CN': '已回收（元）', en: 'Recovered (yuan)' }, kind: 'money' },
      { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: APPROVAL_STATUS_LABELS },
      { key: 'paidOn', header: { 'zh-CN': '支付日', en: 'Paid on' }, kind: 'date' },
      { key: 'enteredByName', header: { 'zh-CN': '经办人', en: 'Entered by' } },
      { key: 'decidedByName', header: { 'zh-CN': '审批人', en: 'Decided by' } },
      { key: 'opinion', header: { 'zh-CN': '审批意见', en: 'Opinion' } },
    ],
  })
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZFundClaimListQuery) query: TFundClaimListQuery) {
    return this.funds.listClaims(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One claim with its calculation and approval' })
  @ZResponse(200, ZFundClaim, 'The claim')
  @ZResponse(404, null, 'No such claim in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.funds.getClaim(ctx, params.id);
  }
}
