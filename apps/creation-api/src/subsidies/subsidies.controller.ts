import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZAbnormalFlag,
  ZAbnormalFlagCreate,
  ZAbnormalFlagListQuery,
  ZClawbackCase,
  ZClawbackCaseDetail,
  ZClawbackListQuery,
  ZClawbackRecoveryCreate,
  ZClawbackWriteOff,
  ZSubsidyAct,
  ZSubsidyApplication,
  ZSubsidyApplicationCreate,
  ZSubsidyApplicationDetail,
  ZSubsidyListQuery,
  ZSubsidyRule,
  ZSubsidyRuleCreate,
  ZSubsidyRuleListQuery,
  ZSubsidyRuleUpdate,
  type TAbnormalFlagCreate,
  type TAbnormalFlagListQuery,
  type TClawbackListQuery,
  type TClawbackRecoveryCreate,
  type TClawbackWriteOff,
  type TSubsidyAct,
  type TSubsidyApplicationCreate,
  type TSubsidyListQuery,
  type TSubsidyRuleCreate,
  type TSubsidyRuleListQuery,
  type TSubsidyRuleUpdate,
} from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { ClawbacksService } from './clawbacks.service.js';
import { SubsidiesService } from './subsidies.service.js';
import { SUBSIDIES_EXPORT } from './subsidies.export.js';

@ApiTags('subsidies')
@Controller('subsidy-rules')
export class SubsidyRulesController {
  constructor(private readonly subsidies: SubsidiesService) {}

  @Post()
  @RequireModule('creation', 'approver')
  @ApiOperation({ summary: 'Add a subsidy rule 资助标准: the amount for a patent type and kind over a range of application dates' })
  @ZResponse(201, ZSubsidyRule, 'The rule')
  @ZResponse(400, null, 'A field is invalid')
  @ZResponse(409, null, 'Another rule for the same type and kind is in force on one of its days')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZSubsidyRuleCreate) body: TSubsidyRuleCreate) {
    return this.subsidies.createRule(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Subsidy rules, optionally those in force on a date' })
  @ZResponse(200, ZPage(ZSubsidyRule), 'One page of rules')
  list(@ZQuery(ZSubsidyRuleListQuery) query: TSubsidyRuleListQuery) {
    return this.subsidies.listRules(query);
  }

  @Patch(':id')
  @RequireModule('creation', 'approver')
  @ApiOperation({ summary: 'Change a rule’s amount, basis or end date against the version read; applications already made keep their amount' })
  @ZResponse(200, ZSubsidyRule, 'The rule as changed')
  @ZResponse(404, null, 'No such rule')
  @ZResponse(409, null, 'Stale version, or the new end date makes it overlap another rule')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZSubsidyRuleUpdate) body: TSubsidyRuleUpdate) {
    return this.subsidies.updateRule(ctx, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireModule('creation', 'approver')
  @ApiOperation({ summary: 'Remove a rule entered by mistake; a rule any application was assessed under is kept (set its end date instead)' })
  @ZResponse(204, null, 'Removed')
  @ZResponse(404, null, 'No such rule')
  @ZResponse(409, null, 'Applications were assessed under the rule')
  remove(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.subsidies.deleteRule(ctx, params.id);
  }
}

@ApiTags('subsidies')
@Controller('subsidies')
export class SubsidiesController {
  constructor(
    private readonly subsidies: SubsidiesService,
    private readonly clawbacks: ClawbacksService,
  ) {}

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Register an entity’s subsidy application for one of its patents; the rule in force on the application date sets the amount' })
  @ZResponse(201, ZSubsidyApplicationDetail, 'The application, awaiting first review')
  @ZResponse(400, null, 'A field is invalid')
  @ZResponse(409, null, 'The patent already has a live application of this kind')
  @ZResponse(422, null, 'The entity is flagged for abnormal applications, the patent is not registered, not theirs or not granted, or no rule was in force')
  submit(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZSubsidyApplicationCreate) body: TSubsidyApplicationCreate) {
    return this.subsidies.submit(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Subsidy applications in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZSubsidyApplication), 'One page of applications')
  @XlsxExport(SUBSIDIES_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZSubsidyListQuery) query: TSubsidyListQuery) {
    return this.subsidies.list(ctx, query);
  }

  @Post('abnormal-flags')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record an abnormal-application flag 非正常专利申请 on an entity; a named patent’s paid subsidies open clawback cases' })
  @ZResponse(201, ZAbnormalFlag, 'The flag')
  @ZResponse(400, null, 'A field is invalid')
  @ZResponse(422, null, 'The named patent is not registered')
  flag(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZAbnormalFlagCreate) body: TAbnormalFlagCreate) {
    return this.clawbacks.flag(ctx, body);
  }

  @Get('abnormal-flags')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Abnormal-application flags, latest first' })
  @ZResponse(200, ZPage(ZAbnormalFlag), 'One page of flags')
  flags(@ZQuery(ZAbnormalFlagListQuery) query: TAbnormalFlagListQuery) {
    return this.clawbacks.listFlags(query);
  }

  @Get('clawbacks')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Clawback cases 追回 in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZClawbackCase), 'One page of cases')
  clawbackList(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZClawbackListQuery) query: TClawbackListQuery) {
    return this.clawbacks.list(ctx, query);
  }

  @Get('clawbacks/:id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One clawback case with its ledger of recoveries' })
  @ZResponse(200, ZClawbackCaseDetail, 'The case')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  clawback(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.clawbacks.get(ctx, params.id);
  }

  @Post('clawbacks/:id/recoveries')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record an amount recovered; the case closes as recovered when nothing is owed' })
  @ZResponse(201, ZClawbackCaseDetail, 'The case with the new ledger entry')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  @ZResponse(409, null, 'Stale version, or the case is closed')
  @ZResponse(422, null, 'The amount exceeds what is owed')
  recover(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZClawbackRecoveryCreate) body: TClawbackRecoveryCreate) {
    return this.clawbacks.recover(ctx, params.id, body);
  }

  @Post('clawbacks/:id/write-off')
  @HttpCode(200)
  @RequireModule('creation', 'approver')
  @ApiOperation({ summary: 'Write off what is still owed (approver); the case closes' })
  @ZResponse(200, ZClawbackCaseDetail, 'The closed case')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  @ZResponse(409, null, 'Stale version, or the case is closed')
  writeOff(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZClawbackWriteOff) body: TClawbackWriteOff) {
    return this.clawbacks.writeOff(ctx, params.id, body);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One application with its dated, attributed review history and the actions its status allows' })
  @ZResponse(200, ZSubsidyApplicationDetail, 'The application')
  @ZResponse(404, null, 'No such application in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.subsidies.get(ctx, params.id);
  }

  @Post(':id/actions')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({
    summary: 'One review step: first review (officer: pass / return), second review (approver, not the first reviewer: approve / reject / return), resubmit, pay (approver, with voucher)',
  })
  @ZResponse(200, ZSubsidyApplicationDetail, 'The application with the step appended')
  @ZResponse(400, null, 'A field is invalid, an opinion or voucher is missing, or the date is before the last step or in the future')
  @ZResponse(403, null, 'The action needs the approver role, or the caller did the first review')
  @ZResponse(404, null, 'No such application in the caller’s data scope')
  @ZResponse(409, null, 'The status does not allow this action (the message names the allowed ones), or the version is stale')
  act(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZSubsidyAct) body: TSubsidyAct) {
    return this.subsidies.act(ctx, params.id, body);
  }
}
