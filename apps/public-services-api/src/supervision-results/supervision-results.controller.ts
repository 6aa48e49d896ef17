import { Controller, Get, Headers } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZSupervisionResults, ZSupervisionResultsQuery, type TSupervisionResultsQuery } from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, unauthenticated, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { SupervisionResultsService } from './supervision-results.service.js';

@ApiTags('supervision')
@Controller('supervision')
export class SupervisionResultsController {
  constructor(private readonly results: SupervisionResultsService) {}

  @Get('results')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({
    summary: 'Supervision by results: per agency and agent, grant rate and abnormal share from the creation pillar, ranked, outliers flagged for inspection',
    description:
      'Reads `GET /api/creation/agency-facts` with the caller’s own token (so the caller also needs a creation viewer role). grant rate = granted / (granted + refusedOrWithdrawn); abnormal share = flaggedAbnormal / filed. Flagged when filed ≥ rule.minFiled and abnormal share > rule.abnormalShareAbove, or grant rate below the overall rate by more than rule.grantRateBelowCityBy.',
  })
  @ZResponse(200, ZSupervisionResults, 'Agencies ranked, flagged first, each with its agents')
  @ZResponse(403, null, 'The caller may not read the creation pillar’s facts')
  @ZResponse(503, null, 'The creation pillar cannot answer (down, slow, failing or not configured)')
  get(@AuthCtx() ctx: AuthenticatedContext, @Headers('authorization') authorization: string | undefined, @ZQuery(ZSupervisionResultsQuery) query: TSupervisionResultsQuery) {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated();
    return this.results.results(ctx, token, query);
  }
}
