import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { plansApi, useApiClient, usePlanReport } from '@ipbureau/api-client';
import type { TIndicatorProgress, TPlanReport } from '@ipbureau/domain/plans';
import { formatDateTime, StatusTag } from '@ipbureau/ui';
import { currentLocale } from '../../../i18n/i18n';
import { QueryError } from '../../admin/admin-list/query-error';
import { IndicatorChart } from '../dashboard/indicator-charts';
import { TASK_STATUS_TONES } from '../dashboard/task-board';
import { formatCompletion, formatDecimal, STATUS_TONES } from '../plan-format';
import { REPORT_PRINT_CSS } from './report-print-css';

function IndicatorRow({ row, index, asOf }: { row: TIndicatorProgress; index: number; asOf: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { indicator } = row;
  return (
    <tr data-testid="report-row" data-code={indicator.code}>
      <td className="num">{index + 1}</td>
      <td>{indicator.name[locale]}</td>
      <td>{indicator.unit[locale]}</td>
      <td>
        {t(`plans.semantics.${indicator.semantics}`)}
        {row.populationUsed ? `（${t(`plans.basis.${row.populationUsed.basis}`)} ${formatDecimal(String(row.populationUsed.people))}，${row.populationUsed.year}）` : ''}
      </td>
      <td className="num">{indicator.baseline.value === null ? (indicator.baseline.note ?? '—') : formatDecimal(indicator.baseline.value, indicator.decimals)}</td>
      <td className="num" title={asOf}>
        {row.available && row.value !== null ? formatDecimal(row.value, indicator.decimals) : t('plans.report.unavailable', { reason: row.unavailableReason?.[locale] ?? '' })}
      </td>
      <td className="num">{row.target ? `${formatDecimal(row.target.value)}（${row.target.year}）` : '—'}</td>
      <td className="num">{row.completion === null ? '—' : formatCompletion(row.completion)}</td>
      <td>{row.status ? <StatusTag status={row.status} tones={STATUS_TONES} label={t(`plans.status.${row.status}`)} /> : '—'}</td>
      <td>{indicator.sourceDepartment}</td>
    </tr>
  );
}

function ReportBody({ report }: { report: TPlanReport }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { plan, indicators, summary, tasks } = report;
  const baselineYear = indicators[0]?.indicator.baseline.year ?? plan.startYear - 1;
  return (
    <article className="plan-report" data-testid="plan-report" lang={locale}>
      <h1>{t('plans.report.title', { plan: plan.name[locale], year: report.year })}</h1>
      <div className="report-meta">
        {t('plans.report.asOf', { date: report.asOf })} · {t('plans.dashboard.computedAt', { time: formatDateTime(report.computedAt) })} · {t('plans.report.generatedAt', { time: formatDateTime(report.generatedAt) })}
      </div>
      <section>
        <h2>{t('plans.report.summaryTitle')}</h2>
        <p data-testid="report-summary">{t('plans.report.summary', { total: indicators.length, ...summary })}</p>
      </section>
      <section>
        <h2>{t('plans.report.tableTitle')}</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('plans.report.no')}</th>
              <th>{t('plans.report.indicator')}</th>
              <th>{t('plans.report.unit')}</th>
              <th>{t('plans.report.semantics')}</th>
              <th>{t('plans.report.baseline', { year: baselineYear })}</th>
              <th>{t('plans.report.value', { date: report.asOf })}</th>
              <th>{t('plans.report.target')}</th>
              <th>{t('plans.report.completion')}</th>
              <th>{t('plans.report.status')}</th>
              <th>{t('plans.report.source')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((row, index) => (
              <IndicatorRow key={row.indicator.id} row={row} index={index} asOf={report.asOf} />
            ))}
          </tbody>
        </table>
      </section>
      <section className="report-charts">
        <h2>{t('plans.report.chartsTitle')}</h2>
        <Flex wrap gap={12}>
          {indicators.map((row) => (
            <div key={row.indicator.id} className="report-chart" style={{ width: 'calc(50% - 6px)' }}>
              <Typography.Text strong>{row.indicator.name[locale]}</Typography.Text>
              <IndicatorChart progress={row} startYear={plan.startYear} endYear={plan.endYear} height={200} />
            </div>
          ))}
        </Flex>
      </section>
      <section className="report-tasks">
        <h2>{t('plans.report.tasksTitle')}</h2>
        {tasks.map((task) => (
          <div key={task.id} className="report-task" data-testid="report-task">
            <div>
              <strong>
                {task.chapter}
                {task.item} {task.title}
              </strong>
              （{t('plans.board.department', { department: task.responsibleDepartment })}）
            </div>
            {task.milestones.map((m) => (
              <div key={`${m.title}-${m.dueDate}`} style={{ fontSize: 12, color: m.overdue ? '#cf1322' : undefined }}>
                · {m.title}：{m.doneOn ? t('plans.board.doneOn', { date: m.doneOn }) : t('plans.board.due', { date: m.dueDate })}
                {m.overdue ? `（${t('plans.board.overdue')}）` : ''}
              </div>
            ))}
            {task.reports.length === 0 ? (
              <div style={{ fontSize: 12, color: '#888' }}>{t('plans.report.noReports')}</div>
            ) : (
              task.reports.map((r) => (
                <div key={r.id} style={{ fontSize: 12 }}>
                  <StatusTag status={r.status} tones={TASK_STATUS_TONES} label={t(`plans.taskStatus.${r.status}`)} /> {r.period}：{r.text}
                </div>
              ))
            )}
          </div>
        ))}
      </section>
    </article>
  );
}

/**
 * The evaluation report of a plan for a year, laid out to print on A4 from the browser (print
 * or save as PDF) with a Chinese font stack, and the same table as an XLSX file.
 */
export function PlanReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApiClient();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const report = usePlanReport(id, year);
  const [exporting, setExporting] = useState(false);
  const plan = report.data?.plan;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const file = await plansApi.reportXlsx(client, id, year);
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${plan?.name['zh-CN'] ?? 'plan'}-${year}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      void message.error(t('plans.report.exportFailed', { message: (error as Error).message }));
    } finally {
      setExporting(false);
    }
  };

  const years = plan ? Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i) : [year];
  return (
    <>
      <style>{REPORT_PRINT_CSS}</style>
      <Flex className="no-print" justify="flex-end" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select
            aria-label={t('plans.report.year')}
            value={year}
            onChange={(next) => setSearch({ year: String(next) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ minWidth: 100 }}
          />
          <Button icon={<PrinterOutlined />} type="primary" disabled={!report.data} onClick={() => window.print()}>
            {t('plans.report.print')}
          </Button>
          <Button icon={<DownloadOutlined />} href={`#export-${year}`} loading={exporting} onClick={(event) => { event.preventDefault(); void exportXlsx(); }}>
            {t('plans.report.exportXlsx')}
          </Button>
        </Space>
      </Flex>
      {report.isError ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.isPending ? <Spin size="large" /> : null}
      {report.data ? <ReportBody report={report.data} /> : null}
    </>
  );
}
