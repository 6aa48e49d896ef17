import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZAssistance,
  ZAssistanceConclude,
  ZAssistanceCreate,
  ZAssistanceListQuery,
  ZWorkstation,
  ZWorkstationCreate,
  ZWorkstationDetail,
  ZWorkstationListQuery,
  ZWorkstationUpdate,
  type TAssistanceConclude,
  type TAssistanceCreate,
  type TAssistanceListQuery,
  type TWorkstationCreate,
  type TWorkstationListQuery,
  type TWorkstationUpdate,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { ASSISTANCE_EXPORT, WORKSTATIONS_EXPORT } from './workstations.export.js';
import { WorkstationsService } from './workstations.service.js';

@ApiTags('workstations')
@Controller()
export class WorkstationsController {
  constructor(private readonly workstations: WorkstationsService) {}

  @Post('workstations')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Register a rights-protection workstation (维权援助工作站) with its host, industry and establishment date' })
  @ZResponse(201, ZWorkstationDetail, 'The workstation')
  @ZResponse(400, null, 'A field is invalid (a future date, closed before established)')
  @ZResponse(409, null, 'A workstation of that name exists')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZWorkstationCreate) body: TWorkstationCreate) {
    return this.workstations.create(ctx, body);
  }

  @Get('workstations')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Workstations in the caller’s data scope, by industry, district or those in operation on a date' })
  @ZResponse(200, ZPage(ZWorkstation), 'One page of workstations')
  @XlsxExport(WORKSTATIONS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZWorkstationListQuery) query: TWorkstationListQuery) {
    return this.workstations.list(ctx, query);
  }

  @Get('workstations/:id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One workstation with its assistance requests, latest first' })
  @ZResponse(200, ZWorkstationDetail, 'The workstation')
  @ZResponse(404, null, 'No such workstation in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.workstations.get(ctx, params.id);
  }

  @Patch('workstations/:id')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Close a workstation or correct its host, against the version read' })
  @ZResponse(200, ZWorkstationDetail, 'The workstation as changed')
  @ZResponse(400, null, 'Closed before established')
  @ZResponse(404, null, 'No such workstation in the caller’s data scope')
  @ZResponse(409, null, 'Stale version')
  @ZResponse(422, null, 'Closed on or before the last assistance it received')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZWorkstationUpdate) body: TWorkstationUpdate) {
    return this.workstations.update(ctx, params.id, body);
  }

  @Post('workstations/:id/assistance')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record an enterprise’s assistance request received at the workstation' })
  @ZResponse(201, ZAssistance, 'The request')
  @ZResponse(400, null, 'A field is invalid')
  @ZResponse(404, null, 'No such workstation in the caller’s data scope')
  @ZResponse(422, null, 'The workstation was not in operation on the date received (issue at receivedDate)')
  addAssistance(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAssistanceCreate) body: TAssistanceCreate) {
    return this.workstations.addAssistance(ctx, params.id, body);
  }

  @Get('workstation-assistance')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Assistance requests in the caller’s data scope, by workstation, outcome, open or concluded, received between dates' })
  @ZResponse(200, ZPage(ZAssistance), 'One page of requests')
  @XlsxExport(ASSISTANCE_EXPORT)
  listAssistance(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZAssistanceListQuery) query: TAssistanceListQuery) {
    return this.workstations.listAssistance(ctx, query);
  }

  @Post('workstation-assistance/:id/conclude')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Conclude an assistance request with its outcome, dated, against the version read' })
  @ZResponse(201, ZAssistance, 'The request, concluded')
  @ZResponse(400, null, 'Concluded before received')
  @ZResponse(404, null, 'No such request in the caller’s data scope')
  @ZResponse(409, null, 'Already concluded, or stale version')
  conclude(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAssistanceConclude) body: TAssistanceConclude) {
    return this.workstations.conclude(ctx, params.id, body);
  }
}
