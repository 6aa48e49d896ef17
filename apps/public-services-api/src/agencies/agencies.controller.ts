import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZAgency, ZAgencyCreate, ZAgencyListQuery, type TAgencyCreate, type TAgencyListQuery } from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgenciesService } from './agencies.service.js';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Register a patent or trademark agency; a patent agency gives its practice licence' })
  @ZResponse(201, ZAgency, 'The registered agency')
  @ZResponse(400, null, 'A field is invalid, a licence is missing, or the district is outside the region')
  @ZResponse(409, null, 'An agency with this credit code is already registered')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZAgencyCreate) body: TAgencyCreate) {
    return this.agencies.register(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Agencies in the caller’s data scope, by name' })
  @ZResponse(200, ZPage(ZAgency), 'One page of agencies')
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
}
