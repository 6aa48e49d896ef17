import { Module } from '@nestjs/common';
import { EcommerceService } from './ecommerce.service.js';
import { EcommerceController, ExhibitionsController } from './exhibitions.controller.js';
import { ExhibitionsService } from './exhibitions.service.js';

@Module({ controllers: [ExhibitionsController, EcommerceController], providers: [ExhibitionsService, EcommerceService] })
export class ExhibitionsModule {}
