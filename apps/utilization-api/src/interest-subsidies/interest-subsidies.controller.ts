import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  APPROVAL_STATUS_LABELS,
  ZInterestSubsidy,
  ZInterestSubsidyCreate,
  ZInterestSubsidyDetail,
  ZInterestSubsidyListQuery,
  ZInterestSubsidyRule,
  ZInterestSubsidyRuleCreate,
  ZPaymentDecision,
  type TInterestSubsidyCreate,
  type TInterestSubsidyListQuery,
  type TInterestSubsidyRuleCreate,
  type TPaymentDecision,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { InterestSubsidiesService } from './interest-subsidies.service.js';

@ApiTags('interest-subsidies')
@Controller('interest-subsidy-rules')
export class InterestSubsidyRulesController {
  constructor(private readonly subsidies: InterestSubsidiesService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Add an interest subsidy rule (ratio, annual cap per enterprise) in force for interest paid in a date range; ranges of one district never overlap' })
  @ZResponse(201, ZInterestSubsidyRule, 'The rule')
  @ZResponse(409, null, 'The dates overlap another rule of the same district')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZInterestSubsidyRuleCreate) body: TInterestSubsidyRuleCreate) {
    return this.subsidies.addRule(ctx, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'The interest subsidy rules of the caller’s region' })
  @ZResponse(200, z.array(ZInterestSubsidyRule), 'The rules')
  list(@AuthCtx() ctx: AuthenticatedContext) {
    return this.subsidies.listRules(ctx);
  }
}

@ApiTags('interest-subsidies')
@Controller('interest-subsidies')
export class InterestSubsidiesController {
  constructor(private readonly subsidies: InterestSubsidiesService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({
    summary: 'Enter an interest subsidy application (the maker’s step), computed line by line; it awaits another person’s approval',
    description: 'Each line: interest paid × the ratio of the rule in force on its payment date, at most what is left of the enterprise’s annual cap.',
  })
  @ZResponse(201, ZInterestSubsidyDetail, 'The application with its calculation')
  @ZResponse(404, null, 'No such pledge in the caller’s data scope')
  @ZResponse(409, null, 'The loan was never disbursed')
  @ZResponse(422, null, 'No rule is in force on a payment date, the annual cap is used up, or a date is out of order')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZInterestSubsidyCreate) body: TInterestSubsidyCreate) {
    return this.subsidies.create(ctx, body);
  }

  @Post(':id/decision')
  @RequireModule('utilization', 'approver')
  @ApiOperation({ summary: 'Approve (and pay) or reject an application (the checker’s step); the user who entered it can not decide it' })
  @ZResponse(201, ZInterestSubsidyDetail, 'The application after the decision')
  @ZResponse(403, null, 'The caller entered this application (maker = checker), or is not an approver')
  @ZResponse(404, null, 'No such application in the caller’s data scope')
  @ZResponse(409, null, 'The version is stale, or the application was decided already')
  @ZResponse(422, null, 'The date is out of order')
  decide(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPaymentDecision) body: TPaymentDecision) {
    return this.subsidies.decide(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Interest subsidy applications in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZInterestSubsidy), 'One page of applications')
  @XlsxExport({
    name: { 'zh-CN': '质押贷款贴息', en: 'Interest subsidies' },
    columns: [
      { key: 'enterpriseName', header: { 'zh-CN': '企业', en: 'Enterprise' } },
      { key: 'enterpriseCreditCode', header: { 'zh-CN': '统一社会信用代码', en: 'Credit code' } },
      { key: 'lenderName', header: { 'zh-CN': '贷款银行', en: 'Lender' } },
      { key: 'applicationDate', header: { 'zh-CN': '申请日期', en: 'Application date' }, kind: 'date' },
      { key: 'interestTotal', header: { 'zh-CN': '实付利息（元）', en: 'Interest paid (yuan)' }, kind: 'money' },
      { key: 'amount', header: { 'zh-CN': '贴息金额（元）', en: 'Subsidy (yuan)' }, kind: 'money' },
      { key: 'status', header: { 'zh-CN': '状态', en: 'Status' }, labels: APPROVAL_STATUS_LABELS },
      { key: 'paidOn', header: { 'zh-CN': '支付日', en: 'Paid on' }, kind: 'date' },
      { key: 'enteredByName', header: { 'zh-CN': '经办人', en: 'Entered by' } },
      { key: 'decidedByName', header: { 'zh-CN': '审批人', en: 'Decided by' } },
      { key: 'opinion', header: { 'zh-CN': '审批意见', en: 'Opinion' } },
    ],
  })
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZInterestSubsidyListQuery) query: TInterestSubsidyListQuery) {
    return this.subsidies.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One application with its calculation line by line' })
  @ZResponse(200, ZInterestSubsidyDetail, 'The application')
  @ZResponse(404, null, 'No such application in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.subsidies.get(ctx, params.id);
  }
}
