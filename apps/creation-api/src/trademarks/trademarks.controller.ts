import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZTrademark,
  ZTrademarkCreate,
  ZTrademarkDetail,
  ZTrademarkListQuery,
  ZTrademarkTransition,
  ZTrademarkUpdate,
  type TTrademarkCreate,
  type TTrademarkListQuery,
  type TTrademarkTransition,
  type TTrademarkUpdate,
} from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { TrademarksService } from './trademarks.service.js';
import { TRADEMARKS_EXPORT } from './trademarks.export.js';

@ApiTags('trademarks')
@Controller('trademarks')
export class TrademarksController {
  constructor(private readonly trademarks: TrademarksService) {}

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Record a registered trademark; its expiry (ten years, Trademark Law art. 39) is computed from the registration date' })
  @ZResponse(201, ZTrademarkDetail, 'The recorded trademark')
  @ZResponse(400, null, 'A field is invalid, the registration date is in the future, or the district is not in the region the deployment serves')
  @ZResponse(409, null, 'A trademark with this registration number is already recorded')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZTrademarkCreate) body: TTrademarkCreate) {
    return this.trademarks.register(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Trademarks in the caller’s data scope, latest registration first' })
  @ZResponse(200, ZPage(ZTrademark), 'One page of trademarks')
  @XlsxExport(TRADEMARKS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZTrademarkListQuery) query: TTrademarkListQuery) {
    return this.trademarks.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One trademark with its status history and the transitions its status allows' })
  @ZResponse(200, ZTrademarkDetail, 'The trademark')
  @ZResponse(404, null, 'No such trademark in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.trademarks.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Correct a trademark’s holder, district, Nice classes or well-known flag against the version read' })
  @ZResponse(200, ZTrademarkDetail, 'The trademark as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such trademark in the caller’s data scope')
  @ZResponse(409, null, 'The trademark changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrademarkUpdate) body: TTrademarkUpdate) {
    return this.trademarks.update(ctx, params.id, body);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Renew (a new ten-year term from the day after expiry), cancel or invalidate, with the date it took effect' })
  @ZResponse(200, ZTrademarkDetail, 'The trademark with the event appended to its history')
  @ZResponse(400, null, 'A field is invalid, the date is out of order or in the future, or a renewal falls outside its window')
  @ZResponse(404, null, 'No such trademark in the caller’s data scope')
  @ZResponse(409, null, 'The status does not allow this action (the message names the allowed ones), or the version is stale')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrademarkTransition) body: TTrademarkTransition) {
    return this.trademarks.transition(ctx, params.id, body);
  }
}
