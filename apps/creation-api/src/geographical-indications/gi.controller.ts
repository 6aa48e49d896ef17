import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZGi, ZGiCreate, ZGiDetail, ZGiListQuery, ZGiProducerCreate, type TGiCreate, type TGiListQuery, type TGiProducerCreate } from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { GeographicalIndicationsService } from './gi.service.js';

@ApiTags('geographical-indications')
@Controller('geographical-indications')
export class GeographicalIndicationsController {
  constructor(private readonly gis: GeographicalIndicationsService) {}

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a geographical indication: a GI product 地理标志产品 or a GI trademark 地理标志商标 (with its registration number)' })
  @ZResponse(201, ZGiDetail, 'The GI')
  @ZResponse(400, null, 'A field is invalid (a GI trademark without a registration number names registrationNumber)')
  @ZResponse(409, null, 'A GI of this kind and name, or with this registration number, is already recorded')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZGiCreate) body: TGiCreate) {
    return this.gis.create(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Geographical indications in the caller’s data scope, latest protected first, with the producers authorized today' })
  @ZResponse(200, ZPage(ZGi), 'One page of GIs')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZGiListQuery) query: TGiListQuery) {
    return this.gis.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One GI with every producer authorization' })
  @ZResponse(200, ZGiDetail, 'The GI')
  @ZResponse(404, null, 'No such GI in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.gis.get(ctx, params.id);
  }

  @Post(':id/producers')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Authorize a producer (by credit code) to use the GI from a date, and to a date when the authorization is limited' })
  @ZResponse(201, ZGiDetail, 'The GI with the authorization added')
  @ZResponse(400, null, 'A field is invalid, or the authorization ends before it starts')
  @ZResponse(404, null, 'No such GI in the caller’s data scope')
  @ZResponse(409, null, 'The producer already has an authorization overlapping this period')
  authorize(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZGiProducerCreate) body: TGiProducerCreate) {
    return this.gis.authorize(ctx, params.id, body);
  }
}
