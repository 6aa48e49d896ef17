import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type Repository } from 'typeorm';
import { passwordProblems, type TLocale, type TPage, type TUser, type TUserCreate, type TUserUpdate } from '@ipbureau/domain';
import { AuditWriter, type AuthenticatedContext, conflict, divisionPattern, inTransaction, isWithinDivision, notFound, paginate, text, validationError } from '@ipbureau/nest-kit';

const fieldError = (locale: TLocale, path: string, zh: string, en: string) =>
  validationError([{ path, code: 'custom', message: locale === 'en' ? en : zh }]);
import { UserEntity } from './user.entity.js';
import { auditableUser, mapUser } from './users.mapper.js';
import { hashPassword } from '../auth/password.js';
import { DepartmentEntity } from '../departments/department.entity.js';

/** User administration: the system administrator's work (三员分立). */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(ctx: AuthenticatedContext, query: { page: number; pageSize: number; q?: string | undefined }): Promise<TPage<TUser>> {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.region_code LIKE :prefix', { prefix: divisionPattern(ctx.principal.region) })
      .orderBy('u.username');
    if (query.q) {
      qb.andWhere(new Brackets((w) => w.where('u.username ILIKE :q', { q: `%${query.q}%` }).orWhere('u.display_name ILIKE :q')));
    }
    return paginate(qb, query, mapUser);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TUser> {
    return mapUser(await this.find(ctx, id));
  }

  async create(ctx: AuthenticatedContext, body: TUserCreate): Promise<TUser> {
    this.checkPassword(ctx.locale, body.password, body.username);
    this.checkRegion(ctx, body.regionCode);
    return inTransaction(this.dataSource, async (em) => {
      if (body.departmentId) await this.requireDepartment(em.getRepository(DepartmentEntity), body.departmentId);
      if (await em.exists(UserEntity, { where: { username: body.username } })) {
        throw conflict(text(`用户名 ${body.username} 已存在`, `Username ${body.username} is taken`));
      }
      const now = new Date();
      const user = await em.save(UserEntity, {
        username: body.username,
        displayName: body.displayName,
        passwordHash: await hashPassword(body.password),
        roles: body.roles,
        regionCode: body.regionCode,
        departmentId: body.departmentId,
        dataScope: body.dataScope,
        disabled: false,
        // A password set by an administrator is known to two people until the user changes it.
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(em, ctx, { entity: 'user', entityId: user.id, action: 'create', after: auditableUser(user), regionCode: user.regionCode });
      return mapUser(user);
    });
  }

  async update(ctx: AuthenticatedContext, id: string, body: TUserUpdate): Promise<TUser> {
    return inTransaction(this.dataSource, async (em) => {
      const before = await this.find(ctx, id, em.getRepository(UserEntity));
      if (body.departmentId) await this.requireDepartment(em.getRepository(DepartmentEntity), body.departmentId);
      if (id === ctx.principal.sub && body.disabled) {
        throw conflict(text('不能停用自己的账户', 'You cannot disable your own account'));
      }
      const after = em.merge(UserEntity, em.create(UserEntity, before), { ...body, updatedAt: new Date() });
      await em.save(UserEntity, after);
      if (body.disabled) {
        await em.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'user_disabled' WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      }
      await this.audit.record(em, ctx, { entity: 'user', entityId: id, action: 'update', before: auditableUser(before), after: auditableUser(after), regionCode: after.regionCode });
      return mapUser(after);
    });
  }

  async resetPassword(ctx: AuthenticatedContext, id: string, password: string): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const user = await this.find(ctx, id, em.getRepository(UserEntity));
      this.checkPassword(ctx.locale, password, user.username);
      await em.update(UserEntity, { id }, { passwordHash: await hashPassword(password), mustChangePassword: true, failedAttempts: 0, lockedUntil: null, passwordChangedAt: new Date(), updatedAt: new Date() });
      await em.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'password_reset' WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      await this.audit.record(em, ctx, { entity: 'user', entityId: id, action: 'update', after: { passwordReset: true }, regionCode: user.regionCode });
    });
  }

  async unlock(ctx: AuthenticatedContext, id: string): Promise<TUser> {
    return inTransaction(this.dataSource, async (em) => {
      const user = await this.find(ctx, id, em.getRepository(UserEntity));
      await em.update(UserEntity, { id }, { failedAttempts: 0, lockedUntil: null, updatedAt: new Date() });
      await this.audit.record(em, ctx, { entity: 'user', entityId: id, action: 'update', before: { lockedUntil: user.lockedUntil }, after: { lockedUntil: null }, regionCode: user.regionCode });
      return mapUser({ ...user, failedAttempts: 0, lockedUntil: null });
    });
  }

  private async find(ctx: AuthenticatedContext, id: string, repo = this.dataSource.getRepository(UserEntity)): Promise<UserEntity> {
    const user = await repo.findOne({ where: { id } });
    if (!user || !isWithinDivision(user.regionCode, ctx.principal.region)) throw notFound('用户', 'User');
    return user;
  }

  private checkRegion(ctx: AuthenticatedContext, regionCode: string) {
    if (!isWithinDivision(regionCode, ctx.principal.region)) {
      throw fieldError(ctx.locale, 'regionCode', '超出您管理的行政区划', 'Outside your region');
    }
  }

  private checkPassword(locale: TLocale, password: string, username: string) {
    if (passwordProblems(password, username).includes('password.containsUsername')) {
      throw fieldError(locale, 'password', '密码不能包含用户名', 'Password must not contain the username');
    }
  }

  private async requireDepartment(repo: Repository<DepartmentEntity>, id: string) {
    if (!(await repo.exists({ where: { id } }))) throw fieldError('zh-CN', 'departmentId', '部门不存在', 'No such department');
  }
}
