import { Controller, Delete, Get, HttpCode } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZErrorBody, ZIdParam, ZPage, ZPageQuery, ZSession, type TPageQuery } from '@ipbureau/domain';
import { AuthCtx, RequireAdmin, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @RequireAdmin('security-admin')
  @ApiOperation({ summary: 'Online sessions of the region' })
  @ZResponse(200, ZPage(ZSession), 'A page of active sessions')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPageQuery) query: TPageQuery) {
    return this.sessions.listActive(ctx, query);
  }

  @Delete(':id')
  @RequireAdmin('security-admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Force a session out' })
  @ZResponse(204, null, 'Revoked')
  @ZResponse(404, ZErrorBody, 'No such session')
  revoke(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.sessions.revoke(ctx, params.id);
  }
}
