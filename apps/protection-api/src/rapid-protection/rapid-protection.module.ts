import { Module } from '@nestjs/common';
import { RapidProtectionController } from './rapid-protection.controller.js';
import { RapidProtectionService } from './rapid-protection.service.js';
import { RapidServiceLevelsController } from './rapid-service-levels.controller.js';
import { RapidServiceLevelsService } from './rapid-service-levels.service.js';

// The levels' controller comes first so `service-levels` is matched before any `:id` route of the centre.
@Module({ controllers: [RapidServiceLevelsController, RapidProtectionController], providers: [RapidServiceLevelsService, RapidProtectionService] })
export class RapidProtectionModule {}
