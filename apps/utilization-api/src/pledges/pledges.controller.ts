import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZPledge, ZPledgeCreate, ZPledgeListQuery, type TPledgeCreate, type TPledgeListQuery } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PledgesService } from './pledges.service.js';

@ApiTags('pledges')
@Controller('pledges')
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record an IP pledge financing registration; the pledged right is checked by its kind' })
  @ZResponse(201, ZPledge, 'The recorded pledge, active')
  @ZResponse(400, null, 'A field is invalid, or the district is not in the region the deployment serves')
  @ZResponse(409, null, 'The right is already under an active pledge')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPledgeCreate) body: TPledgeCreate) {
    return this.pledges.register(ctx, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Pledges in the caller’s data scope, latest registration first' })
  @ZResponse(200, ZPage(ZPledge), 'One page of pledges')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPledgeListQuery) query: TPledgeListQuery) {
    return this.pledges.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One pledge; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZPledge, 'The pledge')
  @ZResponse(404, null, 'No such pledge in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.pledges.get(ctx, params.id);
  }
}
