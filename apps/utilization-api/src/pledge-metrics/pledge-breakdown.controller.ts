import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZPledgeBreakdown, ZPledgeBreakdownQuery, type TPledgeBreakdownQuery } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PledgeBreakdownService } from './pledge-breakdown.service.js';

@ApiTags('metrics')
@Controller('pledge-metrics')
export class PledgeBreakdownController {
  constructor(private readonly breakdowns: PledgeBreakdownService) {}

  @Get('breakdown')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({
    summary: 'Pledge financing of a period by right kind, by lender and by district (the pledges `pledges.amount_in_period` counts)',
    description: 'Each breakdown sums to `total`; `from` defaults to 1 January of `to`’s year and `to` to today.',
  })
  @ZResponse(200, ZPledgeBreakdown, 'The period’s financing, broken down')
  @ZResponse(400, null, '`from` after `to`, or a district outside the caller’s region')
  breakdown(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPledgeBreakdownQuery) query: TPledgeBreakdownQuery) {
    return this.breakdowns.breakdown(ctx, query);
  }
}
