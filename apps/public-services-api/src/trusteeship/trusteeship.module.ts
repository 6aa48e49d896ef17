import { Module } from '@nestjs/common';
import { TrusteeshipController } from './trusteeship.controller.js';
import { TrusteeshipService } from './trusteeship.service.js';

@Module({ controllers: [TrusteeshipController], providers: [TrusteeshipService] })
export class TrusteeshipModule {}
