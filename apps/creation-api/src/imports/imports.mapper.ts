import type { TImportFormat, TImportJob, TImportKind, TImportStatus } from '@ipbureau/domain/creation';

/** An import job as read from its table (the file's content left out). */
export interface ImportJobRow {
  id: string;
  kind: TImportKind;
  file_name: string;
  format: TImportFormat;
  status: TImportStatus;
  total_rows: number | null;
  processed_rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error_count: number;
  failure: string | null;
  created_at: Date;
  created_by: string;
  finished_at: Date | null;
}

export const IMPORT_JOB_COLUMNS =
  'id, kind, file_name, format, status, total_rows, processed_rows, inserted, updated, unchanged, rejected, error_count, failure, created_at, created_by, finished_at';

export function mapImportJob(row: ImportJobRow): TImportJob {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    errorCount: row.error_count,
    failure: row.failure,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
  };
}
