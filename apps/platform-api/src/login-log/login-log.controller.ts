import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ZLoginLogEntry, ZLoginLogQuery, ZPage, type TLoginLogEntry, type TPage } from '@ipbureau/domain';
import { AuthCtx, type AuthenticatedContext, divisionPattern, paginate, RequireAdmin, ZQuery, ZResponse } from '@ipbureau/nest-kit';
import { LoginLogEntity } from './login-log.entity.js';

const mapEntry = (e: LoginLogEntity): TLoginLogEntry => ({
  id: String(e.id),
  username: e.username,
  userId: e.userId,
  success: e.success,
  reason: e.reason,
  clientAddress: e.clientAddress,
  userAgent: e.userAgent,
  at: e.at.toISOString(),
});

@ApiTags('login-log')
@Controller('login-log')
export class LoginLogController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @RequireAdmin('security-admin', 'auditor')
  @ApiOperation({ summary: 'Sign-in attempts, successful and failed, with the client address' })
  @ZResponse(200, ZPage(ZLoginLogEntry), 'A page of attempts, newest first')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZLoginLogQuery) query: { page: number; pageSize: number; username?: string; success?: boolean }): Promise<TPage<TLoginLogEntry>> {
    const qb = this.dataSource
      .getRepository(LoginLogEntity)
      .createQueryBuilder('l')
      .where('l.region_code LIKE :prefix', { prefix: divisionPattern(ctx.principal.region) })
      .orderBy('l.at', 'DESC')
      .addOrderBy('l.id', 'DESC');
    if (query.username) qb.andWhere('l.username = :username', { username: query.username });
    if (query.success !== undefined) qb.andWhere('l.success = :success', { success: query.success });
    return paginate(qb, query, mapEntry);
  }
}
