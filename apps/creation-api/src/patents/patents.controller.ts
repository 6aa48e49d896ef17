import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import { ZPatent, ZPatentCreate, ZPatentListQuery, type TPatentCreate, type TPatentListQuery } from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PatentsService } from './patents.service.js';

@ApiTags('patents')
@Controller('patents')
export class PatentsController {
  constructor(private readonly patents: PatentsService) {}

  @Post()
  @RequireModule('creation', 'officer')
  @ApiOperation({ summary: 'Register a patent application (status pending); its type is read from the application number' })
  @ZResponse(201, ZPatent, 'The registered patent')
  @ZResponse(400, null, 'A field is invalid, or the district is not in the region the deployment serves')
  @ZResponse(409, null, 'A patent with this application number is already registered')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPatentCreate) body: TPatentCreate) {
    return this.patents.register(ctx, body);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'Patents in the caller’s data scope, latest filing first' })
  @ZResponse(200, ZPage(ZPatent), 'One page of patents')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPatentListQuery) query: TPatentListQuery) {
    return this.patents.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'One patent; a patent outside the caller’s data scope is not found' })
  @ZResponse(200, ZPatent, 'The patent')
  @ZResponse(404, null, 'No such patent in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.patents.get(ctx, params.id);
  }
}
