import { type DynamicModule, Module } from '@nestjs/common';
import { KitModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { CasesModule } from './cases/cases.module.js';
import { EnforcementCaseEntity } from './cases/enforcement-case.entity.js';
import { CreateCases1764000000000 } from './migrations/1764000000000-create-cases.js';

@Module({})
export class ProtectionAppModule {}

/** The protection service. Entities and migrations are listed explicitly, never discovered. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  const kit = KitModule.forService({
    config,
    database: { entities: [EnforcementCaseEntity], migrations: [CreateCases1764000000000] },
  });
  return { module: ProtectionAppModule, imports: [kit, CasesModule] };
}
