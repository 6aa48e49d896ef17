import { z } from 'zod';
import { compactIdentifier } from './normalize.js';

/**
 * International Patent Classification symbols, e.g. `H04L 9/32`, `A61K 31/4439`: section (A–H),
 * class (2 digits), subclass (a letter), main group (1–4 digits), `/`, subgroup (2–6 digits;
 * `00` is the main group itself). Written with one space between subclass and group.
 */
export const IPC_SECTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type TIpcSection = (typeof IPC_SECTION_LETTERS)[number];

export type TIpcSectionInfo = { section: TIpcSection; zh: string; en: string };

export const IPC_SECTIONS: readonly TIpcSectionInfo[] = [
  { section: 'A', zh: '人类生活必需', en: 'Human necessities' },
  { section: 'B', zh: '作业；运输', en: 'Performing operations; transporting' },
  { section: 'C', zh: '化学；冶金', en: 'Chemistry; metallurgy' },
  { section: 'D', zh: '纺织；造纸', en: 'Textiles; paper' },
  { section: 'E', zh: '固定建筑物', en: 'Fixed constructions' },
  { section: 'F', zh: '机械工程；照明；加热；武器；爆破', en: 'Mechanical engineering; lighting; heating; weapons; blasting' },
  { section: 'G', zh: '物理', en: 'Physics' },
  { section: 'H', zh: '电学', en: 'Electricity' },
];

export type TParsedIpcSymbol = {
  section: TIpcSection;
  /** Two digits, e.g. `04`. */
  class: string;
  /** One letter, e.g. `L`. */
  subclass: string;
  /** Digits without leading zeros, e.g. `9`. */
  mainGroup: string;
  /** Digits as written (they are read as a decimal fraction, so zeros count), e.g. `32`. */
  subgroup: string;
  /** Section, class and subclass, e.g. `H04L` (what industry mappings key on). */
  subclassSymbol: string;
  /** Canonical symbol, e.g. `H04L 9/32`. */
  normalized: string;
};

const IPC = /^([A-H])(\d{2})([A-Z])(\d{1,4})\/(\d{2,6})$/;

/** The parts of an IPC symbol (any spacing, lower case and full-width accepted), or null. */
export function parseIpcSymbol(input: string): TParsedIpcSymbol | null {
  const match = IPC.exec(compactIdentifier(input));
  if (!match) return null;
  const [, section, klass, subclass, group, subgroup] = match;
  if (!section || !klass || !subclass || !group || !subgroup) return null;
  const mainGroup = group.replace(/^0+/, '');
  if (klass === '00' || mainGroup === '') return null;
  const subclassSymbol = `${section}${klass}${subclass}`;
  return {
    section: section as TIpcSection,
    class: klass,
    subclass,
    mainGroup,
    subgroup,
    subclassSymbol,
    normalized: `${subclassSymbol} ${mainGroup}/${subgroup}`,
  };
}

/** Write parts as the canonical symbol; throws a RangeError for parts that are not a symbol. */
export function formatIpcSymbol(parts: Pick<TParsedIpcSymbol, 'section' | 'class' | 'subclass' | 'mainGroup' | 'subgroup'>): string {
  const parsed = parseIpcSymbol(`${parts.section}${parts.class}${parts.subclass} ${parts.mainGroup}/${parts.subgroup}`);
  if (!parsed) throw new RangeError(`not an IPC symbol: ${JSON.stringify(parts)}`);
  return parsed.normalized;
}

export function isValidIpcSymbol(input: string): boolean {
  return parseIpcSymbol(input) !== null;
}

/** Canonical form of a symbol, or null when it is not one. */
export function normalizeIpcSymbol(input: string): string | null {
  return parseIpcSymbol(input)?.normalized ?? null;
}

/** An IPC symbol in a request; the output is canonical (`H04L 9/32`). */
export const ZIpcSymbol = z
  .string()
  .refine(isValidIpcSymbol, { params: { i18n: 'ipcSymbol.format' } })
  .overwrite((value) => normalizeIpcSymbol(value) ?? value);
export type TIpcSymbol = z.infer<typeof ZIpcSymbol>;
