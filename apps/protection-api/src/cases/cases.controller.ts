import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZCaseDocument,
  ZCaseDocumentCreate,
  ZCaseDocumentParams,
  ZCaseDocumentVoid,
  type TCaseDocumentCreate,
  type TCaseDocumentVoid,
  ZCase,
  ZCaseCreate,
  ZCaseDetail,
  ZCaseListQuery,
  ZCaseSummary,
  ZCaseSummaryQuery,
  ZCaseTransitionRequest,
  ZCaseUpdate,
  type TCaseCreate,
  type TCaseListQuery,
  type TCaseSummaryQuery,
  type TCaseTransitionRequest,
  type TCaseUpdate,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { CaseDocumentsService } from './case-documents.service.js';
import { CaseSummaryService } from './case-summary.service.js';
import { CaseTransitionsService } from './case-transitions.service.js';
import { CasesService } from './cases.service.js';
import { CASE_DOCUMENTS_EXPORT, CASES_EXPORT } from './cases.export.js';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly transitions: CaseTransitionsService,
    private readonly summary: CaseSummaryService,
    private readonly documents: CaseDocumentsService,
  ) {}

  @Post()
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Register (立案) an administrative enforcement case with its parties and assigned officers' })
  @ZResponse(201, ZCaseDetail, 'The registered case file, status registered')
  @ZResponse(400, null, 'A field is invalid, the date is in the future, or the district is outside the region')
  @ZResponse(409, null, 'The case number is already in use')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZCaseCreate) body: TCaseCreate) {
    return this.cases.register(ctx, body);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Cases in the caller’s data scope, most recently registered first' })
  @ZResponse(200, ZPage(ZCase), 'One page of cases')
  @XlsxExport(CASES_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZCaseListQuery) query: TCaseListQuery) {
    return this.cases.list(ctx, query);
  }

  @Get('summary')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'The overview’s figures for a year: cases by kind, registered and closed by month, open cases, fines and confiscations' })
  @ZResponse(200, ZCaseSummary, 'The year’s figures over the caller’s data scope')
  summarize(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZCaseSummaryQuery) query: TCaseSummaryQuery) {
    return this.summary.summarize(ctx, query.year);
  }

  @Get(':id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One case file with parties, officers, timeline and the caller’s allowed next actions; a case outside the caller’s data scope is not found' })
  @ZResponse(200, ZCaseDetail, 'The case file')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.cases.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Change the case’s name, parties or officers; the status moves only by transitions' })
  @ZResponse(200, ZCaseDetail, 'The case file as changed')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  @ZResponse(409, null, 'The case changed since the caller read the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZCaseUpdate) body: TCaseUpdate) {
    return this.cases.update(ctx, params.id, body);
  }

  @Post(':id/transitions')
  @RequireModule('protection', 'officer')
  @ApiOperation({
    summary: 'Take the next step of the case (investigate, decide, execute, close, transfer, withdraw, mediate), dated; the approver decides, closes, transfers and withdraws',
  })
  @ZResponse(201, ZCaseDetail, 'The case file after the step, the step last on its timeline')
  @ZResponse(400, null, 'A field is invalid or the date is before the previous step')
  @ZResponse(403, null, 'The step is taken by an approver')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  @ZResponse(409, null, 'The step is not allowed from the case’s status (the allowed ones are named), or the case changed since the version sent')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZCaseTransitionRequest) body: TCaseTransitionRequest) {
    return this.transitions.apply(ctx, params.id, body);
  }

  @Get(':id/documents')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'The register of the case’s documents 案卷文书 by the date they bear, voided entries included' })
  @ZResponse(200, z.array(ZCaseDocument), 'Every entry of the register')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  @XlsxExport(CASE_DOCUMENTS_EXPORT)
  listDocuments(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.documents.list(ctx, params.id);
  }

  @Post(':id/documents')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Enter a document in the case’s register, recorded as by the caller' })
  @ZResponse(201, ZCaseDocument, 'The entry as recorded')
  @ZResponse(400, null, 'A field is invalid, or the date is in the future or before the case’s registration')
  @ZResponse(404, null, 'No such case in the caller’s data scope')
  addDocument(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZCaseDocumentCreate) body: TCaseDocumentCreate) {
    return this.documents.add(ctx, params.id, body);
  }

  @Post(':id/documents/:docId/void')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Void an entry of the register with a reason; it stays in the register, struck through' })
  @ZResponse(201, ZCaseDocument, 'The entry as voided')
  @ZResponse(400, null, 'No reason is given')
  @ZResponse(404, null, 'No such case in the caller’s data scope, or no such entry of its register')
  @ZResponse(409, null, 'The entry is already voided')
  voidDocument(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZCaseDocumentParams) params: { id: string; docId: string }, @ZBody(ZCaseDocumentVoid) body: TCaseDocumentVoid) {
    return this.documents.void(ctx, params.id, params.docId, body);
  }
}
