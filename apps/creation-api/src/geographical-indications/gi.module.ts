import { Module } from '@nestjs/common';
import { GeographicalIndicationsController } from './gi.controller.js';
import { GeographicalIndicationsService } from './gi.service.js';

@Module({ controllers: [GeographicalIndicationsController], providers: [GeographicalIndicationsService] })
export class GeographicalIndicationsModule {}
