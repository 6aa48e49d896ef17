import { Module } from '@nestjs/common';
import { ClawbacksService } from './clawbacks.service.js';
import { SubsidiesController, SubsidyRulesController } from './subsidies.controller.js';
import { SubsidiesService } from './subsidies.service.js';

@Module({ controllers: [SubsidyRulesController, SubsidiesController], providers: [SubsidiesService, ClawbacksService] })
export class SubsidiesModule {}
