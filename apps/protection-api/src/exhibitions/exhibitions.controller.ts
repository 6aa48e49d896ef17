import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZEcommerceComplaint,
  ZEcommerceComplaintCreate,
  ZEcommerceListQuery,
  ZEcommerceOutcome,
  ZExhibition,
  ZExhibitionComplaintCreate,
  ZExhibitionComplaintOutcome,
  ZExhibitionCreate,
  ZExhibitionDetail,
  ZExhibitionListQuery,
  type TEcommerceComplaintCreate,
  type TEcommerceListQuery,
  type TEcommerceOutcome,
  type TExhibitionComplaintCreate,
  type TExhibitionComplaintOutcome,
  type TExhibitionCreate,
  type TExhibitionListQuery,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { EcommerceService } from './ecommerce.service.js';
import { ECOMMERCE_EXPORT, EXHIBITIONS_EXPORT } from './exhibitions.export.js';
import { ExhibitionsService } from './exhibitions.service.js';

const ZComplaintParams = z.object({ id: z.uuid(), complaintId: z.uuid() });

@ApiTags('exhibitions')
@Controller('exhibitions')
export class ExhibitionsController {
  constructor(private readonly exhibitions: ExhibitionsService) {}

  @Post()
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record an exhibition (展会) with its IP service station' })
  @ZResponse(201, ZExhibitionDetail, 'The exhibition')
  @ZResponse(400, null, 'A field is invalid (closing before opening)')
  @ZResponse(409, null, 'The exhibition opening on that date is already recorded')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZExhibitionCreate) body: TExhibitionCreate) {
    return this.exhibitions.create(ctx, body);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Exhibitions in the caller’s data scope with their complaint counts, latest first' })
  @ZResponse(200, ZPage(ZExhibition), 'One page of exhibitions')
  @XlsxExport(EXHIBITIONS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZExhibitionListQuery) query: TExhibitionListQuery) {
    return this.exhibitions.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One exhibition with the complaints received during it' })
  @ZResponse(200, ZExhibitionDetail, 'The exhibition')
  @ZResponse(404, null, 'No such exhibition in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.exhibitions.get(ctx, params.id);
  }

  @Post(':id/complaints')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record a complaint received at the exhibition’s station, pending' })
  @ZResponse(201, ZExhibitionDetail, 'The exhibition with the complaint')
  @ZResponse(400, null, 'A field is invalid or the date received is outside the exhibition')
  @ZResponse(404, null, 'No such exhibition in the caller’s data scope')
  addComplaint(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZExhibitionComplaintCreate) body: TExhibitionComplaintCreate) {
    return this.exhibitions.addComplaint(ctx, params.id, body);
  }

  @Post(':id/complaints/:complaintId/outcome')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record how a complaint was handled, dated: withdrawn from display, not established, or referred to a case' })
  @ZResponse(201, ZExhibitionDetail, 'The exhibition after the outcome')
  @ZResponse(400, null, 'A field is invalid, the date is before the complaint, or a referral without its case')
  @ZResponse(404, null, 'No such exhibition or complaint in the caller’s data scope')
  @ZResponse(409, null, 'The complaint was already handled, or changed since the version sent')
  @ZResponse(422, null, 'The case named does not exist')
  outcome(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZComplaintParams) params: { id: string; complaintId: string }, @ZBody(ZExhibitionComplaintOutcome) body: TExhibitionComplaintOutcome) {
    return this.exhibitions.recordOutcome(ctx, params.id, params.complaintId, body);
  }
}

@ApiTags('exhibitions')
@Controller('ecommerce-complaints')
export class EcommerceController {
  constructor(private readonly ecommerce: EcommerceService) {}

  @Post()
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record a complaint against a shop on an e-commerce platform (电商投诉), pending' })
  @ZResponse(201, ZEcommerceComplaint, 'The complaint')
  @ZResponse(400, null, 'A field is invalid (the link, a future date)')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZEcommerceComplaintCreate) body: TEcommerceComplaintCreate) {
    return this.ecommerce.create(ctx, body);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'E-commerce complaints in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZEcommerceComplaint), 'One page of complaints')
  @XlsxExport(ECOMMERCE_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZEcommerceListQuery) query: TEcommerceListQuery) {
    return this.ecommerce.list(ctx, query);
  }

  @Post(':id/outcome')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Record the outcome, dated: taken down by the platform, or rejected' })
  @ZResponse(201, ZEcommerceComplaint, 'The complaint after the outcome')
  @ZResponse(400, null, 'A field is invalid or the date is before the complaint')
  @ZResponse(404, null, 'No such complaint in the caller’s data scope')
  @ZResponse(409, null, 'The complaint was already handled, or changed since the version sent')
  outcome(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZEcommerceOutcome) body: TEcommerceOutcome) {
    return this.ecommerce.recordOutcome(ctx, params.id, body);
  }
}
