import { Module } from '@nestjs/common';
import { TrademarksController } from './trademarks.controller.js';
import { TrademarksService } from './trademarks.service.js';

@Module({ controllers: [TrademarksController], providers: [TrademarksService] })
export class TrademarksModule {}
