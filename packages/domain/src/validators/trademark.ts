import { z } from 'zod';
import { compactIdentifier } from './normalize.js';

/**
 * Trademark registration number 商标注册号: the number CNIPA gives an application and keeps on
 * registration; 1–10 digits, no leading zero.
 */
const TRADEMARK_NUMBER = /^[1-9]\d{0,9}$/;

/** Tidy a typed registration number (spaces and full-width digits); the result may still be invalid. */
export function normalizeTrademarkNumber(input: string): string {
  return compactIdentifier(input);
}

export function isValidTrademarkNumber(input: string): boolean {
  return TRADEMARK_NUMBER.test(normalizeTrademarkNumber(input));
}

export const ZTrademarkNumber = z
  .string()
  .overwrite(normalizeTrademarkNumber)
  .refine((value) => TRADEMARK_NUMBER.test(value), { params: { i18n: 'trademarkNumber.format' } });
export type TTrademarkNumber = z.infer<typeof ZTrademarkNumber>;

export const NICE_CLASS_MIN = 1;
export const NICE_CLASS_MAX = 45;

/** A class of the Nice Classification 尼斯分类 (classes 1–34 goods, 35–45 services). */
export const ZNiceClass = z
  .int()
  .refine((n) => n >= NICE_CLASS_MIN && n <= NICE_CLASS_MAX, { params: { i18n: 'niceClass.range' } })
  // The range is a refinement (so its message can be translated); tell JSON Schema about it.
  .meta({ minimum: NICE_CLASS_MIN, maximum: NICE_CLASS_MAX });
export type TNiceClass = z.infer<typeof ZNiceClass>;

export type TNiceClassInfo = {
  number: number;
  kind: 'goods' | 'services';
  /** The short name Chinese filings and agencies use (类似商品和服务区分表). */
  zh: string;
  /** A short English heading (abridged from the Nice class headings). */
  en: string;
};

const NICE_HEADINGS: readonly (readonly [string, string])[] = [
  ['化学原料', 'Chemicals'],
  ['颜料油漆', 'Paints, varnishes, colourants'],
  ['日化用品', 'Cosmetics and cleaning preparations'],
  ['燃料油脂', 'Industrial oils, lubricants, fuels'],
  ['医药', 'Pharmaceuticals'],
  ['金属材料', 'Common metals and metal goods'],
  ['机械设备', 'Machines and machine tools'],
  ['手工器械', 'Hand tools and implements'],
  ['科学仪器', 'Scientific and electrical apparatus, computers, software'],
  ['医疗器械', 'Medical and veterinary apparatus'],
  ['灯具空调', 'Lighting, heating, cooling and sanitary installations'],
  ['运输工具', 'Vehicles'],
  ['军火烟火', 'Firearms, ammunition, fireworks'],
  ['珠宝钟表', 'Jewellery, clocks and watches'],
  ['乐器', 'Musical instruments'],
  ['办公用品', 'Paper, printed matter, stationery'],
  ['橡胶制品', 'Rubber, plastics and insulating materials'],
  ['皮革皮具', 'Leather goods, luggage, umbrellas'],
  ['建筑材料', 'Non-metallic building materials'],
  ['家具', 'Furniture'],
  ['厨房洁具', 'Household and kitchen utensils, glassware'],
  ['绳网袋篷', 'Ropes, nets, tents, sacks'],
  ['纱线丝', 'Yarns and threads'],
  ['布料床单', 'Textiles and household linen'],
  ['服装鞋帽', 'Clothing, footwear, headwear'],
  ['纽扣拉链', 'Lace, buttons, haberdashery'],
  ['地毯席垫', 'Carpets and floor coverings'],
  ['健身器材', 'Games, toys, sporting goods'],
  ['食品', 'Meat, fish, preserved foods, dairy, edible oils'],
  ['方便食品', 'Coffee, tea, flour, bakery, confectionery, condiments'],
  ['饲料种籽', 'Agricultural products, live animals, seeds, feed'],
  ['啤酒饮料', 'Beers and non-alcoholic beverages'],
  ['酒', 'Alcoholic beverages except beers'],
  ['烟草烟具', 'Tobacco and smokers’ articles'],
  ['广告销售', 'Advertising and business services'],
  ['金融物管', 'Insurance, finance, real estate'],
  ['建筑修理', 'Construction, repair, installation'],
  ['通讯服务', 'Telecommunications'],
  ['运输贮藏', 'Transport, packaging, storage, travel arrangement'],
  ['材料加工', 'Treatment of materials'],
  ['教育娱乐', 'Education, training, entertainment'],
  ['网站服务', 'Scientific, technological and software services'],
  ['餐饮住宿', 'Food and drink services, temporary accommodation'],
  ['医疗园艺', 'Medical, beauty, agricultural services'],
  ['社会服务', 'Legal, security and personal services'],
];

/** All 45 classes, in order: `NICE_CLASSES[n - 1].number === n`. */
export const NICE_CLASSES: readonly TNiceClassInfo[] = NICE_HEADINGS.map(([zh, en], i) => ({
  number: i + 1,
  kind: i + 1 <= 34 ? 'goods' : 'services',
  zh,
  en,
}));

/** The reference entry of a class, or undefined outside 1–45. */
export function niceClassInfo(classNumber: number): TNiceClassInfo | undefined {
  return NICE_CLASSES.find((c) => c.number === classNumber);
}
