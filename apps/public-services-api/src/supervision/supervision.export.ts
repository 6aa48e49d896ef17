import { SANCTION_KIND_LABELS, SUPERVISION_STATUS_LABELS, VIOLATION_KIND_LABELS, type TSupervisionRecord } from '@ipbureau/domain/public-services';
import type { XlsxExportOptions } from '@ipbureau/nest-kit';

const KIND_LABELS = { inspection: { zh: '检查', en: 'Inspection' }, violation: { zh: '违规', en: 'Violation' } };

export const SUPERVISION_EXPORT: XlsxExportOptions<TSupervisionRecord> = {
  name: { zh: '代理监管', en: 'Agency supervision' },
  columns: [
    { key: 'foundDate', header: { zh: '日期', en: 'Date' }, kind: 'date' },
    { key: 'kind', header: { zh: '类型', en: 'Kind' }, labels: KIND_LABELS },
    { key: 'agencyName', header: { zh: '代理机构', en: 'Agency' }, width: 30 },
    { key: 'agentName', header: { zh: '代理师', en: 'Agent' } },
    { key: 'violationKind', header: { zh: '违规类型', en: 'Violation' }, labels: VIOLATION_KIND_LABELS },
    { key: 'description', header: { zh: '情况', en: 'Description' }, width: 40 },
    { key: 'sanction', header: { zh: '处理', en: 'Sanction' }, labels: SANCTION_KIND_LABELS },
    { key: 'fineAmount', header: { zh: '罚款（元）', en: 'Fine (CNY)' }, kind: 'money' },
    { key: 'status', header: { zh: '状态', en: 'Status' }, labels: SUPERVISION_STATUS_LABELS },
    { key: 'district', header: { zh: '区县', en: 'District' }, kind: 'district' },
  ],
};
