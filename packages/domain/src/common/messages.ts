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
  // Identifiers and amounts (validators/, money/). Kept here, not registered at module load:
  // the package is side-effect free, so a bundler may drop a module nobody calls into.
  'creditCode.format': { 'zh-CN': '统一社会信用代码应为18位数字或大写字母（不含 I、O、S、V、Z）', en: 'Unified social credit code: 18 digits or capital letters (not I, O, S, V, Z)' },
  'creditCode.checkDigit': { 'zh-CN': '统一社会信用代码校验码不正确，请检查是否输错', en: 'Unified social credit code: the check character does not match; check for a typo' },
  'residentId.format': { 'zh-CN': '身份证号码应为18位（最后一位可为 X），且出生日期有效', en: 'Resident ID number: 18 characters (the last may be X) with a valid date of birth' },
  'residentId.checkDigit': { 'zh-CN': '身份证号码校验位不正确，请检查是否输错', en: 'Resident ID number: the check character does not match; check for a typo' },
  'patentApplicationNumber.format': { 'zh-CN': '专利申请号格式不正确，应如 201710601862.3（早期申请如 95115608.X）', en: 'Patent application number: write it like 201710601862.3 (older ones like 95115608.X)' },
  'patentApplicationNumber.type': { 'zh-CN': '专利申请号中的专利类型位应为 1、2、3、8 或 9', en: 'Patent application number: the type digit must be 1, 2, 3, 8 or 9' },
  'patentApplicationNumber.checkDigit': { 'zh-CN': '专利申请号校验位不正确，请检查是否输错', en: 'Patent application number: the check digit does not match; check for a typo' },
  'patentNumber.format': { 'zh-CN': '专利号格式不正确，应如 ZL201710601862.3', en: 'Patent number: write it like ZL201710601862.3' },
  'patentNumber.type': { 'zh-CN': '专利号中的专利类型位应为 1、2、3、8 或 9', en: 'Patent number: the type digit must be 1, 2, 3, 8 or 9' },
  'patentNumber.checkDigit': { 'zh-CN': '专利号校验位不正确，请检查是否输错', en: 'Patent number: the check digit does not match; check for a typo' },
  'trademarkNumber.format': { 'zh-CN': '商标注册号应为1–10位数字，且不以0开头', en: 'Trademark registration number: 1–10 digits, not starting with 0' },
  'niceClass.range': { 'zh-CN': '尼斯分类应为第1–45类', en: 'Nice class must be 1–45' },
  'ipcSymbol.format': { 'zh-CN': 'IPC分类号格式不正确，应如 H04L 9/32', en: 'IPC symbol: write it like H04L 9/32' },
  'money.format': { 'zh-CN': '金额应为数字，如 1234.56', en: 'Amount must be a number like 1234.56' },
  'money.scale': { 'zh-CN': '金额最多保留两位小数（精确到分）', en: 'Amount may have at most two decimals (fen)' },
  'money.tooLarge': { 'zh-CN': '金额整数部分最多16位', en: 'Amount may have at most 16 digits before the decimal point' },
  'money.negative': { 'zh-CN': '金额不能为负数', en: 'Amount must not be negative' },
  'money.unsafeNumber': { 'zh-CN': '金额数值不精确，请以字符串传送，如 "1234.56"', en: 'Amount is not an exact number; send it as a string such as "1234.56"' },
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
