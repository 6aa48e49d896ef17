import { Module } from '@nestjs/common';
import { KeyEnterprisesController } from './key-enterprises.controller.js';
import { KeyEnterprisesService } from './key-enterprises.service.js';

@Module({ controllers: [KeyEnterprisesController], providers: [KeyEnterprisesService] })
export class KeyEnterprisesModule {}
