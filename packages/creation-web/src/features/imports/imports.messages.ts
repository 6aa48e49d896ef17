import type { TImportStatus } from '@ipbureau/domain/creation';
import type { StatusTone } from '@ipbureau/ui';

export const IMPORT_STATUS_TONES: Record<TImportStatus, StatusTone> = { queued: 'default', running: 'processing', completed: 'success', failed: 'error' };

const zhCN = {
  title: '批量导入',
  description: '从业务系统导出的 CSV 或 XLSX 文件批量登记专利或商标：按申请号/注册号新增或更新，同一文件重复导入不会产生变化；有错误的行不导入，可下载错误报告逐行核对，其余行照常导入。',
  kind: '导入内容',
  kinds: { patents: '专利', trademarks: '商标' },
  template: '下载模板',
  templateXlsx: 'XLSX 模板',
  templateCsv: 'CSV 模板',
  chooseFile: '选择文件',
  fileHint: '支持 .xlsx 与 .csv（UTF-8 或 GBK）；第一行为表头。',
  start: '开始导入',
  uploadFailed: '文件未被接受：{{message}}',
  downloadFailed: '下载失败：{{message}}',
  progress: '导入进度',
  rows: '已处理 {{done}} / {{total}} 行',
  counting: '正在统计行数…',
  status: { queued: '排队中', running: '导入中', completed: '已完成', failed: '失败' },
  result: '导入结果',
  inserted: '新增',
  updated: '更新',
  unchanged: '无变化',
  rejected: '未导入（有错误）',
  errorCount: '错误 {{count}} 处',
  errorReport: '下载错误报告',
  errorReportXlsx: '错误报告（XLSX）',
  errorReportCsv: '错误报告（CSV）',
  failure: '导入中断：{{message}}',
};
type Texts = typeof zhCN;

export const importMessages: { 'zh-CN': Texts; en: Texts } = {
  'zh-CN': zhCN,
  en: {
    title: 'Bulk import',
    description:
      'Record patents or trademarks in bulk from a CSV or XLSX exported by an office system: inserted or updated by application / registration number; importing the same file again changes nothing. Rows with errors are not imported and are listed in a downloadable report; the other rows are imported.',
    kind: 'What to import',
    kinds: { patents: 'Patents', trademarks: 'Trademarks' },
    template: 'Templates',
    templateXlsx: 'XLSX template',
    templateCsv: 'CSV template',
    chooseFile: 'Choose file',
    fileHint: '.xlsx or .csv (UTF-8 or GBK); the first row is the header.',
    start: 'Start import',
    uploadFailed: 'The file was not accepted: {{message}}',
    downloadFailed: 'Download failed: {{message}}',
    progress: 'Progress',
    rows: '{{done}} of {{total}} rows done',
    counting: 'Counting rows…',
    status: { queued: 'Queued', running: 'Importing', completed: 'Completed', failed: 'Failed' },
    result: 'Result',
    inserted: 'Inserted',
    updated: 'Updated',
    unchanged: 'Unchanged',
    rejected: 'Not imported (errors)',
    errorCount: '{{count}} errors',
    errorReport: 'Download the error report',
    errorReportXlsx: 'Error report (XLSX)',
    errorReportCsv: 'Error report (CSV)',
    failure: 'The import stopped: {{message}}',
  },
};
