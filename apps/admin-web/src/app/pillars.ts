import type { RouteObject } from 'react-router';
import type { TModule } from '@ipbureau/domain';
import { creationModule } from '@ipbureau/creation-web';
import { protectionModule } from '@ipbureau/protection-web';
import { publicServicesModule } from '@ipbureau/public-services-web';
import type { PillarModule } from '@ipbureau/ui';
import { utilizationModule } from '@ipbureau/utilization-web';

/** The four pillars of the plan (chapter 四), in the plan's order. */
export const PILLARS: readonly PillarModule<TModule, RouteObject>[] = [
  creationModule,
  utilizationModule,
  protectionModule,
  publicServicesModule,
];
