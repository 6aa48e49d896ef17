import { type DynamicModule, Module } from '@nestjs/common';
import { KitModule, type ServiceConfig } from '@ipbureau/nest-kit';
import { CreatePatents1764000000000 } from './migrations/1764000000000-create-patents.js';
import { PatentEntity } from './patents/patent.entity.js';
import { PatentsModule } from './patents/patents.module.js';

@Module({})
export class CreationAppModule {}

/** The creation service: the kit plus its features; entities and migrations listed one by one. */
export function createAppModule(config: ServiceConfig): DynamicModule {
  return {
    module: CreationAppModule,
    imports: [
      KitModule.forService({ config, database: { entities: [PatentEntity], migrations: [CreatePatents1764000000000] } }),
      PatentsModule,
    ],
  };
}
