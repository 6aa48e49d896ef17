import { Module } from '@nestjs/common';
import { OverseasController } from './overseas.controller.js';
import { OverseasService } from './overseas.service.js';

@Module({ controllers: [OverseasController], providers: [OverseasService] })
export class OverseasModule {}
