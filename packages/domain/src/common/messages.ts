import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];

/**
 * Messages of the domain's own checks, keyed by the `params.i18n` a schema puts on its custom
 * issues. Zod's built-in checks are translated by zod's own locales.
 */
export const DOMAIN_MESSAGES: Record<string, Record<TLocale, string>> = {
  'regionCode.format': { 'zh-CN': '行政区划代码应为6位数字', en: 'Region code must be 6 digits' },
  'region.unknown': { 'zh-CN': '不是本地区的行政区划代码', en: 'Not a district of this region' },
  'password.tooShort': { 'zh-CN': '密码至少10位', en: 'Password must be at least 10 characters' },
  'password.tooSimple': { 'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少三类', en: 'Password needs three of: lower case, upper case, digits, symbols' },
  'password.containsUsername': { 'zh-CN': '密码不能包含用户名', en: 'Password must not contain the username' },
  'username.format': { 'zh-CN': '用户名须以小写字母开头，3–32位小写字母、数字或 . _ -', en: 'Username: 3–32 of a–z, 0–9, . _ -, starting with a letter' },
  'roles.adminSeparation': { 'zh-CN': '系统管理员、安全管理员、审计员不能由同一用户兼任（三员分立）', en: 'System, security and audit administrator roles must be held by different users' },
};

export function domainMessage(key: string, locale: TLocale): string | undefined {
  return DOMAIN_MESSAGES[key]?.[locale];
}

/** Register more messages (a pillar's own checks) at its module's load. */
export function registerDomainMessages(messages: Record<string, Record<TLocale, string>>): void {
  Object.assign(DOMAIN_MESSAGES, messages);
}

const zodLocales: Record<TLocale, () => { localeError: z.core.$ZodErrorMap }> = {
  'zh-CN': z.locales.zhCN,
  en: z.locales.en,
};

/**
 * A per-parse error map in the caller's language:
 * `schema.safeParse(input, { error: errorMap('zh-CN') })`.
 */
export function errorMap(locale: TLocale): z.core.$ZodErrorMap {
  const base = zodLocales[locale]().localeError;
  return (issue) => {
    const key = (issue as { params?: { i18n?: unknown } }).params?.i18n;
    if (issue.code === 'custom' && typeof key === 'string') {
      const text = domainMessage(key, locale);
      if (text) return text;
    }
    return base(issue);
  };
}

/** Pick the locale from an Accept-Language header; Chinese unless English is preferred. */
export function localeFromHeader(header: string | undefined | null): TLocale {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
