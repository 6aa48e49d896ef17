import { Module } from '@nestjs/common';
import { PledgeBreakdownController } from './pledge-breakdown.controller.js';
import { PledgeBreakdownService } from './pledge-breakdown.service.js';

/** The pledge financing breakdowns behind the overview's charts (the single figures are metric providers). */
@Module({ controllers: [PledgeBreakdownController], providers: [PledgeBreakdownService] })
export class PledgeMetricsModule {}
