import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZIndicator,
  ZIndicatorCreate,
  ZIndicatorUpdate,
  ZPlan,
  ZPlanCreate,
  ZPlanDetail,
  ZPlanListQuery,
  ZPlanStatusChange,
  ZPlanUpdate,
  type TIndicatorCreate,
  type TIndicatorUpdate,
  type TPlanCreate,
  type TPlanListQuery,
  type TPlanStatusChange,
  type TPlanUpdate,
} from '@ipbureau/domain/plans';
import { Authenticated, AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PlansService } from './plans.service.js';

const ZIndicatorParams = z.object({ id: z.uuid(), indicatorId: z.uuid() });

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Create a draft plan of a region, optionally with its indicators and targets (plan approver or system administrator)' })
  @ZResponse(201, ZPlanDetail, 'The draft plan with its indicators')
  @ZResponse(400, null, 'A field is invalid (named in `issues`), e.g. a density indicator without a population basis')
  @ZResponse(403, null, 'Neither plan approver nor system administrator')
  @ZResponse(409, null, 'A plan for this region and period already exists')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPlanCreate) body: TPlanCreate) {
    return this.plans.create(ctx, body);
  }

  @Get()
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'Plans of the caller’s region, latest period first' })
  @ZResponse(200, ZPage(ZPlan), 'One page of plans')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPlanListQuery) query: TPlanListQuery) {
    return this.plans.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'One plan with its indicators, baselines and targets in table order' })
  @ZResponse(200, ZPlanDetail, 'The plan')
  @ZResponse(404, null, 'No such plan in the caller’s region')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.plans.get(ctx, params.id);
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Rename a plan or change its period against the version read (plan approver or system administrator)' })
  @ZResponse(200, ZPlanDetail, 'The plan as changed')
  @ZResponse(403, null, 'Neither plan approver nor system administrator')
  @ZResponse(404, null, 'No such plan in the caller’s region')
  @ZResponse(409, null, 'The plan changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPlanUpdate) body: TPlanUpdate) {
    return this.plans.update(ctx, params.id, body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Activate a draft, close an active plan or reopen a closed one (plan approver or system administrator)' })
  @ZResponse(200, ZPlanDetail, 'The plan in its new status')
  @ZResponse(403, null, 'Neither plan approver nor system administrator')
  @ZResponse(409, null, 'The status does not allow this change (the message names the allowed ones), the plan has no indicators, or the version is stale')
  changeStatus(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPlanStatusChange) body: TPlanStatusChange) {
    return this.plans.changeStatus(ctx, params.id, body);
  }

  @Post(':id/indicators')
  @Authenticated()
  @ApiOperation({ summary: 'Add an indicator with its baseline and targets (plan approver or system administrator)' })
  @ZResponse(201, ZIndicator, 'The indicator')
  @ZResponse(400, null, 'A field is invalid, or the code is taken in this plan')
  @ZResponse(403, null, 'Neither plan approver nor system administrator')
  addIndicator(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZIndicatorCreate) body: TIndicatorCreate) {
    return this.plans.addIndicator(ctx, params.id, body);
  }

  @Patch(':id/indicators/:indicatorId')
  @Authenticated()
  @ApiOperation({ summary: 'Change an indicator, e.g. its targets, against the version read (plan approver or system administrator)' })
  @ZResponse(200, ZIndicator, 'The indicator as changed')
  @ZResponse(404, null, 'No such indicator in this plan')
  @ZResponse(409, null, 'The indicator changed since the version sent')
  updateIndicator(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIndicatorParams) params: { id: string; indicatorId: string }, @ZBody(ZIndicatorUpdate) body: TIndicatorUpdate) {
    return this.plans.updateIndicator(ctx, params.id, params.indicatorId, body);
  }

  @Delete(':id/indicators/:indicatorId')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Remove an indicator (plan approver or system administrator)' })
  @ZResponse(204, null, 'Removed')
  @ZResponse(404, null, 'No such indicator in this plan')
  removeIndicator(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIndicatorParams) params: { id: string; indicatorId: string }) {
    return this.plans.removeIndicator(ctx, params.id, params.indicatorId);
  }
}
