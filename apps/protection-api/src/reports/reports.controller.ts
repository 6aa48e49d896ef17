import { Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZReport,
  ZReportCreate,
  ZReportDetail,
  ZReportListQuery,
  ZReportReassign,
  ZReportTransitionRequest,
  type TReportCreate,
  type TReportListQuery,
  type TReportReassign,
  type TReportTransitionRequest,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, XlsxExport, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { REPORTS_EXPORT } from './reports.export.js';
import { ReportsService } from './reports.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Register a citizen’s report (举报) and assign its handling officer, status received' })
  @ZResponse(201, ZReportDetail, 'The report (the reporter in clear only to its handling officer)')
  @ZResponse(400, null, 'A field is invalid (the ID number’s check character, the phone, a future date)')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZReportCreate) body: TReportCreate) {
    return this.reports.create(ctx, body);
  }

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'Reports in the caller’s data scope, most recently received first; the reporter masked unless the caller handles the report' })
  @ZResponse(200, ZPage(ZReport), 'One page of reports')
  @XlsxExport(REPORTS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZReportListQuery) query: TReportListQuery) {
    return this.reports.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'One report with its dated timeline and allowed next actions; the reporter masked unless the caller handles it' })
  @ZResponse(200, ZReportDetail, 'The report')
  @ZResponse(404, null, 'No such report in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.reports.get(ctx, params.id);
  }

  @Post(':id/transitions')
  @RequireModule('protection', 'officer')
  @ApiOperation({ summary: 'Verify (linking its case), reject, propose the reward by the rules, approve it (approver) or record its payment, dated' })
  @ZResponse(201, ZReportDetail, 'The report after the step')
  @ZResponse(400, null, 'A field is invalid or the date is before the previous step')
  @ZResponse(403, null, 'The step is taken by an approver')
  @ZResponse(404, null, 'No such report in the caller’s data scope')
  @ZResponse(409, null, 'The step is not allowed from the status (the allowed ones are named), or the report changed since the version sent')
  @ZResponse(422, null, 'The linked case is unknown, or a reward without a case decided with a fine')
  transition(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZReportTransitionRequest) body: TReportTransitionRequest) {
    return this.reports.transition(ctx, params.id, body);
  }

  @Post(':id/reassign')
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Hand the report to another handling officer (approver, the section chief), dated with the reason; the reporter is then in clear only to the new officer' })
  @ZResponse(201, ZReportDetail, 'The report after the reassignment')
  @ZResponse(400, null, 'A field is invalid, the officer is the current one, or the date is before the previous step')
  @ZResponse(403, null, 'Reassigning is the approver’s')
  @ZResponse(404, null, 'No such report in the caller’s data scope')
  @ZResponse(409, null, 'The report is done with (not verified, or its reward paid), or it changed since the version sent')
  reassign(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZReportReassign) body: TReportReassign) {
    return this.reports.reassign(ctx, params.id, body);
  }
}
