import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZRapidEntity,
  ZRapidEntityCreate,
  ZRapidEntityListQuery,
  ZRapidRequest,
  ZRapidRequestCreate,
  ZRapidRequestDetail,
  ZRapidRequestListQuery,
  ZRapidTransitionRequest,
  type TRapidEntityCreate,
  type TRapidEntityListQuery,
  type TRapidRequestCreate,
  type TRapidRequestListQuery,
  type TRapidTransitionRequest,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { RAPID_ENTITIES_EXPORT, RAPID_REQUESTS_EXPORT } from './rapid-protection.export.js';
import { RapidProtectionService } from './rapid-protection.service.js';

@ApiTags('rapid-protection')
@Controller('rapid-protection')
export class RapidProtectionController {
  constructor(private readonly rapid: RapidProtectionService) {}

  @Post('entities')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Register an enterprise with the rapid protection centre (备案主体); only registered enterprises submit requests' })
  @ZResponse(201, ZRapidEntity, 'The registered enterprise')
  @ZResponse(400, null, 'A field is invalid (credit code, a future date)')
  @ZResponse(409, null, 'The enterprise is already registered')
  registerEntity(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZRapidEntityCreate) body: TRapidEntityCreate) {
    return this.rapid.registerEntity(ctx, body);
  }

  @Get('entities')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Enterprises registered with the centre in the caller’s data scope' })
  @ZResponse(200, ZPage(ZRapidEntity), 'One page of enterprises')
  @XlsxExport(RAPID_ENTITIES_EXPORT)
  listEntities(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZRapidEntityListQuery) query: TRapidEntityListQuery) {
    return this.rapid.listEntities(ctx, query);
  }

  @Post('requests')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Submit a pre-examination (快速预审) or rapid rights-determination (快速确权) request in one of the centre’s technical fields; its due date is fixed by the service level' })
  @ZResponse(201, ZRapidRequestDetail, 'The request, submitted')
  @ZResponse(400, null, 'A field is invalid (application number check character, a field the centre does not serve, a future date)')
  @ZResponse(422, null, 'The enterprise is not registered with the centre (issue at creditCode), or the submission precedes its registration')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZRapidRequestCreate) body: TRapidRequestCreate) {
    return this.rapid.create(ctx, body);
  }

  @Get('requests')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'The queue: open requests by due date, then decided ones; each with its service-level clock' })
  @ZResponse(200, ZPage(ZRapidRequest), 'One page of requests')
  @XlsxExport(RAPID_REQUESTS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZRapidRequestListQuery) query: TRapidRequestListQuery) {
    return this.rapid.list(ctx, query);
  }

  @Get('requests/:id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One request with its clock, dated timeline and allowed next actions' })
  @ZResponse(200, ZRapidRequestDetail, 'The request')
  @ZResponse(404, null, 'No such request in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.rapid.get(ctx, params.id);
  }

  @Post('requests/:id/transitions')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Accept, decide (pass or not pass with the reason; approver), record the CNIPA filing of a passed pre-examination, or withdraw, dated' })
  @ZResponse(201, ZRapidRequestDetail, 'The request after the step')
  @ZResponse(400, null, 'A field is invalid or the date is before the previous step')
  @ZResponse(403, null, 'The outcome is decided by an approver')
  @ZResponse(404, null, 'No such request in the caller’s data scope')
  @ZResponse(409, null, 'The step is not allowed from the status (the allowed ones are named), or the request changed since the version sent')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZRapidTransitionRequest) body: TRapidTransitionRequest) {
    return this.rapid.transition(ctx, params.id, body);
  }
}
