import 'reflect-metadata';
import { bootstrap } from '@ipbureau/nest-kit';
import { createAppModule } from './app.module.js';
import { loadUtilizationConfig } from './config.js';

const config = loadUtilizationConfig();
await bootstrap(createAppModule(config), config, {
  description: 'Utilization pillar (plan 四.三): IP pledge financing, insurance, transfer and licensing, patent awards',
});
