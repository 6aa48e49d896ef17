import { Module } from '@nestjs/common';
import { ReportRewardRulesController } from './report-reward-rules.controller.js';
import { ReportRewardRulesService } from './report-reward-rules.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({ controllers: [ReportsController, ReportRewardRulesController], providers: [ReportsService, ReportRewardRulesService] })
export class ReportsModule {}
