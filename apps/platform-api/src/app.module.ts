import { type DynamicModule, Module } from '@nestjs/common';
import { EventsModule, KitModule } from '@ipbureau/nest-kit';
import { PLATFORM_CONFIG, type PlatformConfig } from './config.js';
import { Identity1764100000000 } from './migrations/1764100000000-identity.js';
import { UserEntity } from './users/user.entity.js';
import { DepartmentEntity } from './departments/department.entity.js';
import { SessionEntity } from './sessions/session.entity.js';
import { LoginLogEntity } from './login-log/login-log.entity.js';
import { SigningKeyEntity } from './keys/signing-key.entity.js';
import { SigningKeyStore } from './keys/signing-keys.service.js';
import { LocalKeyVerifier } from './keys/local-key.verifier.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { UsersController } from './users/users.controller.js';
import { UsersService } from './users/users.service.js';
import { DepartmentsController } from './departments/departments.controller.js';
import { DepartmentsService } from './departments/departments.service.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { SessionsService } from './sessions/sessions.service.js';
import { LoginLogController } from './login-log/login-log.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditService } from './audit/audit.service.js';
import { MeController } from './me/me.controller.js';
import { FirstRunService } from './first-run/first-run.service.js';
import { Notifications1764400000000 } from './migrations/1764400000000-notifications.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { AlertEventsHandler } from './notifications/alert-events.handler.js';

/** Notifications: delivered from the pillars' `alert.raised` events. */
@Module({ controllers: [NotificationsController], providers: [NotificationsService], exports: [NotificationsService] })
class NotificationsModule {}

@Module({})
export class PlatformModule {}

export const PLATFORM_ENTITIES = [UserEntity, DepartmentEntity, SessionEntity, LoginLogEntity, SigningKeyEntity];
export const PLATFORM_MIGRATIONS = [Identity1764100000000, Notifications1764400000000];

/** platform-api: identity (users, departments, roles, tokens) and the auditor's reader. */
export function createAppModule(config: PlatformConfig): DynamicModule {
  return {
    module: PlatformModule,
    imports: [
      KitModule.forService({
        config,
        database: { entities: PLATFORM_ENTITIES, migrations: PLATFORM_MIGRATIONS },
        tokenVerifier: LocalKeyVerifier,
        providers: [SigningKeyStore, { provide: PLATFORM_CONFIG, useValue: config }],
      }),
      NotificationsModule,
      EventsModule.consume([AlertEventsHandler], [NotificationsModule]),
    ],
    controllers: [AuthController, MeController, UsersController, DepartmentsController, SessionsController, LoginLogController, AuditController],
    providers: [AuthService, UsersService, DepartmentsService, SessionsService, AuditService, FirstRunService],
  };
}
