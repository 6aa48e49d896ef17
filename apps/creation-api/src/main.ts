import 'reflect-metadata';
import { bootstrap } from '@ipbureau/nest-kit';
import { createAppModule } from './app.module.js';
import { loadCreationConfig } from './config.js';

const config = loadCreationConfig();
await bootstrap(createAppModule(config), config, {
  description: 'Creation pillar (plan 四.二): patents, trademarks, geographical indications, enterprise cultivation',
});
