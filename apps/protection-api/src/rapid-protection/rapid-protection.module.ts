import { Module } from '@nestjs/common';
import { RapidProtectionController } from './rapid-protection.controller.js';
import { RapidProtectionService } from './rapid-protection.service.js';
import { RapidServiceLevelsController } from './rapid-service-levels.controller.js';
import { RapidServiceLevelsService } from './rapid-service-levels.service.js';

@Module({ controllers: [RapidServiceLevelsController, RapidProtectionController], providers: [RapidServiceLevelsService, RapidProtectionService] })
export class RapidProtectionModule {}
