import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZCase, ZCaseCreate, ZCaseListQuery, type TCaseCreate, type TCaseListQuery } from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CasesService } from './cases.service.js';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Register (立案) an administrative enforcement case' })
  @ZResponse(201, ZCase, 'The registered case, status registered')
  @ZResponse(400, null, 'A field is invalid, the date is in the future, or the district is outside the region')
  @ZResponse(409, null, 'The case number is already in use')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZCaseCreate) body: TCaseCreate) {
    return this.cases.register(ctx, body);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Cases in the caller’s data scope, most recently registered first' })
  @ZResponse(200, ZPage(ZCase), 'One page of cases')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZCaseListQuery) query: TCaseListQuery) {
    return this.cases.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One case; a case outside the caller’s data scope is not found' })
  @ZResponse(200, ZCase, 'The case')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.cases.get(ctx, params.id);
  }
}
