import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ERROR_STATUS, localeFromHeader, type TErrorBody, type TErrorCode, type TLocale } from '@ipbureau/domain';
import { DomainException, type LocalizedText, text } from './domain.exception.js';
import { LOGGER, type Logger } from '../logging/logger.js';

const STATUS_CODES: Record<number, TErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'VALIDATION_FAILED',
  415: 'VALIDATION_FAILED',
  422: 'UNPROCESSABLE',
  423: 'ACCOUNT_LOCKED',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

const GENERIC: Record<TErrorCode, LocalizedText> = {
  VALIDATION_FAILED: text('请求参数有误', 'The request is invalid'),
  UNAUTHENTICATED: text('请先登录', 'Sign in first'),
  FORBIDDEN: text('无权执行此操作', 'You may not do this'),
  NOT_FOUND: text('请求的资源不存在', 'Not found'),
  CONFLICT: text('与现有数据冲突', 'Conflicts with existing data'),
  UNPROCESSABLE: text('业务规则不允许此操作', 'A business rule forbids this'),
  ACCOUNT_LOCKED: text('账户已锁定', 'Account locked'),
  RATE_LIMITED: text('请求过于频繁，请稍后再试', 'Too many requests; try again shortly'),
  INTERNAL: text('服务器内部错误，请联系管理员并提供请求编号', 'Internal error; contact the administrator with the request id'),
  UNAVAILABLE: text('所依赖的服务暂时无法应答，请稍后再试', 'A service this needs cannot answer now; try again later'),
};

interface Resolved {
  status: number;
  code: TErrorCode;
  message: LocalizedText;
  issues?: TErrorBody['issues'];
  unexpected?: unknown;
}

/** PostgreSQL error classes that mean "the input was wrong", not "the server broke". */
function fromDatabase(error: QueryFailedError): Resolved | undefined {
  const pgCode = (error.driverError as { code?: string } | undefined)?.code;
  switch (pgCode) {
    case '23505':
      return { status: 409, code: 'CONFLICT', message: text('记录已存在（唯一性冲突）', 'A record with these values already exists') };
    case '23503':
      return { status: 409, code: 'CONFLICT', message: text('引用的记录不存在或仍被引用', 'A referenced record is missing or still in use') };
    case '23514':
      return { status: 422, code: 'UNPROCESSABLE', message: text('数据不满足业务约束', 'The data breaks a business constraint') };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return { status: 400, code: 'VALIDATION_FAILED', message: text('数据格式有误', 'A value has the wrong format') };
    case '40001':
    case '40P01':
      return { status: 409, code: 'CONFLICT', message: text('并发修改冲突，请重试', 'Concurrent change; retry') };
    default:
      return undefined;
  }
}

export function resolveError(exception: unknown): Resolved {
  if (exception instanceof DomainException) {
    return { status: ERROR_STATUS[exception.code], code: exception.code, message: exception.localized, issues: exception.issues };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    return { status: ERROR_STATUS[code], code, message: GENERIC[code] as LocalizedText, unexpected: code === 'INTERNAL' ? exception : undefined };
  }
  // Errors raised by Express body parsing before any handler runs.
  const parse = exception as { type?: string; status?: number };
  if (parse?.type === 'entity.parse.failed') {
    return { status: 400, code: 'VALIDATION_FAILED', message: text('请求体不是合法的 JSON', 'The request body is not valid JSON'), issues: [{ path: '', message: 'invalid JSON', code: 'invalid_json' }] };
  }
  if (parse?.type === 'entity.too.large') {
    return { status: 413, code: 'VALIDATION_FAILED', message: text('请求体过大', 'The request body is too large') };
  }
  if (exception instanceof QueryFailedError) {
    const known = fromDatabase(exception);
    if (known) return known;
  }
  return { status: 500, code: 'INTERNAL', message: GENERIC.INTERNAL as LocalizedText, unexpected: exception };
}

/** Every failure leaves a service as the domain error body; never a stack trace. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const resolved = resolveError(exception);
    const locale: TLocale = localeFromHeader(req.headers['accept-language']);
    if (resolved.unexpected !== undefined) {
      this.logger.error({ err: resolved.unexpected, requestId: req.id, url: req.originalUrl }, 'unexpected error');
    }
    const body: TErrorBody = {
      statusCode: resolved.status,
      code: resolved.code,
      message: resolved.message[locale],
      requestId: req.id,
      ...(resolved.issues ? { issues: resolved.issues } : {}),
    };
    if (res.headersSent) return;
    res.status(resolved.status).json(body);
  }
}
