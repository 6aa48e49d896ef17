import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZNavigationProject,
  ZNavigationProjectCreate,
  ZNavigationProjectListQuery,
  ZNavigationProjectUpdate,
  type TNavigationProjectCreate,
  type TNavigationProjectListQuery,
  type TNavigationProjectUpdate,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { NavigationService } from './navigation.service.js';

@ApiTags('information services')
@Controller('navigation-projects')
export class NavigationController {
  constructor(private readonly navigation: NavigationService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record a patent navigation project with its industry and deliverables' })
  @ZResponse(201, ZNavigationProject, 'The project')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZNavigationProjectCreate) body: TNavigationProjectCreate) {
    return this.navigation.create(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Navigation projects in the caller’s data scope, latest started first' })
  @ZResponse(200, ZPage(ZNavigationProject), 'One page of projects')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZNavigationProjectListQuery) query: TNavigationProjectListQuery) {
    return this.navigation.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One navigation project' })
  @ZResponse(200, ZNavigationProject, 'The project')
  @ZResponse(404, null, 'No such project in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.navigation.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Change a project (e.g. record a deliverable delivered), against the version read' })
  @ZResponse(200, ZNavigationProject, 'The project as changed')
  @ZResponse(409, null, 'The version sent is stale')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZNavigationProjectUpdate) body: TNavigationProjectUpdate) {
    return this.navigation.update(ctx, params.id, body);
  }
}
