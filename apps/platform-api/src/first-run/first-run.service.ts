import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MODULES, type TRole } from '@ipbureau/domain';
import { AuditWriter, inTransaction, LOGGER, type Logger } from '@ipbureau/nest-kit';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { UserEntity } from '../users/user.entity.js';
import { DepartmentEntity } from '../departments/department.entity.js';

/**
 * The bureau's usual departments (市场监督管理局（知识产权局）and its IP sections), created on an
 * empty database as a starting point the system administrator then edits.
 */
const STARTER_DEPARTMENTS = [
  { code: 'BUREAU', name: '市场监督管理局（知识产权局）', parent: null },
  { code: 'IP-CREATION', name: '知识产权促进科', parent: 'BUREAU' },
  { code: 'IP-UTILIZATION', name: '知识产权运用科', parent: 'BUREAU' },
  { code: 'IP-PROTECTION', name: '知识产权保护科', parent: 'BUREAU' },
  { code: 'IP-SERVICES', name: '知识产权公共服务科', parent: 'BUREAU' },
  { code: 'INFO', name: '信息中心', parent: 'BUREAU' },
] as const;

/**
 * First start on an empty database: the starter departments and the first system
 * administrator. Its password comes from IPB_ADMIN_PASSWORD or is generated and printed once;
 * there is no default password in the code.
 */
@Injectable()
export class FirstRunService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const generated = await inTransaction(this.dataSource, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('platform.first_run'))`);
      if ((await em.count(UserEntity)) > 0) return null;
      const region = this.config.regionCode;
      const ctx = { requestId: 'first-run', principal: null, clientAddress: null, userAgent: null, locale: 'zh-CN' as const };
      const ids = new Map<string, string>();
      for (const d of STARTER_DEPARTMENTS) {
        const saved = await em.save(DepartmentEntity, { code: d.code, name: d.name, parentId: d.parent ? (ids.get(d.parent) ?? null) : null, regionCode: region, createdAt: new Date() });
        ids.set(d.code, saved.id);
        await this.audit.record(em, ctx, { entity: 'department', entityId: saved.id, action: 'create', after: { code: d.code, name: d.name }, regionCode: region });
      }
      const password = this.config.adminPassword ?? generatePassword();
      // The first administrator manages users (系统管理员) and can look at every module to check
      // the installation; it is not an auditor or security administrator (三员分立).
      const roles: TRole[] = ['system-admin', ...MODULES.map((m) => `${m}:viewer` as TRole)];
      const now = new Date();
      const admin = await em.save(UserEntity, {
        username: 'admin',
        displayName: '系统管理员',
        passwordHash: await hashPassword(password),
        roles,
        regionCode: region,
        departmentId: ids.get('INFO') ?? null,
        dataScope: { kind: 'region' },
        disabled: false,
        mustChangePassword: !this.config.adminPassword,
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(em, ctx, { entity: 'user', entityId: admin.id, action: 'create', after: { username: 'admin', roles }, regionCode: region });
      return this.config.adminPassword ? null : password;
    });
    if (generated) {
      this.logger.warn({ username: 'admin' }, 'first administrator created');
      // Printed once, on the console only (not in the structured log), for the installer to note.
      process.stdout.write(
        `\n  First administrator created.\n    username: admin\n    password: ${generated}\n  Change it after signing in.\n\n`,
      );
    }
  }
}
