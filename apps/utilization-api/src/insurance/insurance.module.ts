import { Module } from '@nestjs/common';
import { PaymentApprovalsModule } from '../payment-approvals/payment-approvals.module.js';
import { InsuranceClaimsController } from './insurance-claims.controller.js';
import { InsuranceController } from './insurance.controller.js';
import { InsuranceService } from './insurance.service.js';

@Module({ imports: [PaymentApprovalsModule], controllers: [InsuranceController, InsuranceClaimsController], providers: [InsuranceService] })
export class InsuranceModule {}
