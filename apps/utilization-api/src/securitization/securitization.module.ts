import { Module } from '@nestjs/common';
import { SecuritizationController } from './securitization.controller.js';
import { SecuritizationService } from './securitization.service.js';

@Module({ controllers: [SecuritizationController], providers: [SecuritizationService] })
export class SecuritizationModule {}
