import { Module } from '@nestjs/common';
import { PaymentApprovalsController } from './payment-approvals.controller.js';
import { PaymentApprovals } from './payment-approvals.service.js';

/** The maker-checker register; payment kinds import it and call `PaymentApprovals`. */
@Module({ controllers: [PaymentApprovalsController], providers: [PaymentApprovals], exports: [PaymentApprovals] })
export class PaymentApprovalsModule {}
