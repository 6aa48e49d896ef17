import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';
import { ImportWorker } from './imports.worker.js';

@Module({ controllers: [ImportsController], providers: [ImportsService, ImportWorker], exports: [ImportWorker] })
export class ImportsModule {}
