import { Module } from '@nestjs/common';
import { PillarClient } from '../organizations/pillar.client.js';
import { SupervisionResultsController } from './supervision-results.controller.js';
import { SupervisionResultsService } from './supervision-results.service.js';

@Module({ controllers: [SupervisionResultsController], providers: [SupervisionResultsService, PillarClient] })
export class SupervisionResultsModule {}
