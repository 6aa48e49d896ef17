import { Controller, Get, HttpCode, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ZIdParam } from '@ipbureau/domain';
import { ZImportFileQuery, ZImportJob, ZImportKindParams, ZImportListQuery, type TImportFileQuery, type TImportKind, type TImportListQuery } from '@ipbureau/domain/creation';
import { AuthCtx, RequireModule, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CSV_TYPE, XLSX_TYPE } from './imports.files.js';
import { ImportsService, type UploadedImportFile } from './imports.service.js';

/** Upload limit: an office export of a few hundred thousand rows. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const download = (file: { buffer: Buffer; filename: string; type: string }) =>
  new StreamableFile(file.buffer, { type: file.type, disposition: `attachment; filename="${file.filename}"`, length: file.buffer.length });

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('templates/:kind')
  @RequireModule('creation', 'viewer')
  @ApiProduces(XLSX_TYPE, CSV_TYPE)
  @ApiOperation({ summary: 'The empty file to fill in for an import of patents or trademarks: the header row (Chinese) and, in XLSX, a sheet explaining each column' })
  @ZResponse(200, null, 'The template')
  async template(@ZParams(ZImportKindParams) params: { kind: TImportKind }, @ZQuery(ZImportFileQuery) query: TImportFileQuery): Promise<StreamableFile> {
    return download(await this.imports.template(params.kind, query));
  }

  @Post(':kind')
  @HttpCode(202)
  @RequireModule('creation', 'officer')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A CSV (UTF-8 or GB 18030) or XLSX file; its first row is the header' } } } })
  @ApiOperation({
    summary:
      'Upload a CSV or XLSX file of patents or trademarks for import. The file and its header row are checked now; the rows are imported in the background by a job (insert or update by application / registration number, bad rows reported, good rows imported)',
  })
  @ZResponse(202, ZImportJob, 'The job, queued')
  @ZResponse(400, null, 'No file attached')
  @ZResponse(413, null, 'The file is larger than 64 MB')
  @ZResponse(422, null, 'The file is not a CSV or XLSX sheet, or its header row lacks a required column (named)')
  upload(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZImportKindParams) params: { kind: TImportKind }, @UploadedFile() file: UploadedImportFile | undefined) {
    return this.imports.upload(ctx, params.kind, file);
  }

  @Get()
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'The latest 20 import jobs in the caller’s data scope (and the caller’s own), newest first' })
  @ZResponse(200, ZImportJob.array(), 'The jobs')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZImportListQuery) query: TImportListQuery) {
    return this.imports.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('creation', 'viewer')
  @ApiOperation({ summary: 'An import job with its progress (rows done of the total) and its counts: inserted, updated, unchanged, rejected' })
  @ZResponse(200, ZImportJob, 'The job')
  @ZResponse(404, null, 'No such job in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.imports.get(ctx, params.id);
  }

  @Get(':id/errors')
  @RequireModule('creation', 'viewer')
  @ApiProduces(XLSX_TYPE, CSV_TYPE)
  @ApiOperation({ summary: 'The error report of an import job: one line per problem with the row number in the file, the column and the reason in Chinese and English' })
  @ZResponse(200, null, 'The report (header only when no row was rejected)')
  @ZResponse(404, null, 'No such job in the caller’s data scope')
  async errors(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZImportFileQuery) query: TImportFileQuery): Promise<StreamableFile> {
    return download(await this.imports.errorReport(ctx, params.id, query));
  }
}
