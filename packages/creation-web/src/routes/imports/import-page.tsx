import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Progress, Radio, Row, Space, Statistic, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TImportFormat, TImportJob, TImportKind } from '@ipbureau/domain/creation';
import { useApiClient } from '@ipbureau/api-client';
import { PageHeader, StatusTag } from '@ipbureau/ui';
import { importsApi } from '../../features/imports/api/imports.api';
import { useUploadImport } from '../../features/imports/api/imports.mutations';
import { useImportJob } from '../../features/imports/api/imports.queries';
import { IMPORT_STATUS_TONES } from '../../features/imports/imports.messages';
import { metricKeys } from '../../features/metrics/metrics.queries';
import { patentKeys } from '../../features/patents/api/patents.queries';
import { trademarkKeys } from '../../features/trademarks/api/trademarks.queries';

/** Saves a file the server produced under `name`. */
function save(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

const percentOf = (job: TImportJob) => (job.totalRows ? Math.floor((job.processedRows / job.totalRows) * 100) : job.status === 'completed' ? 100 : 0);

/**
 * The import flow: pick what to import and the file, upload it, watch the job's progress (the
 * job is polled while it runs), then read the counts and download the error report.
 */
export function ImportPage() {
  const { t } = useTranslation('creation');
  const { message } = App.useApp();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TImportKind>('patents');
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const job = useImportJob(jobId).data;
  const upload = useUploadImport({
    onSuccess: (accepted) => setJobId(accepted.id),
    onError: (error) => setRefusal(error.message),
  });

  // The lists and figures change with the rows the job wrote: refresh them once it has finished.
  const finished = job && (job.status === 'completed' || job.status === 'failed') ? job.kind : null;
  useEffect(() => {
    if (!finished) return;
    for (const queryKey of [finished === 'patents' ? patentKeys.lists() : trademarkKeys.lists(), metricKeys.all]) void queryClient.invalidateQueries({ queryKey });
  }, [finished, queryClient]);

  const download = async (fetchFile: () => Promise<Blob>, name: string) => {
    try {
      save(await fetchFile(), name);
    } catch (error) {
      void message.error(t('imports.downloadFailed', { message: (error as Error).message }));
    }
  };
  const template = (format: TImportFormat) => () => void download(() => importsApi.template(client, kind, format), `${kind}-import-template.${format}`);
  const report = (format: TImportFormat) => () => {
    if (job) void download(() => importsApi.errorReport(client, job.id, format), `${job.fileName.replace(/\.[^.]+$/, '')}-errors.${format}`);
  };

  const start = () => {
    if (!file) return;
    setRefusal(null);
    setJobId(null);
    upload.mutate({ kind, file });
  };

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Card style={{ maxWidth: 880 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Flex gap="middle" align="center" wrap>
            <Typography.Text>{t('imports.kind')}</Typography.Text>
            <Radio.Group
              value={kind}
              onChange={(e) => setKind(e.target.value as TImportKind)}
              options={(['patents', 'trademarks'] as const).map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
              optionType="button"
            />
            <Typography.Text type="secondary">{t('imports.template')}</Typography.Text>
            <Button onClick={template('xlsx')}>
              {t('imports.templateXlsx')}
            </Button>
            <Button onClick={template('csv')}>
              {t('imports.templateCsv')}
            </Button>
          </Flex>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              return false; // uploaded by the start button, as one job
            }}
            onRemove={() => setFile(null)}
          >
            <Button>{t('imports.chooseFile')}</Button>
          </Upload>
          <Typography.Text type="secondary">{t('imports.fileHint')}</Typography.Text>
          <Button type="primary" disabled={!file} loading={upload.isPending} onClick={start}>
            {t('imports.start')}
          </Button>
          {refusal && <Alert type="error" showIcon title={t('imports.uploadFailed', { message: refusal })} />}
        </Space>
      </Card>
      {job && <JobProgress job={job} onReport={report} />}
    </>
  );
}

function JobProgress({ job, onReport }: { job: TImportJob; onReport: (format: TImportFormat) => () => void }) {
  const { t } = useTranslation('creation');
  const done = job.status === 'completed' || job.status === 'failed';
  return (
    <Card title={t('imports.progress')} style={{ maxWidth: 880, marginTop: 16 }} extra={<StatusTag status={job.status} tones={IMPORT_STATUS_TONES} label={t(`imports.status.${job.status}`)} />}>
      <Descriptions size="small" column={1} items={[{ key: 'file', label: t('imports.chooseFile'), children: job.fileName }]} />
      <Progress percent={percentOf(job)} status={job.status === 'failed' ? 'exception' : done ? 'success' : 'active'} aria-label={t('imports.progress')} />
      <Typography.Paragraph type="secondary">{job.totalRows === null ? t('imports.counting') : t('imports.rows', { done: job.processedRows, total: job.totalRows })}</Typography.Paragraph>
      {job.failure && <Alert type="error" showIcon title={t('imports.failure', { message: job.failure })} />}
      {done && (
        <>
          <Typography.Title level={5}>{t('imports.result')}</Typography.Title>
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('imports.inserted')} value={job.inserted} />
            </Col>
            <Col span={6}>
              <Statistic title={t('imports.updated')} value={job.updated} />
            </Col>
            <Col span={6}>
              <Statistic title={t('imports.unchanged')} value={job.unchanged} />
            </Col>
            <Col span={6}>
              <Statistic title={t('imports.rejected')} value={job.rejected} styles={job.rejected > 0 ? { content: { color: '#cf1322' } } : undefined} />
            </Col>
          </Row>
          {job.errorCount > 0 && (
            <Flex gap="small" align="center" style={{ marginTop: 16 }} wrap>
              <Typography.Text>{t('imports.errorCount', { count: job.errorCount })}</Typography.Text>
              <Button onClick={onReport('xlsx')}>
                {t('imports.errorReportXlsx')}
              </Button>
              <Button onClick={onReport('csv')}>
                {t('imports.errorReportCsv')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Card>
  );
}
