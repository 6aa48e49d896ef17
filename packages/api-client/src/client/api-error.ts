import { ERROR_STATUS, ZErrorBody, type TErrorBody, type TErrorCode, type TFieldIssue, type TLocale } from '@ipbureau/domain';

/** A failed call, carrying the service's error body so forms can show `message` and `issues`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: TErrorCode;
  readonly issues: TFieldIssue[];
  readonly requestId: string | undefined;

  constructor(readonly body: TErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.requestId = body.requestId;
  }
}

const FALLBACK_TEXT: Record<TLocale, { unavailable: (status: number) => string; offline: string }> = {
  'zh-CN': { unavailable: (status) => `服务暂不可用（HTTP ${status}）`, offline: '无法连接服务器，请检查网络' },
  en: { unavailable: (status) => `Service unavailable (HTTP ${status})`, offline: 'Cannot reach the server; check the network' },
};

function codeForStatus(status: number): TErrorCode {
  const match = (Object.entries(ERROR_STATUS) as [TErrorCode, number][]).find(([, s]) => s === status);
  return match?.[0] ?? 'INTERNAL';
}

/**
 * Services always answer failures with a `TErrorBody`; anything else (an HTML page from a proxy
 * whose upstream is down) still becomes an ApiError so callers handle one error type.
 */
export async function apiErrorFrom(response: Response, locale: TLocale): Promise<ApiError> {
  const parsed = ZErrorBody.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({
    statusCode: response.status,
    code: codeForStatus(response.status),
    message: FALLBACK_TEXT[locale].unavailable(response.status),
  });
}

/** fetch itself rejected: no answer at all. Status 0, like the browser reports it. */
export function networkError(locale: TLocale): ApiError {
  return new ApiError({ statusCode: 0, code: 'INTERNAL', message: FALLBACK_TEXT[locale].offline });
}
