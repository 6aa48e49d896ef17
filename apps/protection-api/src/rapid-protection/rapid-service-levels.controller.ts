import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam } from '@ipbureau/domain';
import {
  ZRapidServiceLevel,
  ZRapidServiceLevelCreate,
  ZRapidServiceLevelQuery,
  ZRapidServiceLevelUpdate,
  type TRapidServiceLevelCreate,
  type TRapidServiceLevelQuery,
  type TRapidServiceLevelUpdate,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { RapidServiceLevelsService } from './rapid-service-levels.service.js';

@ApiTags('rapid-protection')
@Controller('rapid-protection/service-levels')
export class RapidServiceLevelsController {
  constructor(private readonly levels: RapidServiceLevelsService) {}

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'The centre’s service levels 服务时限 by kind and effective date, or those in force on a date' })
  @ZResponse(200, z.array(ZRapidServiceLevel), 'The levels, by kind then effective date')
  list(@ZQuery(ZRapidServiceLevelQuery) query: TRapidServiceLevelQuery) {
    return this.levels.list(query);
  }

  @Post()
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Add a service level from a date (section chief); requests submitted from that date are clocked on it' })
  @ZResponse(201, ZRapidServiceLevel, 'The level as added')
  @ZResponse(409, null, 'A level of the same kind already takes effect that day')
  @ZResponse(422, null, 'Requests were already clocked on or after the date under the previous level (issue at effectiveFrom)')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZRapidServiceLevelCreate) body: TRapidServiceLevelCreate) {
    return this.levels.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Change a level still to take effect, against the version read; a level already applied is kept and a new one added instead' })
  @ZResponse(200, ZRapidServiceLevel, 'The level as changed')
  @ZResponse(400, null, 'A field is invalid, or the new effective date is not after today')
  @ZResponse(404, null, 'No such level')
  @ZResponse(409, null, 'Stale version, or a level of the same kind already takes effect on the new date')
  @ZResponse(422, null, 'The level has already applied (issues at the fields sent)')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZRapidServiceLevelUpdate) body: TRapidServiceLevelUpdate) {
    return this.levels.update(ctx, params.id, body);
  }
}
