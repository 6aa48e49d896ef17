import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { localeFromHeader, type TErrorBody } from '@ipbureau/domain';
import type { TBilingualText } from '@ipbureau/domain/public-services';

/**
 * The creation pillar, whose facts supervision by results reads, cannot answer (not configured,
 * down, slow, failing, or an answer outside its contract). This is not our fault nor the
 * caller's: 503 with the reason, so the screen can say "try later" instead of "internal error".
 * The shared error codes have no 503 yet, so the body carries `INTERNAL` with status 503.
 */
export class CreationUnavailableException extends Error {
  constructor(readonly reason: TBilingualText) {
    super(reason.en);
  }
}

@Catch(CreationUnavailableException)
export class CreationUnavailableFilter implements ExceptionFilter {
  catch(exception: CreationUnavailableException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const locale = localeFromHeader(req.headers['accept-language']);
    const lead = locale === 'en' ? 'Supervision results need the creation pillar’s facts: ' : '按结果监管需要读取创造模块的数据：';
    const body: TErrorBody = { statusCode: 503, code: 'INTERNAL', message: lead + exception.reason[locale], requestId: req.id };
    if (!res.headersSent) res.status(503).json(body);
  }
}
