// Word lists for synthetic but plausible names. Nothing here names a real enterprise or person.
import { creditCode } from './identifiers.js';
import { intBetween, pick, prng, weighted } from './random.js';

/** Shantou's districts (packages/domain reference data) with the demo's share of activity (%). */
export const DISTRICTS = [
  { code: '440507', zh: '龙湖', weight: 22 },
  { code: '440511', zh: '金平', weight: 18 },
  { code: '440512', zh: '濠江', weight: 5 },
  { code: '440513', zh: '潮阳', weight: 14 },
  { code: '440514', zh: '潮南', weight: 12 },
  { code: '440515', zh: '澄海', weight: 28 },
  { code: '440523', zh: '南澳', weight: 1 },
];
export const CITY = '440500';

const BRAND_SYLLABLES = ['华', '星', '泰', '宏', '达', '信', '隆', '鑫', '盛', '兴', '丰', '源', '创', '美', '佳', '嘉', '恒', '骏', '乐', '奥', '迪', '凯', '锦', '东', '海', '联', '金', '银', '新', '明', '通', '益', '德', '康', '瑞', '雅', '宝', '龙', '博', '澳'];
const TRADES = [
  { trade: '玩具', weight: 24 },
  { trade: '塑胶制品', weight: 8 },
  { trade: '纺织服装', weight: 10 },
  { trade: '内衣', weight: 6 },
  { trade: '化妆品', weight: 6 },
  { trade: '食品', weight: 8 },
  { trade: '印刷包装', weight: 7 },
  { trade: '轻工机械', weight: 8 },
  { trade: '电子科技', weight: 9 },
  { trade: '化工', weight: 5 },
  { trade: '医药', weight: 3 },
  { trade: '工艺品', weight: 6 },
];
const SUFFIXES = ['有限公司', '有限公司', '有限公司', '实业有限公司', '科技有限公司', '股份有限公司'];
const SURNAMES = ['陈', '林', '黄', '李', '郑', '吴', '蔡', '许', '王', '张', '杨', '谢', '洪', '马', '庄', '纪', '佘', '翁', '姚', '方'];
const GIVEN = ['伟', '敏', '俊', '丽', '强', '芳', '杰', '婷', '斌', '燕', '鹏', '娜', '涛', '玲', '彬', '洁', '锐', '琳', '浩', '雯', '晓', '志', '少', '泽', '楷', '钦', '嘉', '铭'];

export const BANKS = ['中国工商银行汕头分行', '中国农业银行汕头分行', '中国银行汕头分行', '中国建设银行汕头分行', '广发银行汕头分行', '兴业银行汕头分行', '招商银行汕头分行', '汕头农村商业银行', '华兴银行汕头分行', '中国邮政储蓄银行汕头分行'];

/** A person's name. */
export function personName(rnd) {
  return `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}${rnd() < 0.7 ? pick(rnd, GIVEN) : ''}`;
}

/**
 * The demo's organisations: `count` enterprises spread over the districts by their weights, each
 * with a unique name and a valid unified social credit code registered in its district, plus the
 * city's university and research institutes.
 */
export function organisations(count, seed = 20201231) {
  const rnd = prng(seed);
  const orgs = [];
  const names = new Set();
  let serial = 1000;
  while (orgs.length < count) {
    const district = weighted(rnd, DISTRICTS, (d) => d.weight);
    const { trade } = weighted(rnd, TRADES, (t) => t.weight);
    const brand = `${pick(rnd, BRAND_SYLLABLES)}${pick(rnd, BRAND_SYLLABLES)}`;
    const name = `汕头市${rnd() < 0.5 ? `${district.zh}区` : ''}${brand}${trade}${pick(rnd, SUFFIXES)}`.replace('南澳区', '南澳县');
    if (names.has(name)) continue;
    names.add(name);
    serial += intBetween(rnd, 1, 97);
    orgs.push({ name, creditCode: creditCode(district.code, serial), district: district.code, trade });
  }
  const institutions = [
    ['汕头大学', '440507'],
    ['汕头职业技术学院', '440507'],
    ['广东以色列理工学院', '440515'],
    ['汕头市农业科学研究所', '440511'],
  ];
  for (const [name, district] of institutions) {
    serial += 13;
    orgs.push({ name, creditCode: creditCode(district, serial, '12'), district, trade: '科研教育' });
  }
  return orgs;
}

