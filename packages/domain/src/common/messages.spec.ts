import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DOMAIN_MESSAGES, errorMap } from './messages.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
// The shared kernel's folders keep their texts in DOMAIN_MESSAGES itself; a pillar's folder
// registers its own with registerDomainMessages and tests them there.
const KERNEL = /^(common|identity|audit|validators|reference|money)[\\/]/;
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => KERNEL.test(f) && f.endsWith('.ts') && !f.endsWith('.spec.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));

/** Keys written literally (`i18n: 'x.y'`) and the members of `type T…Problem = 'x.y' | …` unions. */
function keysInSources(): Set<string> {
  const keys = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/i18n: '([^']+)'/g)) if (m[1]) keys.add(m[1]);
    for (const union of text.matchAll(/type T\w+Problem = ([^;]+);/g)) {
      for (const m of (union[1] ?? '').matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)) if (m[1]) keys.add(m[1]);
    }
  }
  return keys;
}

describe('domain messages', () => {
  it('have Chinese and English text for every key the schemas use', () => {
    const keys = keysInSources();
    // Patent schemas build their keys from a prefix and a problem.
    for (const prefix of ['patentApplicationNumber', 'patentNumber']) {
      for (const problem of ['format', 'type', 'checkDigit']) keys.add(`${prefix}.${problem}`);
    }
    expect(keys.size).toBeGreaterThanOrEqual(20);
    expect(keys).toContain('money.unsafeNumber');
    expect(keys).toContain('creditCode.checkDigit');
    const missing = [...keys].filter((key) => {
      const text = DOMAIN_MESSAGES[key];
      return !text || !/[\u4e00-\u9fff]/.test(text['zh-CN']) || !/^[^\u4e00-\u9fff]+$/.test(text.en);
    });
    expect(missing).toEqual([]);
  });

  it('are all written in both languages', () => {
    for (const [key, text] of Object.entries(DOMAIN_MESSAGES)) {
      expect(text['zh-CN'], key).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en.length, key).toBeGreaterThan(5);
    }
  });

  it('replace zod’s text for custom issues with an i18n key, and leave other issues to zod', () => {
    const schema = z.string().refine(() => false, { params: { i18n: 'niceClass.range' } });
    expect(schema.safeParse('x', { error: errorMap('en') }).error?.issues[0]?.message).toBe('Nice class must be 1–45');
    expect(schema.safeParse('x', { error: errorMap('zh-CN') }).error?.issues[0]?.message).toBe('尼斯分类应为第1–45类');
    const zh = z.string().safeParse(1, { error: errorMap('zh-CN') }).error?.issues[0]?.message ?? '';
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
