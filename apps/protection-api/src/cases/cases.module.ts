import { Module } from '@nestjs/common';
import { CaseDocumentsService } from './case-documents.service.js';
import { CaseSummaryService } from './case-summary.service.js';
import { CaseTransitionsService } from './case-transitions.service.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';

@Module({ controllers: [CasesController], providers: [CasesService, CaseDocumentsService, CaseTransitionsService, CaseSummaryService] })
export class CasesModule {}
