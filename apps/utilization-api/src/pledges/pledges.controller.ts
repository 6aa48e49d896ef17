import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZPledge, ZPledgeCreate, ZPledgeDetail, ZPledgeListQuery, ZPledgeTransition, ZPledgeUpdate, type TPledgeCreate, type TPledgeListQuery, type TPledgeTransition, type TPledgeUpdate } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { PledgesService } from './pledges.service.js';
import { PLEDGES_EXPORT } from './pledges.export.js';

@ApiTags('pledges')
@Controller('pledges')
export class PledgesController {
  constructor(private readonly pledges: PledgesService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record an IP pledge financing application; the pledged right is checked by its kind and must not be pledged already' })
  @ZResponse(201, ZPledgeDetail, 'The pledge, applied, with its first event')
  @ZResponse(400, null, 'A field is invalid, or the district is not in the region the deployment serves')
  @ZResponse(409, null, 'The right is already under a pledge that holds it')
  apply(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPledgeCreate) body: TPledgeCreate) {
    return this.pledges.apply(ctx, body);
  }

  @Patch(':id')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Correct the lender of a pledge (its name, its credit code) against the version read; its interest subsidies show the new name' })
  @ZResponse(200, ZPledgeDetail, 'The pledge as changed, with its timeline')
  @ZResponse(400, null, 'A field is invalid (a credit code with a wrong check character), or nothing to change')
  @ZResponse(404, null, 'No such pledge in the caller’s data scope')
  @ZResponse(409, null, 'The pledge changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPledgeUpdate) body: TPledgeUpdate) {
    return this.pledges.update(ctx, params.id, body);
  }

  @Post(':id/transitions')
  @RequireModule('utilization', 'officer')
  @ApiOperation({
    summary: 'Take one step of the pledge lifecycle: register, disburse, repay, extend, default, release (approver) or withdraw',
    description: 'The body names the action, its effective date, the version read and the fields of that action. The response lists the actions allowed next.',
  })
  @ZResponse(201, ZPledgeDetail, 'The pledge after the step, with its timeline')
  @ZResponse(400, null, 'A field is invalid or missing for the action')
  @ZResponse(404, null, 'No such pledge in the caller’s data scope')
  @ZResponse(409, null, 'The version is stale, or the status does not allow the action (the message names the allowed ones)')
  @ZResponse(422, null, 'The date is before the previous event or after today, or an amount exceeds the loan or the outstanding principal')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPledgeTransition) body: TPledgeTransition) {
    return this.pledges.transition(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'Pledges in the caller’s data scope, latest application first' })
  @ZResponse(200, ZPage(ZPledge), 'One page of pledges')
  @XlsxExport(PLEDGES_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPledgeListQuery) query: TPledgeListQuery) {
    return this.pledges.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One pledge with its timeline; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZPledgeDetail, 'The pledge')
  @ZResponse(404, null, 'No such pledge in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.pledges.get(ctx, params.id);
  }
}
