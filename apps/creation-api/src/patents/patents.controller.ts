import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZPatent,
  ZPatentCreate,
  ZPatentDetail,
  ZPatentListQuery,
  ZPatentTransition,
  ZPatentUpdate,
  type TPatentCreate,
  type TPatentListQuery,
  type TPatentTransition,
  type TPatentUpdate,
} from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { PatentsService } from './patents.service.js';
import { PATENTS_EXPORT } from './patents.export.js';

@ApiTags('patents')
@Controller('patents')
export class PatentsController {
  constructor(private readonly patents: PatentsService) {}

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Register a patent application (status pending, history starting with its filing); its type is read from the application number' })
  @ZResponse(201, ZPatentDetail, 'The registered patent')
  @ZResponse(400, null, 'A field is invalid, or the district is not in the region the deployment serves')
  @ZResponse(409, null, 'A patent with this application number is already registered')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPatentCreate) body: TPatentCreate) {
    return this.patents.register(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Patents in the caller’s data scope, latest filing first' })
  @ZResponse(200, ZPage(ZPatent), 'One page of patents')
  @XlsxExport(PATENTS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPatentListQuery) query: TPatentListQuery) {
    return this.patents.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One patent with its status history and the transitions its status allows; a patent outside the caller’s data scope is not found' })
  @ZResponse(200, ZPatentDetail, 'The patent')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.patents.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Correct a patent’s editable fields (title, applicant, district, IPC symbols, annual fees paid until) against the version read' })
  @ZResponse(200, ZPatentDetail, 'The patent as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  @ZResponse(409, null, 'The patent changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPatentUpdate) body: TPatentUpdate) {
    return this.patents.update(ctx, params.id, body);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a change of legal status (grant, reject, withdraw, lapse, restore, invalidate, expire) with the date it took effect' })
  @ZResponse(200, ZPatentDetail, 'The patent with its new status and the event appended to its history')
  @ZResponse(400, null, 'A field is invalid, or the effective date is before the last event or in the future')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  @ZResponse(409, null, 'The status does not allow this action (the message names the allowed ones), or the version is stale')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPatentTransition) body: TPatentTransition) {
    return this.patents.transition(ctx, params.id, body);
  }
}
