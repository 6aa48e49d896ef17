import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZDepartment, ZDepartmentCreate, ZDepartmentTreeNode, ZErrorBody, type TDepartmentCreate } from '@ipbureau/domain';
import { Authenticated, AuthCtx, RequireAdmin, ZBody, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { DepartmentsService } from './departments.service.js';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The department tree of the caller’s region (for pickers and the admin screen)' })
  @ZResponse(200, z.array(ZDepartmentTreeNode), 'Root departments with their children')
  tree(@AuthCtx() ctx: AuthenticatedContext) {
    return this.departments.tree(ctx);
  }

  @Post()
  @RequireAdmin('system-admin')
  @ApiOperation({ summary: 'Create a department under a parent' })
  @ZResponse(201, ZDepartment, 'Created')
  @ZResponse(409, ZErrorBody, 'Code already used in the region')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZDepartmentCreate) body: TDepartmentCreate) {
    return this.departments.create(ctx, body);
  }
}
