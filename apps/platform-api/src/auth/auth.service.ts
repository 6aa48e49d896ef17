import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { TLoginRequest, TTokenResponse } from '@ipbureau/domain';
import { AuditWriter, DomainException, inTransaction, text, unauthenticated, type AuthenticatedContext, type RequestContext } from '@ipbureau/nest-kit';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config.js';
import { SigningKeyStore } from '../keys/signing-keys.service.js';
import { UserEntity } from '../users/user.entity.js';
import { mapCurrentUser } from '../users/users.mapper.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { LoginLogEntity } from '../login-log/login-log.entity.js';
import { DECOY_HASH, verifyPassword } from './password.js';

/** 等保 policy: five consecutive failures lock the account for fifteen minutes. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

const BAD_CREDENTIALS = text('用户名或密码错误', 'Wrong username or password');

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeyStore,
    private readonly audit: AuditWriter,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async login(ctx: RequestContext, body: TLoginRequest): Promise<TTokenResponse> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { username: body.username } });
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      await this.logAttempt(ctx, body.username, user, false, 'locked');
      throw this.lockedError(user.lockedUntil);
    }
    const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !passwordOk || user.disabled) {
      const reason = !user ? 'unknown_user' : user.disabled ? 'disabled' : 'bad_password';
      const lockedUntil = user && !user.disabled && !passwordOk ? await this.countFailure(ctx, user) : null;
      if (reason !== 'bad_password') await this.logAttempt(ctx, body.username, user, false, reason);
      if (lockedUntil) {
        throw new DomainException(
          'UNAUTHENTICATED',
          text(`用户名或密码错误；已连续失败${LOCKOUT_THRESHOLD}次，账户锁定${LOCKOUT_MINUTES}分钟`, `Wrong username or password; after ${LOCKOUT_THRESHOLD} failures the account is locked for ${LOCKOUT_MINUTES} minutes`),
        );
      }
      throw new DomainException('UNAUTHENTICATED', user?.disabled ? text('账户已停用，请联系系统管理员', 'The account is disabled; contact the system administrator') : BAD_CREDENTIALS);
    }
    return inTransaction(this.dataSource, async (em) => {
      await em.update(UserEntity, { id: user.id }, { failedAttempts: 0, lockedUntil: null, lastLoginAt: () => 'now()' } as never);
      await this.insertLog(em, ctx, body.username, user, true, null);
      const session = await em.save(SessionEntity, {
        userId: user.id,
        regionCode: user.regionCode,
        createdAt: new Date(),
        lastSeenAt: new Date(),
        idleExpiresAt: this.idleDeadline(),
        maxExpiresAt: new Date(Date.now() + this.config.sessionMaxHours * 3600_000),
        revokedAt: null,
        revokedReason: null,
        clientAddress: ctx.clientAddress,
        userAgent: ctx.userAgent,
      });
      const refreshToken = await this.issueRefreshToken(em, session.id);
      const withActor = { ...ctx, principal: this.claimsFor(user, session.id) };
      await this.audit.record(em, withActor, { entity: 'session', entityId: session.id, action: 'login', after: { userId: user.id, clientAddress: ctx.clientAddress }, regionCode: user.regionCode });
      return this.tokenResponse(user, session, refreshToken);
    });
  }

  /**
   * Rotating refresh: each refresh token is good once. A token presented a second time means
   * it was copied, so the whole session (every token rotated from the same sign-in) is revoked.
   */
  async refresh(ctx: RequestContext, presented: string): Promise<TTokenResponse> {
    const outcome = await inTransaction(this.dataSource, async (em) => {
      const rows = (await em.query(
        `SELECT t.id, t.used_at, t.session_id FROM refresh_tokens t WHERE t.token_hash = $1 FOR UPDATE`,
        [hashToken(presented)],
      )) as { id: string; used_at: Date | null; session_id: string }[];
      const token = rows[0];
      if (!token) return { kind: 'unknown' as const };
      const session = await em.findOne(SessionEntity, { where: { id: token.session_id }, lock: { mode: 'pessimistic_write' } });
      if (!session) return { kind: 'unknown' as const };
      if (token.used_at) {
        if (!session.revokedAt) {
          await em.update(SessionEntity, { id: session.id }, { revokedAt: new Date(), revokedReason: 'refresh_token_reuse' });
          await this.audit.record(em, ctx, { entity: 'session', entityId: session.id, action: 'revoke', after: { reason: 'refresh_token_reuse' }, regionCode: session.regionCode });
        }
        return { kind: 'reused' as const };
      }
      const now = new Date();
      if (session.revokedAt || session.idleExpiresAt <= now || session.maxExpiresAt <= now) return { kind: 'expired' as const };
      const user = await em.findOne(UserEntity, { where: { id: session.userId } });
      if (!user || user.disabled) return { kind: 'expired' as const };
      await em.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [token.id]);
      session.lastSeenAt = now;
      session.idleExpiresAt = this.idleDeadline();
      await em.update(SessionEntity, { id: session.id }, { lastSeenAt: session.lastSeenAt, idleExpiresAt: session.idleExpiresAt });
      const refreshToken = await this.issueRefreshToken(em, session.id);
      return { kind: 'ok' as const, response: await this.tokenResponse(user, session, refreshToken) };
    });
    switch (outcome.kind) {
      case 'ok':
        return outcome.response;
      case 'reused':
        throw new DomainException('UNAUTHENTICATED', text('刷新令牌已被使用过，为安全起见该会话已注销，请重新登录', 'This refresh token was already used; the session has been revoked for safety. Sign in again'));
      case 'expired':
        throw new DomainException('UNAUTHENTICATED', text('会话已结束，请重新登录', 'The session has ended; sign in again'));
      case 'unknown':
        throw unauthenticated(text('刷新令牌无效', 'The refresh token is invalid'));
    }
  }

  async logout(ctx: AuthenticatedContext): Promise<void> {
    await inTransaction(this.dataSource, async (em) => {
      const result = await em.update(SessionEntity, { id: ctx.principal.sid, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: 'logout' });
      if (result.affected) {
        await this.audit.record(em, ctx, { entity: 'session', entityId: ctx.principal.sid, action: 'logout', regionCode: ctx.principal.region });
      }
    });
  }

  private idleDeadline(): Date {
    return new Date(Date.now() + this.config.sessionIdleMinutes * 60_000);
  }

  private async issueRefreshToken(em: EntityManager, sessionId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await em.query(`INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)`, [sessionId, hashToken(token)]);
    return token;
  }

  private claimsFor(user: UserEntity, sessionId: string) {
    return { sub: user.id, sid: sessionId, name: user.displayName, roles: user.roles, region: user.regionCode, dept: user.departmentId, scope: user.dataScope };
  }

  private async tokenResponse(user: UserEntity, session: SessionEntity, refreshToken: string): Promise<TTokenResponse> {
    const ttl = this.config.accessTokenTtlSeconds;
    const refreshExpires = new Date(Math.min(session.idleExpiresAt.getTime(), session.maxExpiresAt.getTime()));
    return {
      tokenType: 'Bearer',
      accessToken: await this.keys.sign(this.claimsFor(user, session.id), ttl),
      expiresIn: ttl,
      refreshToken,
      refreshExpiresAt: refreshExpires.toISOString(),
      user: mapCurrentUser(user),
    };
  }

  /** Counts a failed password and locks at the threshold; returns the lock's end if it locked now. */
  private async countFailure(ctx: RequestContext, user: UserEntity): Promise<Date | null> {
    return inTransaction(this.dataSource, async (em) => {
      const rows = (await em.query(
        `UPDATE users SET failed_attempts = failed_attempts + 1,
                locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1 RETURNING failed_attempts, locked_until`,
        [user.id, LOCKOUT_THRESHOLD, LOCKOUT_MINUTES],
      )) as [{ failed_attempts: number; locked_until: Date | null }[], number];
      const row = rows[0][0];
      const lockedNow = !!row && row.failed_attempts >= LOCKOUT_THRESHOLD && row.failed_attempts - 1 < LOCKOUT_THRESHOLD;
      await this.insertLog(em, ctx, user.username, user, false, lockedNow ? 'bad_password_locked' : 'bad_password');
      if (lockedNow) {
        await this.audit.record(em, ctx, { entity: 'user', entityId: user.id, action: 'update', after: { lockedUntil: row.locked_until, reason: 'too_many_failures' }, regionCode: user.regionCode });
      }
      return lockedNow ? row.locked_until : null;
    });
  }

  private async logAttempt(ctx: RequestContext, username: string, user: UserEntity | null, success: boolean, reason: string | null) {
    await this.insertLog(this.dataSource.manager, ctx, username, user, success, reason);
  }

  private async insertLog(em: EntityManager, ctx: RequestContext, username: string, user: UserEntity | null, success: boolean, reason: string | null) {
    await em.insert(LoginLogEntity, {
      username: username.slice(0, 64),
      userId: user?.id ?? null,
      success,
      reason,
      clientAddress: ctx.clientAddress,
      userAgent: ctx.userAgent,
      regionCode: user?.regionCode ?? this.config.regionCode,
      at: new Date(),
    });
  }

  private lockedError(until: Date): DomainException {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return new DomainException('ACCOUNT_LOCKED', text(`账户已锁定，请${minutes}分钟后再试`, `The account is locked; try again in ${minutes} minutes`));
  }
}
