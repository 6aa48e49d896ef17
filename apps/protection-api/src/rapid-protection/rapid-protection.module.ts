import { Module } from '@nestjs/common';
import { RapidProtectionController } from './rapid-protection.controller.js';
import { RapidProtectionService } from './rapid-protection.service.js';

@Module({ controllers: [RapidProtectionController], providers: [RapidProtectionService] })
export class RapidProtectionModule {}
