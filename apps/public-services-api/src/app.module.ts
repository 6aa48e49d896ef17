import { type DynamicModule, Module } from '@nestjs/common';
import { KitModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { AgenciesModule } from './agencies/agencies.module.js';
import { AgencyEntity } from './agencies/agency.entity.js';
import { CreateAgencies1764000000000 } from './migrations/1764000000000-create-agencies.js';

const ENTITIES = [AgencyEntity];
const MIGRATIONS = [CreateAgencies1764000000000];

@Module({})
export class PublicServicesAppModule {}

export function createAppModule(config: ServiceConfig): DynamicModule {
  return {
    module: PublicServicesAppModule,
    imports: [KitModule.forService({ config, database: { entities: ENTITIES, migrations: MIGRATIONS } }), AgenciesModule],
  };
}
