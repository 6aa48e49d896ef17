import { Module } from '@nestjs/common';
import { PaymentApprovalsModule } from '../payment-approvals/payment-approvals.module.js';
import { FundClaimsController } from './fund-claims.controller.js';
import { FundsController } from './funds.controller.js';
import { RiskFundService } from './risk-fund.service.js';

@Module({ imports: [PaymentApprovalsModule], controllers: [FundsController, FundClaimsController], providers: [RiskFundService] })
export class RiskFundModule {}
