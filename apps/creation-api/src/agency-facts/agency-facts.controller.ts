import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZAgencyFacts, ZAgencyFactsQuery, type TAgencyFactsQuery } from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AgencyFactsService } from './agency-facts.service.js';

@ApiTags('agency-facts')
@Controller('agency-facts')
export class AgencyFactsController {
  constructor(private readonly agencyFacts: AgencyFactsService) {}

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({
    summary:
      'Per patent agency, and per agent within it, the applications filed in [from, to] in the caller’s data scope and, of those, how many were granted, refused or withdrawn, and flagged as abnormal by the to date',
  })
  @ZResponse(200, ZAgencyFacts, 'One row per agency (agentLicenceNumber null) and one per agent of it')
  @ZResponse(400, null, 'A parameter is invalid, or to is before from')
  facts(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZAgencyFactsQuery) query: TAgencyFactsQuery) {
    return this.agencyFacts.facts(ctx, query);
  }
}
