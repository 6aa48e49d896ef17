import { Module } from '@nestjs/common';
import { SupervisionController } from './supervision.controller.js';
import { SupervisionService } from './supervision.service.js';

@Module({ controllers: [SupervisionController], providers: [SupervisionService] })
export class SupervisionModule {}
