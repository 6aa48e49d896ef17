import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZGi,
  ZGiCreate,
  ZGiDetail,
  ZGiListQuery,
  ZGiProducerCreate,
  ZGiRevoke,
  ZGiUpdate,
  type TGiCreate,
  type TGiListQuery,
  type TGiProducerCreate,
  type TGiRevoke,
  type TGiUpdate,
} from '@ipbureau/domain/creation';
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

  @Patch(':id')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Correct a GI’s name, origin area, holder or district against the version read; its kind, registration number and protection date do not change' })
  @ZResponse(200, ZGiDetail, 'The GI as corrected')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such GI in the caller’s data scope')
  @ZResponse(409, null, 'The version sent is stale, the GI is revoked, or another GI of this kind has the name')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZGiUpdate) body: TGiUpdate) {
    return this.gis.update(ctx, params.id, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Revoke the GI’s protection 撤销 on the date it took effect, with the reason; from that date the GI metrics no longer count it and it authorizes no producer' })
  @ZResponse(200, ZGiDetail, 'The GI, revoked')
  @ZResponse(400, null, 'A field is invalid, or the date is before the protection date or in the future (names revokedOn)')
  @ZResponse(404, null, 'No such GI in the caller’s data scope')
  @ZResponse(409, null, 'The version sent is stale, or the GI is already revoked')
  revoke(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZGiRevoke) body: TGiRevoke) {
    return this.gis.revoke(ctx, params.id, body);
  }

  @Post(':id/producers')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Authorize a producer (by credit code) to use the GI from a date, and to a date when the authorization is limited' })
  @ZResponse(201, ZGiDetail, 'The GI with the authorization added')
  @ZResponse(400, null, 'A field is invalid, or the authorization ends before it starts')
  @ZResponse(404, null, 'No such GI in the caller’s data scope')
  @ZResponse(409, null, 'The producer already has an authorization overlapping this period, or the GI is revoked')
  authorize(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZGiProducerCreate) body: TGiProducerCreate) {
    return this.gis.authorize(ctx, params.id, body);
  }
}
