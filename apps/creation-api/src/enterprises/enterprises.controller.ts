import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZCertificationCreate,
  ZCertificationParams,
  ZCertificationTransition,
  ZEnterprise,
  ZEnterpriseCreate,
  ZEnterpriseDetail,
  ZEnterpriseListQuery,
  ZEnterpriseTitleCreate,
  ZEnterpriseTitleEnd,
  ZEnterpriseTitleParams,
  ZEnterpriseUpdate,
  type TCertificationCreate,
  type TCertificationTransition,
  type TEnterpriseCreate,
  type TEnterpriseListQuery,
  type TEnterpriseTitleCreate,
  type TEnterpriseTitleEnd,
  type TEnterpriseUpdate,
} from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { EnterprisesService } from './enterprises.service.js';
import { ENTERPRISES_EXPORT } from './enterprises.export.js';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Register an enterprise of the pillar by its unified social credit code' })
  @ZResponse(201, ZEnterpriseDetail, 'The registered enterprise')
  @ZResponse(400, null, 'A field is invalid, or the district is not in the region the deployment serves')
  @ZResponse(409, null, 'An enterprise with this credit code is already registered')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZEnterpriseCreate) body: TEnterpriseCreate) {
    return this.enterprises.create(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Enterprises in the caller’s data scope by name, filtered by name or credit code, district, a title held today, or certification' })
  @ZResponse(200, ZPage(ZEnterprise), 'One page of enterprises')
  @XlsxExport(ENTERPRISES_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZEnterpriseListQuery) query: TEnterpriseListQuery) {
    return this.enterprises.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One enterprise with every title awarded and its GB/T 29490 certificates with their history' })
  @ZResponse(200, ZEnterpriseDetail, 'The enterprise')
  @ZResponse(404, null, 'No such enterprise in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.enterprises.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Correct an enterprise’s name, district or industry against the version read' })
  @ZResponse(200, ZEnterpriseDetail, 'The enterprise as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such enterprise in the caller’s data scope')
  @ZResponse(409, null, 'The enterprise changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZEnterpriseUpdate) body: TEnterpriseUpdate) {
    return this.enterprises.update(ctx, params.id, body);
  }

  @Post(':id/titles')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a cultivation title awarded to the enterprise (national / provincial demonstration or advantage, municipal cultivation)' })
  @ZResponse(201, ZEnterpriseDetail, 'The enterprise with the title')
  @ZResponse(400, null, 'A field is invalid, or the award date is in the future')
  @ZResponse(404, null, 'No such enterprise in the caller’s data scope')
  @ZResponse(409, null, 'The same title awarded on the same date is already recorded')
  addTitle(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZEnterpriseTitleCreate) body: TEnterpriseTitleCreate) {
    return this.enterprises.addTitle(ctx, params.id, body);
  }

  @Post(':id/titles/:titleId/end')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record that a title was revoked or expired on a date' })
  @ZResponse(200, ZEnterpriseDetail, 'The enterprise with the title ended')
  @ZResponse(400, null, 'The date is before the award or in the future')
  @ZResponse(404, null, 'No such enterprise or title')
  @ZResponse(409, null, 'The title already ended')
  endTitle(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZEnterpriseTitleParams) params: { id: string; titleId: string }, @ZBody(ZEnterpriseTitleEnd) body: TEnterpriseTitleEnd) {
    return this.enterprises.endTitle(ctx, params.id, params.titleId, body);
  }

  @Post(':id/certifications')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a GB/T 29490 (贯标) certificate issued to the enterprise' })
  @ZResponse(201, ZEnterpriseDetail, 'The enterprise with the certificate')
  @ZResponse(400, null, 'A field is invalid, or the issue date is in the future')
  @ZResponse(404, null, 'No such enterprise in the caller’s data scope')
  @ZResponse(409, null, 'A certificate with this number is already recorded')
  addCertification(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZCertificationCreate) body: TCertificationCreate) {
    return this.enterprises.addCertification(ctx, params.id, body);
  }

  @Post(':id/certifications/:certificationId/transitions')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a change of a certificate (suspend, reinstate, withdraw, renew with a new valid-until date) on the date it took effect' })
  @ZResponse(200, ZEnterpriseDetail, 'The enterprise with the certificate changed')
  @ZResponse(400, null, 'A field is invalid, or the date is before the last event or in the future')
  @ZResponse(404, null, 'No such enterprise or certificate')
  @ZResponse(409, null, 'The status does not allow this action (the message names the allowed ones), or the version is stale')
  transitionCertification(
    @AuthCtx() ctx: AuthenticatedContext,
    @ZParams(ZCertificationParams) params: { id: string; certificationId: string },
    @ZBody(ZCertificationTransition) body: TCertificationTransition,
  ) {
    return this.enterprises.transitionCertification(ctx, params.id, params.certificationId, body);
  }
}
