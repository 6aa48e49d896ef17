import { Controller, Get, Headers } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MODULES, hasModuleLevel } from '@ipbureau/domain';
import { ZOrganizationParams, ZOrganizationProfile, ZOrganizationSearchQuery, ZOrganizationSearchResult, type TOrganizationSearchQuery } from '@ipbureau/domain/public-services';
import { AuthCtx, Authenticated, forbidden, text, unauthenticated, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { OrganizationsService } from './organizations.service.js';

/**
 * One organization across the pillars. Any module's viewer may ask; each section is then
 * served only if that pillar accepts the caller's own token (forwarded), else marked forbidden.
 */
@ApiTags('organizations')
@Controller()
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('search')
  @Authenticated()
  @ApiOperation({ summary: 'Organizations by a name fragment or (part of) a credit code, found across the pillars’ APIs' })
  @ZResponse(200, ZOrganizationSearchResult, 'Hits merged by credit code, and how each source answered')
  @ZResponse(403, null, 'The caller holds no module role')
  search(@AuthCtx() ctx: AuthenticatedContext, @Headers('authorization') authorization: string | undefined, @ZQuery(ZOrganizationSearchQuery) query: TOrganizationSearchQuery) {
    return this.organizations.search(ctx, bearer(ctx, authorization), query);
  }

  @Get('organizations/:creditCode/profile')
  @Authenticated()
  @ApiOperation({ summary: 'What each pillar holds about the organization: counts, recent records, links; a failing pillar leaves its sections marked' })
  @ZResponse(200, ZOrganizationProfile, 'The profile; `complete` is false when a section is unavailable or forbidden')
  @ZResponse(400, null, 'Not a credit code')
  @ZResponse(403, null, 'The caller holds no module role')
  profile(@AuthCtx() ctx: AuthenticatedContext, @Headers('authorization') authorization: string | undefined, @ZParams(ZOrganizationParams) params: { creditCode: string }) {
    return this.organizations.profile(ctx, bearer(ctx, authorization), params.creditCode);
  }
}

/** The caller's token, to forward; only a viewer (or more) of some module may search. */
function bearer(ctx: AuthenticatedContext, authorization: string | undefined): string {
  if (!MODULES.some((m) => hasModuleLevel(ctx.principal.roles, m, 'viewer'))) {
    throw forbidden(text('需要任一业务模块的查看权限', 'Requires a viewer role in some module'));
  }
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw unauthenticated();
  return token;
}
