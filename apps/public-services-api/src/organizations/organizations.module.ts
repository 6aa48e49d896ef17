import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { TrainingModule } from '../training/training.module.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';
import { PillarClient } from './pillar.client.js';

@Module({ imports: [AgenciesModule, TrainingModule], controllers: [OrganizationsController], providers: [OrganizationsService, PillarClient] })
export class OrganizationsModule {}
