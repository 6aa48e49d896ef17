import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZAgency, ZAgencyCreate, ZAgencyDeregister, ZAgencyListQuery, ZAgencyUpdate, type TAgencyCreate, type TAgencyDeregister, type TAgencyListQuery, type TAgencyUpdate } from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { AgenciesService } from './agencies.service.js';
import { AGENCIES_EXPORT } from './agencies.export.js';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Register a patent or trademark agency, or a branch of one (naming its head office); a patent agency gives its practice licence' })
  @ZResponse(201, ZAgency, 'The registered agency')
  @ZResponse(400, null, 'A field is invalid, a licence is missing, or the district is outside the region')
  @ZResponse(404, null, 'The head office named is not on the register in the caller’s data scope')
  @ZResponse(409, null, 'An agency with this credit code is already registered')
  @ZResponse(422, null, 'The head office named is itself a branch, or was deregistered before the branch was established')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZAgencyCreate) body: TAgencyCreate) {
    return this.agencies.register(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Agencies in the caller’s data scope, by name' })
  @ZResponse(200, ZPage(ZAgency), 'One page of agencies')
  @XlsxExport(AGENCIES_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZAgencyListQuery) query: TAgencyListQuery) {
    return this.agencies.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One agency; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZAgency, 'The agency')
  @ZResponse(404, null, 'No such agency in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.agencies.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Correct an agency’s register entry, against the version read' })
  @ZResponse(200, ZAgency, 'The agency as changed')
  @ZResponse(404, null, 'No such agency in the caller’s data scope')
  @ZResponse(409, null, 'The version sent is stale')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAgencyUpdate) body: TAgencyUpdate) {
    return this.agencies.update(ctx, params.id, body);
  }

  @Post(':id/deregister')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Deregister an agency from a date; no agent may still practise there then' })
  @ZResponse(200, ZAgency, 'The deregistered agency')
  @ZResponse(409, null, 'Stale version, already deregistered, or agents still practising there')
  deregister(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAgencyDeregister) body: TAgencyDeregister) {
    return this.agencies.deregister(ctx, params.id, body);
  }
}
