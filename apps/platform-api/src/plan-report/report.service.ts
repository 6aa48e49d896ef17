import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { todayInChina } from '@ipbureau/domain';
import { INDICATOR_SEMANTICS_LABELS, INDICATOR_STATUS_LABELS, POPULATION_BASIS_LABELS, TASK_REPORT_STATUS_LABELS, type TPlanReport, type TReportQuery } from '@ipbureau/domain/plans';
import type { AuthenticatedContext } from '@ipbureau/nest-kit';
import { PlansService } from '../plans/plans.service.js';
import { fieldError } from '../plans/plan.rules.js';
import { ProgressService } from '../plan-progress/progress.service.js';
import { TasksService } from '../plan-tasks/tasks.service.js';

/** Column headers of the indicator sheet (zh-CN, as the evaluation report is written). */
export const INDICATOR_SHEET = '指标完成情况';
export const TASK_SHEET = '重点任务进展';

/** The evaluation report of a plan for a year: the indicator table at year-end and the task progress. */
@Injectable()
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly progress: ProgressService,
    private readonly tasks: TasksService,
  ) {}

  async report(ctx: AuthenticatedContext, planId: string, query: TReportQuery): Promise<TPlanReport> {
    const em = this.dataSource.manager;
    const plan = await this.plans.findVisible(em, ctx, planId);
    const today = todayInChina();
    if (`${query.year}-01-01` > today) throw fieldError(ctx.locale, 'year', '不能评估尚未开始的年份', 'The year has not begun');
    const asOf = `${query.year}-12-31` < today ? `${query.year}-12-31` : today;
    const progress = await this.progress.current(plan, asOf, null, { allowStale: false });
    const summary = { ahead: 0, on_track: 0, behind: 0, no_baseline: 0, unavailable: 0 };
    for (const i of progress.indicators) summary[i.available && i.status ? i.status : 'unavailable'] += 1;
    const [tasks, reports] = await Promise.all([this.tasks.tasksOf(em, plan.id), this.tasks.reportsOfYear(em, plan.id, query.year)]);
    return {
      plan: progress.plan,
      year: query.year,
      asOf,
      indicators: progress.indicators,
      summary,
      tasks: tasks.map((t) => ({ ...t, reports: reports.get(t.id) ?? [] })),
      computedAt: progress.computedAt,
      generatedAt: new Date().toISOString(),
    };
  }

  async workbook(ctx: AuthenticatedContext, planId: string, query: TReportQuery): Promise<{ buffer: Buffer; filename: string }> {
    const report = await this.report(ctx, planId, query);
    const wb = new ExcelJS.Workbook();
    wb.creator = 'ipbureau platform-api';
    wb.created = new Date(report.generatedAt);

    const sheet = wb.addWorksheet(INDICATOR_SHEET);
    sheet.addRow([`${report.plan.name['zh-CN']} ${report.year} 年度评估：主要预期性指标（数据截至 ${report.asOf}）`]);
    sheet.mergeCells(1, 1, 1, 14);
    sheet.getRow(1).font = { bold: true, size: 14 };
    const header = sheet.addRow(['序号', '指标', '单位', '统计口径', '基期年份', '基期值', '目标年份', '目标值', `${report.year}年末值`, '完成率', '预期进度值', '进度评价', '人口口径', '数据来源']);
    header.font = { bold: true };
    report.indicators.forEach((row, i) => {
      const ind = row.indicator;
      const num = (v: string | null) => (v === null ? '—' : Number(v));
      sheet.addRow([
        i + 1,
        ind.name['zh-CN'],
        ind.unit['zh-CN'],
        INDICATOR_SEMANTICS_LABELS[ind.semantics].zh,
        ind.baseline.year,
        ind.baseline.value === null ? (ind.baseline.note ?? '未载明') : Number(ind.baseline.value),
        row.target?.year ?? '—',
        row.target ? Number(row.target.value) : '—',
        row.available ? num(row.value) : `暂不可用：${row.unavailableReason?.['zh-CN'] ?? ''}`,
        row.completion === null ? '—' : Number(row.completion),
        num(row.expected),
        row.status ? INDICATOR_STATUS_LABELS[row.status].zh : '—',
        row.populationUsed ? `${POPULATION_BASIS_LABELS[row.populationUsed.basis].zh} ${row.populationUsed.year}年 ${row.populationUsed.people}人` : '—',
        ind.sourceDepartment,
      ]);
      sheet.getCell(sheet.rowCount, 10).numFmt = '0.00%';
    });
    sheet.columns.forEach((c, i) => (c.width = [6, 30, 10, 10, 9, 14, 9, 14, 16, 10, 14, 10, 26, 16][i]));

    const tasks = wb.addWorksheet(TASK_SHEET);
    tasks.addRow(['章节', '条目', '重点任务', '牵头部门', '配合部门', '里程碑', '逾期里程碑', '最新报告期', '进展状态', '进展情况']).font = { bold: true };
    for (const t of report.tasks) {
      const latest = t.reports[0] ?? t.latestReport;
      tasks.addRow([
        t.chapter,
        t.item,
        t.title,
        t.responsibleDepartment,
        t.cooperatingDepartments.join('、'),
        t.milestones.map((m) => `${m.dueDate} ${m.title}${m.doneOn ? `（${m.doneOn}完成）` : ''}`).join('\n'),
        t.milestones.filter((m) => m.overdue).length,
        latest?.period ?? '—',
        latest ? TASK_REPORT_STATUS_LABELS[latest.status].zh : '未报告',
        latest?.text ?? '',
      ]);
    }
    tasks.columns.forEach((c, i) => (c.width = [10, 8, 40, 16, 24, 40, 10, 12, 12, 50][i]));

    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    return { buffer, filename: `plan-evaluation-${report.plan.startYear}-${report.plan.endYear}-${report.year}.xlsx` };
  }
}
