import 'reflect-metadata';
import { bootstrap } from '@ipbureau/nest-kit';
import { createAppModule } from './app.module.js';
import { loadProtectionConfig } from './config.js';

const config = loadProtectionConfig();
await bootstrap(createAppModule(config), config, {
  description: 'Protection pillar (plan 四.四): enforcement cases, adjudication and mediation, rights-protection assistance',
});
