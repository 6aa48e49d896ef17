import 'reflect-metadata';
import { bootstrap } from '@ipbureau/nest-kit';
import { createAppModule } from './app.module.js';
import { loadPlatformConfig } from './config.js';

const config = loadPlatformConfig();
await bootstrap(createAppModule(config), config, {
  description: 'Identity (users, departments, roles, tokens), plans and indicators, and the auditor’s reader of the audit trail.',
});
