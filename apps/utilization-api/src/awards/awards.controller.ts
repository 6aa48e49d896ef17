import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZAward, ZAwardCreate, ZAwardListQuery, ZAwardUpdate, type TAwardCreate, type TAwardListQuery, type TAwardUpdate } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { AWARDS_EXPORT } from './awards.export.js';
import { AwardsService } from './awards.service.js';

@ApiTags('awards')
@Controller('awards')
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @Post()
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Record a patent or S&T award won by a patent; publishes award.granted for the creation pillar in the same transaction' })
  @ZResponse(201, ZAward, 'The award as recorded')
  @ZResponse(400, null, 'A field is invalid (the patent number by its check digit, a grade that does not fit the kind)')
  @ZResponse(409, null, 'The same award (patent, kind, level, year) is already recorded')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZAwardCreate) body: TAwardCreate) {
    return this.awards.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('utilization', 'officer')
  @ApiOperation({ summary: 'Correct an award’s name, the patent title, the holder or the note against the version read' })
  @ZResponse(200, ZAward, 'The award as changed')
  @ZResponse(400, null, 'A field is invalid, or nothing to change')
  @ZResponse(404, null, 'No such award in the caller’s data scope')
  @ZResponse(409, null, 'The award changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZAwardUpdate) body: TAwardUpdate) {
    return this.awards.update(ctx, params.id, body);
  }

  @Get()
  @RequireModule('utilization', 'viewer')
  @XlsxExport(AWARDS_EXPORT)
  @ApiOperation({ summary: 'Awards in the caller’s data scope, latest year first' })
  @ZResponse(200, ZPage(ZAward), 'One page of awards')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZAwardListQuery) query: TAwardListQuery) {
    return this.awards.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('utilization', 'viewer')
  @ApiOperation({ summary: 'One award; outside the caller’s data scope it is not found' })
  @ZResponse(200, ZAward, 'The award')
  @ZResponse(404, null, 'No such award in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.awards.get(ctx, params.id);
  }
}
