import { Module } from '@nestjs/common';
import { CommercializationController } from './commercialization.controller.js';
import { CommercializationService } from './commercialization.service.js';

@Module({ controllers: [CommercializationController], providers: [CommercializationService] })
export class CommercializationModule {}