/** IPC main groups the demo's inventions and utility models are filed under, with titles. */
export const IPC_TOPICS = [
  { ipc: 'A63H 33/08', titles: ['一种拼装积木玩具', '一种可变形积木组件', '一种益智拼插积木', '一种磁力拼接积木', '一种积木拼装底板'] },
  { ipc: 'A63H 17/26', titles: ['一种遥控玩具车', '一种惯性回力玩具车', '一种可编程玩具车', '一种变形玩具车'] },
  { ipc: 'A63H 33/00', titles: ['一种儿童早教玩具', '一种发光陀螺玩具', '一种水枪玩具'] },
  { ipc: 'B29C 49/04', titles: ['一种吹塑成型装置', '一种中空容器吹塑机'] },
  { ipc: 'B65B 11/00', titles: ['一种自动包装机', '一种玩具装盒机'] },
  { ipc: 'D06P 1/38', titles: ['一种针织面料染色工艺', '一种环保印染方法'] },
  { ipc: 'A23G 3/34', titles: ['一种糖果及其制备方法', '一种果冻生产装置'] },
  { ipc: 'A63H 27/12', titles: ['一种遥控玩具飞行器', '一种四旋翼玩具无人机'] },
  { ipc: 'A63H 3/36', titles: ['一种关节可动玩偶', '一种发声毛绒玩具'] },
  { ipc: 'B29C 45/17', titles: ['一种注塑成型模具', '一种双色注塑机的合模装置'] },
  { ipc: 'B65D 81/32', titles: ['一种食品包装盒', '一种防潮包装袋'] },
  { ipc: 'B41F 13/00', titles: ['一种凹版印刷机的张力控制装置', '一种柔版印刷机'] },
  { ipc: 'D04B 1/24', titles: ['一种无缝针织内衣', '一种针织面料的编织方法'] },
  { ipc: 'A41C 3/00', titles: ['一种无钢圈文胸', '一种塑身内衣'] },
  { ipc: 'A61K 8/97', titles: ['一种植物提取物护肤组合物', '一种祛痘化妆品及其制备方法'] },
  { ipc: 'A23L 33/105', titles: ['一种牛肉丸及其制备方法', '一种功能性植物饮料'] },
  { ipc: 'C08L 23/12', titles: ['一种改性聚丙烯材料', '一种可降解塑料组合物'] },
  { ipc: 'H04N 5/232', titles: ['一种摄像模组', '一种图像采集装置'] },
  { ipc: 'G06F 16/35', titles: ['一种数据分类方法及系统', '一种文本检索方法'] },
  { ipc: 'H04L 9/32', titles: ['一种身份认证方法', '一种基于区块链的数据存证方法'] },
  { ipc: 'H01L 33/48', titles: ['一种LED封装结构', '一种半导体发光器件'] },
  { ipc: 'H01M 10/052', titles: ['一种锂离子电池', '一种电池管理系统'] },
  { ipc: 'C12N 15/10', titles: ['一种基因编辑载体及其应用', '一种微生物发酵方法'] },
  { ipc: 'A61B 5/00', titles: ['一种医用监护装置', '一种超声探头'] },
  { ipc: 'C02F 9/04', titles: ['一种印染废水处理系统', '一种污水处理装置'] },
  { ipc: 'B25J 9/16', titles: ['一种工业机器人控制方法', '一种机械臂抓取装置'] },
];

/** Design patents name the product (Locarno, no IPC). */
export const DESIGN_TITLES = ['玩具车（越野）', '积木（城堡）', '玩具枪', '毛绒玩具（熊）', '包装盒', '内衣', '化妆品瓶', '饮料瓶', '灯具', '手机壳', '茶具', '工艺摆件', '遥控器', '收纳盒', '水杯'];

/** Nice classes the demo's marks cover, by how often Shantou files in them. */
export const NICE_WEIGHTS = [
  [28, 26], [25, 12], [3, 8], [29, 5], [30, 6], [35, 9], [9, 6], [16, 3], [20, 3], [21, 4], [32, 3], [33, 2], [11, 3], [7, 3], [5, 2], [41, 2], [43, 2], [18, 2], [24, 2], [14, 1],
];
