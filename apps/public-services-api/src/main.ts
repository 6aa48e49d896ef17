import 'reflect-metadata';
import { bootstrap } from '@ipbureau/nest-kit';
import { createAppModule } from './app.module.js';
import { loadPublicServicesConfig } from './config.js';

const config = loadPublicServicesConfig();
await bootstrap(createAppModule(config), config, {
  description: 'Public-services pillar (plan 四.五, 四.六): agencies and agents, patent information, navigation, training',
});
