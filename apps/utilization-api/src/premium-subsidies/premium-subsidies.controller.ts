import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  APPROVAL_STATUS_LABELS,
  ZPaymentDecision,
  ZPremiumSubsidyPayment,
  ZPremiumSubsidyPaymentCreate,
  ZPremiumSubsidyPaymentListQuery,
  type TPaymentDecision,
  type TPremiumSubsidyPaymentCreate,
  type TPremiumSubsidyPaymentListQuery,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PremiumSubsidiesService } from './premium-subsidies.service.js';

@ApiTags('premium-subsidy-payments')
@Controller('premium-subsidy-payments')
export class PremiumSubsidiesController {
  constructor(private readonly subsidies: PremiumSubsidiesService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Enter the payment of a policy’s premium subsidy (the maker’s step); it awaits another person’s approval' })
  @ZResponse(201, ZPremiumSubsidyPayment, 'The payment, pending approval')
  @ZResponse(404, null, 'No such policy in the caller’s data scope')
  @ZResponse(409, null, 'The policy changed since the version sent, or its subsidy is already pending or paid')
  @ZResponse(422, null, 'The policy carries no subsidy, or the date is out of order')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPremiumSubsidyPaymentCreate) body: TPremiumSubsidyPaymentCreate) {
    return this.subsidies.create(ctx, body);
  }

  @Post(':id/decision')
  @RequireModule('utilization', 'approver')
  @ApiOperation({ summary: 'Approve (and pay) or reject a premium subsidy payment (the checker’s step); the user who entered it can not decide it' })
  @ZResponse(201, ZPremiumSubsidyPayment, 'The payment after the decision; once approved, the policy records the amount and date paid')
  @ZResponse(403, null, 'The caller entered this payment (maker = checker), or is not an approver')
  @ZResponse(404, null, 'No such payment in the caller’s data scope')
  @ZResponse(409, null, 'The version is stale, or the payment was decided already')
  @ZResponse(422, null, 'The date is out of order')
  decide(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPaymentDecision) body: TPaymentDecision) {
    return this.subsidies.decide(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Premium subsidy payments in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZPremiumSubsidyPayment), 'One page of payments')
  @XlsxExport({
    name: { 'zh-CN': '知识产权保险保费补贴', en: 'Insurance premium subsidies' },
    columns: [
      { key: 'policyNumber', header: { 'zh-CN': '保单号', en: 'Policy number' } },
      { key: 'insuredName', header: { 'zh-CN': '被保险企业', en: 'Insured' } },
      { key: 'insuredCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' } },
      { key: 'insurerName', header: { 'zh-CN': '保险公司', en: 'Insurer' } },
      { key: 'premium', header: { 'zh-CN': '保费（元）', en: 'Premium (yuan)' }, kind: 'money' },
      { key: 'amount', header: { 'zh-CN': '保费补贴（元）', en: 'Premium subsidy (yuan)' }, kind: 'money' },
      { key: 'applicationDate', header: { 'zh-CN': '申请日期', en: 'Application date' }, kind: 'date' },
      { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: APPROVAL_STATUS_LABELS },
      { key: 'paidOn', header: { 'zh-CN': '支付日', en: 'Paid on' }, kind: 'date' },
      { key: 'enteredByName', header: { 'zh-CN': '经办人', en: 'Entered by' } },
      { key: 'decidedByName', header: { 'zh-CN': '审批人', en: 'Decided by' } },
      { key: 'opinion', header: { 'zh-CN': '审批意见', en: 'Opinion' } },
    ],
  })
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPremiumSubsidyPaymentListQuery) query: TPremiumSubsidyPaymentListQuery) {
    return this.subsidies.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One premium subsidy payment with its maker-checker state' })
  @ZResponse(200, ZPremiumSubsidyPayment, 'The payment')
  @ZResponse(404, null, 'No such payment in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.subsidies.get(ctx, params.id);
  }
}
