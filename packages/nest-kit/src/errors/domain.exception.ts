import type { TErrorCode, TFieldIssue, TLocale } from '@ipbureau/domain';

/** A message in both languages the UI speaks; the error filter picks the request's. */
export type LocalizedText = Record<TLocale, string>;

export function text(zhCN: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, en };
}

/**
 * The one exception services throw for an expected failure. It carries a code from the
 * domain's error table; the HTTP status is decided once, in the error filter.
 */
export class DomainException extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly localized: LocalizedText,
    readonly issues?: TFieldIssue[],
  ) {
    super(localized.en);
    this.name = 'DomainException';
  }
}

export const notFound = (zhWhat: string, enWhat: string) =>
  new DomainException('NOT_FOUND', text(`${zhWhat}不存在`, `${enWhat} not found`));

export const conflict = (localized: LocalizedText) => new DomainException('CONFLICT', localized);
export const unprocessable = (localized: LocalizedText) => new DomainException('UNPROCESSABLE', localized);
export const forbidden = (localized: LocalizedText = text('无权执行此操作', 'You may not do this')) =>
  new DomainException('FORBIDDEN', localized);
/** A service this answer depends on cannot answer now: 503, the message saying which and why. */
export const unavailable = (localized: LocalizedText) => new DomainException('UNAVAILABLE', localized);
export const unauthenticated = (localized: LocalizedText = text('请先登录', 'Sign in first')) =>
  new DomainException('UNAUTHENTICATED', localized);
