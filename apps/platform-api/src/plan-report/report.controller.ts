import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ZIdParam } from '@ipbureau/domain';
import { ZPlanReport, ZReportQuery, type TReportQuery } from '@ipbureau/domain/plans';
import { AuthCtx, RequireModule, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { ReportService } from './report.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('plan report')
@Controller('plans/:id')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('report')
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'The evaluation report of a year: the indicator table at year-end with status counts, and every task with its reports of that year (the printable page’s data)' })
  @ZResponse(200, ZPlanReport, 'The report')
  @ZResponse(400, null, 'The year is invalid or has not begun')
  @ZResponse(404, null, 'No such plan in the caller’s region')
  report(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZReportQuery) query: TReportQuery) {
    return this.reports.report(ctx, params.id, query);
  }

  @Get('report.xlsx')
  @RequireModule('plan', 'viewer')
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'The evaluation report of a year as an Excel workbook: sheets 指标完成情况 and 重点任务进展 with Chinese headers' })
  @ZResponse(200, null, 'The workbook')
  @ZResponse(404, null, 'No such plan in the caller’s region')
  async workbook(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZReportQuery) query: TReportQuery): Promise<StreamableFile> {
    const { buffer, filename } = await this.reports.workbook(ctx, params.id, query);
    return new StreamableFile(buffer, { type: XLSX, disposition: `attachment; filename="${filename}"`, length: buffer.length });
  }
}
