import { Module } from '@nestjs/common';
import { PledgesController } from './pledges.controller.js';
import { PledgesService } from './pledges.service.js';

@Module({ controllers: [PledgesController], providers: [PledgesService] })
export class PledgesModule {}
