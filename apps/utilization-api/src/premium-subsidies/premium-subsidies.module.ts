import { Module } from '@nestjs/common';
import { PaymentApprovalsModule } from '../payment-approvals/payment-approvals.module.js';
import { PremiumSubsidiesController } from './premium-subsidies.controller.js';
import { PremiumSubsidiesService } from './premium-subsidies.service.js';

@Module({ imports: [PaymentApprovalsModule], controllers: [PremiumSubsidiesController], providers: [PremiumSubsidiesService] })
export class PremiumSubsidiesModule {}
