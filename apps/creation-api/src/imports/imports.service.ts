import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TImportFileQuery, TImportJob, TImportKind, TImportListQuery, TImportRowError } from '@ipbureau/domain/creation';
import { inScope, notFound, scopeCondition, text, unprocessable, validationError, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { errorReportFile, templateFile } from './imports.files.js';
import { IMPORT_JOB_COLUMNS, mapImportJob, type ImportJobRow } from './imports.mapper.js';
import { readRows, sniffFormat } from './imports.reader.js';
import { mapHeader } from './imports.rows.js';
import { ImportWorker } from './imports.worker.js';

/** The part of an uploaded file the service reads (multer's in-memory file). */
export interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

const NOT_A_SHEET = text('文件不是 CSV 或 XLSX 表格（旧版 .xls 请另存为 .xlsx）', 'The file is not a CSV or XLSX sheet (save an old .xls as .xlsx)');

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: ImportWorker,
  ) {}

  /**
   * Accepts a file for import when it is a CSV or XLSX whose header row has every required
   * column (422 otherwise, nothing written); the rows are checked one by one by the job.
   */
  async upload(ctx: AuthenticatedContext, kind: TImportKind, file: UploadedImportFile | undefined): Promise<TImportJob> {
    if (!file) throw validationError([{ path: 'file', code: 'required', message: ctx.locale === 'en' ? 'Attach the file to import' : '请附上要导入的文件' }]);
    const format = sniffFormat(file.buffer);
    if (!format) throw unprocessable(NOT_A_SHEET);
    let header: string[] | null = null;
    try {
      for await (const row of readRows(file.buffer, format)) {
        header = row.cells;
        break;
      }
    } catch {
      throw unprocessable(NOT_A_SHEET);
    }
    if (!header) throw unprocessable(text('文件没有表头行', 'The file has no header row'));
    const { missing } = mapHeader(kind, header);
    if (missing.length > 0) {
      throw unprocessable(text(`表头缺少必填列：${missing.map((c) => c.zh).join('、')}`, `The header row lacks required columns: ${missing.map((c) => c.en).join(', ')}`));
    }
    const fileName = (file.originalname || `import.${format}`).slice(0, 255);
    const [row] = (await this.dataSource.query(
      `INSERT INTO import_jobs (kind, file_name, format, content, requested_by, request_id, region_code, department_id, created_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9) RETURNING ${IMPORT_JOB_COLUMNS}`,
      [kind, fileName, format, file.buffer, JSON.stringify(ctx.principal), ctx.requestId, ctx.principal.region, ctx.principal.dept, ctx.principal.sub],
    )) as ImportJobRow[];
    this.worker.enqueue(row!.id);
    return mapImportJob(row!);
  }

  async get(ctx: AuthenticatedContext, id: string): Promise<TImportJob> {
    return mapImportJob(await this.findInScope(ctx, id));
  }

  /** The caller's latest jobs (in their data scope), newest first. */
  async list(ctx: AuthenticatedContext, query: TImportListQuery): Promise<TImportJob[]> {
    const scope = scopeCondition(ctx.principal, { region: 'j.region_code', department: 'j.department_id' });
    // A job belongs to its uploader's region; the uploader always sees their own.
    const qb = this.dataSource
      .createQueryBuilder()
      .select(IMPORT_JOB_COLUMNS.split(', ').map((c) => `j.${c}`))
      .from('import_jobs', 'j')
      .where(`(${scope.sql} OR j.created_by = :me)`, { ...scope.params, me: ctx.principal.sub });
    if (query.kind) qb.andWhere('j.kind = :kind', { kind: query.kind });
    const rows = await qb.orderBy('j.created_at', 'DESC').limit(20).getRawMany<ImportJobRow>();
    return rows.map(mapImportJob);
  }

  async errorReport(ctx: AuthenticatedContext, id: string, query: TImportFileQuery) {
    await this.findInScope(ctx, id);
    const errors = (await this.dataSource.query(
      `SELECT row_number AS "row", column_name AS "column", message_zh AS "messageZh", message_en AS "messageEn" FROM import_job_errors WHERE job_id = $1 ORDER BY row_number, column_name`,
      [id],
    )) as TImportRowError[];
    return errorReportFile(id, errors, query.format);
  }

  template(kind: TImportKind, query: TImportFileQuery) {
    return templateFile(kind, query.format);
  }

  private async findInScope(ctx: AuthenticatedContext, id: string): Promise<ImportJobRow> {
    const [row] = (await this.dataSource.query(`SELECT ${IMPORT_JOB_COLUMNS}, region_code, department_id FROM import_jobs WHERE id = $1`, [id])) as (ImportJobRow & {
      region_code: string;
      department_id: string | null;
    })[];
    if (!row || (row.created_by !== ctx.principal.sub && !inScope(ctx.principal, { regionCode: row.region_code, departmentId: row.department_id }))) throw notFound('导入任务', 'Import job');
    return row;
  }
}
