import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZErrorBody, ZIdParam, ZPage, ZPasswordReset, ZUser, ZUserCreate, ZUserListQuery, ZUserUpdate, type TPasswordReset, type TUserCreate, type TUserUpdate } from '@ipbureau/domain';
import { AuthCtx, RequireAdmin, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequireAdmin('system-admin', 'security-admin')
  @ApiOperation({ summary: 'List users of the caller’s region' })
  @ZResponse(200, ZPage(ZUser), 'A page of users')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZUserListQuery) query: { page: number; pageSize: number; q?: string }) {
    return this.users.list(ctx, query);
  }

  @Get(':id')
  @RequireAdmin('system-admin', 'security-admin')
  @ApiOperation({ summary: 'One user' })
  @ZResponse(200, ZUser, 'The user')
  @ZResponse(404, ZErrorBody, 'No such user in the caller’s region')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.users.get(ctx, params.id);
  }

  @Post()
  @RequireAdmin('system-admin')
  @ApiOperation({ summary: 'Create a user with roles and data scope; the user must change the password at first sign-in' })
  @ZResponse(201, ZUser, 'Created')
  @ZResponse(400, ZErrorBody, 'Invalid fields, e.g. a weak password or combined administrator roles')
  @ZResponse(409, ZErrorBody, 'Username taken')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZUserCreate) body: TUserCreate) {
    return this.users.create(ctx, body);
  }

  @Patch(':id')
  @RequireAdmin('system-admin')
  @ApiOperation({ summary: 'Change a user’s name, roles, department, data scope or disable the account' })
  @ZResponse(200, ZUser, 'Updated')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZUserUpdate) body: TUserUpdate) {
    return this.users.update(ctx, params.id, body);
  }

  @Post(':id/password')
  @RequireAdmin('system-admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password (the user must change it at next sign-in; their sessions end)' })
  @ZResponse(204, null, 'Password set')
  resetPassword(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZPasswordReset) body: TPasswordReset) {
    return this.users.resetPassword(ctx, params.id, body.password);
  }

  @Post(':id/unlock')
  @RequireAdmin('system-admin', 'security-admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a lockout caused by failed sign-ins' })
  @ZResponse(200, ZUser, 'Unlocked')
  unlock(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.users.unlock(ctx, params.id);
  }
}
