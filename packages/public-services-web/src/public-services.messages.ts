const zhCN = {
  title: '公共服务',
  description:
    '专利代理机构与执业专利代理师及其监管（违规查处、“蓝天”专项行动），专利信息服务申请、专利导航项目、知识产权托管，培训与宣传活动，政策与指南库。',
};

/** Namespace `public-services`; the English resource must have every key the Chinese one has. */
export const publicServicesMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    title: 'Public services',
    description:
      'Patent agencies and practising patent agents and their supervision (violations, the Blue Sky campaign), patent-information service requests, patent navigation projects, IP trusteeship, training and publicity events, and the policy and guide library.',
  },
};
