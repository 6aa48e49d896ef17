import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZAdjudicationCreate,
  ZAdjudicationDetail,
  ZAdjudicationListQuery,
  ZAdjudicationRequest,
  ZAdjudicationTransitionRequest,
  type TAdjudicationCreate,
  type TAdjudicationListQuery,
  type TAdjudicationTransitionRequest,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { ADJUDICATION_EXPORT } from './adjudication.export.js';
import { AdjudicationService } from './adjudication.service.js';

@ApiTags('adjudication')
@Controller('adjudication-requests')
export class AdjudicationController {
  constructor(private readonly adjudication: AdjudicationService) {}

  @Post()
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Register a request for patent-dispute adjudication (行政裁决) or mediation (调解), status received' })
  @ZResponse(201, ZAdjudicationDetail, 'The request')
  @ZResponse(400, null, 'A field is invalid (an adjudication without its patent number, a bad credit code, a future date)')
  @ZResponse(409, null, 'The request number is in use')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZAdjudicationCreate) body: TAdjudicationCreate) {
    return this.adjudication.create(ctx, body);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Adjudication and mediation requests in the caller’s data scope, most recently received first' })
  @ZResponse(200, ZPage(ZAdjudicationRequest), 'One page of requests')
  @XlsxExport(ADJUDICATION_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZAdjudicationListQuery) query: TAdjudicationListQuery) {
    return this.adjudication.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One request with its dated timeline (hearings included), time limit and allowed next actions' })
  @ZResponse(200, ZAdjudicationDetail, 'The request')
  @ZResponse(404, null, 'No such request in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.adjudication.get(ctx, params.id);
  }

  @Post(':id/transitions')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Accept, hold a hearing, adjudicate (approver), record the agreement or its judicial confirmation, hand over to arbitration or a court, or withdraw, dated' })
  @ZResponse(201, ZAdjudicationDetail, 'The request after the step')
  @ZResponse(400, null, 'A field is invalid or the date is before the previous step')
  @ZResponse(403, null, 'The step is taken by an approver')
  @ZResponse(404, null, 'No such request in the caller’s data scope')
  @ZResponse(409, null, 'The step is not allowed from the status (the allowed ones are named), or the request changed since the version sent')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAdjudicationTransitionRequest) body: TAdjudicationTransitionRequest) {
    return this.adjudication.transition(ctx, params.id, body);
  }
}
