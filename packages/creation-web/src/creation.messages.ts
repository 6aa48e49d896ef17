const zhCN = {
  title: '知识产权创造',
  description:
    '专利（发明、实用新型、外观设计）与商标（含马德里商标、集体商标、证明商标）、地理标志、高价值发明专利，示范与优势企业培育、知识产权管理规范贯标认证、专利资助及非正常专利申请追回，高价值专利培育中心。',
};

/** Namespace `creation`; the English resource must have every key the Chinese one has. */
export const creationMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    title: 'IP creation',
    description:
      'Patents (invention, utility model, design) and trademarks (including Madrid, collective and certification marks), geographical indications, high-value invention patents; cultivation of demonstration and advantage enterprises, IP-management-standard certification, patent subsidies and clawback for abnormal applications, and high-value patent cultivation centres.',
  },
};
