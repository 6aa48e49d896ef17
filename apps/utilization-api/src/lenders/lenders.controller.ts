import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZLender, ZLenderQuery, type TLenderQuery } from '@ipbureau/domain/utilization';
import { AuthCtx, RequireModule, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { LendersService } from './lenders.service.js';

@ApiTags('pledges')
@Controller('lenders')
export class LendersController {
  constructor(private readonly lenders: LendersService) {}

  @Get()
  @RequireModule('utilization', 'viewer')
  @ApiOperation({
    summary: 'The lenders of the pledges in the caller’s data scope, for a picker: credit code, latest name, number of pledges',
    description: 'One entry per credit code, and per normalized name for pledges recorded without a code; the most used first, at most 50.',
  })
  @ZResponse(200, z.array(ZLender), 'The lenders')
  @ZResponse(400, null, '`q` is empty or too long')
  lookup(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZLenderQuery) query: TLenderQuery) {
    return this.lenders.lookup(ctx, query);
  }
}
