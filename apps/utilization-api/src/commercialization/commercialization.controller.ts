import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZCommercializationProject,
  ZCommercializationProjectCreate,
  ZCommercializationProjectDetail,
  ZCommercializationProjectListQuery,
  ZCommercializationProjectUpdate,
  ZSupportFundCreate,
  type TCommercializationProjectCreate,
  type TCommercializationProjectListQuery,
  type TCommercializationProjectUpdate,
  type TSupportFundCreate,
} from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PROJECTS_EXPORT } from './commercialization.export.js';
import { CommercializationService } from './commercialization.service.js';

@ApiTags('commercialization-projects')
@Controller('commercialization-projects')
export class CommercializationController {
  constructor(private readonly projects: CommercializationService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record a patent commercialization project 产业化项目: the enterprise, the rights put into production, the dates' })
  @ZResponse(201, ZCommercializationProjectDetail, 'The project, with no support fund yet')
  @ZResponse(400, null, 'A field is invalid')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZCommercializationProjectCreate) body: TCommercializationProjectCreate) {
    return this.projects.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Correct a project’s name, end date or description against the version read' })
  @ZResponse(200, ZCommercializationProjectDetail, 'The project as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such project in the caller’s data scope')
  @ZResponse(409, null, 'The project changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZCommercializationProjectUpdate) body: TCommercializationProjectUpdate) {
    return this.projects.update(ctx, params.id, body);
  }

  @Post(':id/funds')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Add a support fund 扶持资金 granted to the project: a ledger entry, never changed afterwards' })
  @ZResponse(201, ZCommercializationProjectDetail, 'The project with its funds and their total')
  @ZResponse(400, null, 'A field is invalid, or the grant date is before the project start or in the future')
  @ZResponse(404, null, 'No such project in the caller’s data scope')
  @ZResponse(409, null, 'The project changed since the version sent')
  addFund(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZSupportFundCreate) body: TSupportFundCreate) {
    return this.projects.addFund(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @XlsxExport(PROJECTS_EXPORT)
  @ApiOperation({ summary: 'Commercialization projects in the caller’s data scope, latest start first, each with its support total' })
  @ZResponse(200, ZPage(ZCommercializationProject), 'One page of projects')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZCommercializationProjectListQuery) query: TCommercializationProjectListQuery) {
    return this.projects.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One project with its support funds; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZCommercializationProjectDetail, 'The project')
  @ZResponse(404, null, 'No such project in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.projects.get(ctx, params.id);
  }
}
