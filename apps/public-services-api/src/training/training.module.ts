import { Module } from '@nestjs/common';
import { TrainingController, TrainingRegistrationsController } from './training.controller.js';
import { TrainingService } from './training.service.js';

@Module({ controllers: [TrainingController, TrainingRegistrationsController], providers: [TrainingService], exports: [TrainingService] })
export class TrainingModule {}
