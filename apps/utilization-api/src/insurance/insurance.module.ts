import { Module } from '@nestjs/common';
import { InsuranceClaimsController } from './insurance-claims.controller.js';
import { InsuranceController } from './insurance.controller.js';
import { InsuranceService } from './insurance.service.js';

@Module({ controllers: [InsuranceController, InsuranceClaimsController], providers: [InsuranceService] })
export class InsuranceModule {}
