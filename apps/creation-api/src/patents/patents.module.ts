import { Module } from '@nestjs/common';
import { PatentsController } from './patents.controller.js';
import { PatentsService } from './patents.service.js';

@Module({ controllers: [PatentsController], providers: [PatentsService], exports: [PatentsService] })
export class PatentsModule {}
