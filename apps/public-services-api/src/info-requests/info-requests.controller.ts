import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZInfoRequest,
  ZInfoRequestCreate,
  ZInfoRequestDetail,
  ZInfoRequestListQuery,
  ZInfoRequestTransition,
  type TInfoRequestCreate,
  type TInfoRequestListQuery,
  type TInfoRequestTransition,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { InfoRequestsService } from './info-requests.service.js';

@ApiTags('information services')
@Controller('info-requests')
export class InfoRequestsController {
  constructor(private readonly requests: InfoRequestsService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record an enterprise’s request for patent search, analysis, alert or navigation' })
  @ZResponse(201, ZInfoRequestDetail, 'The request, submitted')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZInfoRequestCreate) body: TInfoRequestCreate) {
    return this.requests.create(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Requests in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZInfoRequest), 'One page of requests')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZInfoRequestListQuery) query: TInfoRequestListQuery) {
    return this.requests.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One request with its dated steps' })
  @ZResponse(200, ZInfoRequestDetail, 'The request')
  @ZResponse(404, null, 'No such request in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.requests.get(ctx, params.id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Assign a provider, deliver, rate satisfaction 1–5, or cancel; the request lists the actions allowed from its status' })
  @ZResponse(200, ZInfoRequestDetail, 'The request after the step')
  @ZResponse(409, null, 'Stale version, or the action is not allowed from the status (the allowed ones are named)')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZInfoRequestTransition) body: TInfoRequestTransition) {
    return this.requests.transition(ctx, params.id, body);
  }
}
