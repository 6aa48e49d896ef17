import { Module } from '@nestjs/common';
import { CaseSummaryService } from './case-summary.service.js';
import { CaseTransitionsService } from './case-transitions.service.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';

@Module({ controllers: [CasesController], providers: [CasesService, CaseTransitionsService, CaseSummaryService] })
export class CasesModule {}
