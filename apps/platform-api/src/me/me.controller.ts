import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ZChangePasswordRequest, ZCurrentUser, ZErrorBody, type TChangePasswordRequest, type TCurrentUser } from '@ipbureau/domain';
import { Authenticated, AuditWriter, AuthCtx, DomainException, inTransaction, notFound, text, validationError, ZBody, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { UserEntity } from '../users/user.entity.js';
import { mapCurrentUser } from '../users/users.mapper.js';
import { hashPassword, verifyPassword } from '../auth/password.js';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user, with roles and data scope' })
  @ZResponse(200, ZCurrentUser, 'The current user')
  async me(@AuthCtx() ctx: AuthenticatedContext): Promise<TCurrentUser> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: ctx.principal.sub } });
    if (!user) throw notFound('用户', 'User');
    return mapCurrentUser(user);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change one’s own password' })
  @ZResponse(204, null, 'Changed')
  @ZResponse(422, ZErrorBody, 'The current password is wrong')
  async changePassword(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZChangePasswordRequest) body: TChangePasswordRequest): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const user = await em.findOne(UserEntity, { where: { id: ctx.principal.sub } });
      if (!user) throw notFound('用户', 'User');
      if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
        throw new DomainException('UNPROCESSABLE', text('当前密码不正确', 'The current password is wrong'));
      }
      if (body.newPassword.toLowerCase().includes(user.username.toLowerCase())) {
        throw validationError([{ path: 'newPassword', code: 'custom', message: ctx.locale === 'en' ? 'Password must not contain the username' : '密码不能包含用户名' }]);
      }
      await em.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(body.newPassword), mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() });
      await this.audit.record(em, ctx, { entity: 'user', entityId: user.id, action: 'update', after: { passwordChanged: true }, regionCode: user.regionCode });
    });
  }
}
