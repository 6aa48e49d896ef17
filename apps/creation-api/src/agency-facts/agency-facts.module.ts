import { Module } from '@nestjs/common';
import { AgencyFactsController } from './agency-facts.controller.js';
import { AgencyFactsService } from './agency-facts.service.js';

@Module({ controllers: [AgencyFactsController], providers: [AgencyFactsService] })
export class AgencyFactsModule {}
