import { Module } from '@nestjs/common';
import { AdjudicationController } from './adjudication.controller.js';
import { AdjudicationService } from './adjudication.service.js';

@Module({ controllers: [AdjudicationController], providers: [AdjudicationService] })
export class AdjudicationModule {}
