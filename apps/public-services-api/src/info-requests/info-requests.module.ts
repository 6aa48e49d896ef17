import { Module } from '@nestjs/common';
import { InfoRequestsController } from './info-requests.controller.js';
import { InfoRequestsService } from './info-requests.service.js';

@Module({ controllers: [InfoRequestsController], providers: [InfoRequestsService] })
export class InfoRequestsModule {}
