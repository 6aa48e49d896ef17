const zhCN = {
  title: '知识产权运用',
  description:
    '知识产权质押融资（专利、商标、地理标志）、风险补偿资金与贴息、知识产权保险、证券化与信托、技术转让与许可，中国专利奖及省、市专利奖，专利转化项目。',
};

/** Namespace `utilization`; the English resource must have every key the Chinese one has. */
export const utilizationMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    title: 'IP utilization',
    description:
      'IP pledge financing (patents, trademarks, geographical indications), the risk-compensation fund and interest subsidies, IP insurance, securitization and trusts, technology transfer and licensing, China, provincial and municipal patent awards, and patent commercialization projects.',
  },
};
