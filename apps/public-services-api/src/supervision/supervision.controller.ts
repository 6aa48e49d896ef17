import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZSupervisionActionParams,
  ZSupervisionCreate,
  ZSupervisionListQuery,
  ZSupervisionRecord,
  ZSupervisionRecordDetail,
  ZSupervisionTransition,
  type TSupervisionAction,
  type TSupervisionCreate,
  type TSupervisionListQuery,
  type TSupervisionTransition,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { SupervisionService } from './supervision.service.js';
import { SUPERVISION_EXPORT } from './supervision.export.js';

@ApiTags('supervision')
@Controller('supervision-records')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record an inspection or a violation of an agency or an agent, with its sanction' })
  @ZResponse(201, ZSupervisionRecordDetail, 'The record, open')
  @ZResponse(404, null, 'The agency or agent is not in the caller’s data scope')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZSupervisionCreate) body: TSupervisionCreate) {
    return this.supervision.create(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Supervision records in the caller’s data scope, latest found first' })
  @ZResponse(200, ZPage(ZSupervisionRecord), 'One page of records')
  @XlsxExport(SUPERVISION_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZSupervisionListQuery) query: TSupervisionListQuery) {
    return this.supervision.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One record with its status history' })
  @ZResponse(200, ZSupervisionRecordDetail, 'The record')
  @ZResponse(404, null, 'No such record in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.supervision.get(ctx, params.id);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Apply an action (rectify, reopen, close); the record lists those allowed from its status' })
  @ZResponse(200, ZSupervisionRecordDetail, 'The record after the action')
  @ZResponse(409, null, 'Stale version, or the action is not allowed from the status (the allowed ones are named)')
  transition(
    @AuthCtx() ctx: AuthenticatedContext,
    @ZParams(ZSupervisionActionParams) params: { id: string; action: TSupervisionAction },
    @ZBody(ZSupervisionTransition) body: TSupervisionTransition,
  ) {
    return this.supervision.transition(ctx, params.id, params.action, body);
  }
}
