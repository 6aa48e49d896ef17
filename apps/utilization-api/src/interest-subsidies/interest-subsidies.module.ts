import { Module } from '@nestjs/common';
import { PaymentApprovalsModule } from '../payment-approvals/payment-approvals.module.js';
import { InterestSubsidiesController, InterestSubsidyRulesController } from './interest-subsidies.controller.js';
import { InterestSubsidiesService } from './interest-subsidies.service.js';

@Module({ imports: [PaymentApprovalsModule], controllers: [InterestSubsidyRulesController, InterestSubsidiesController], providers: [InterestSubsidiesService] })
export class InterestSubsidiesModule {}
