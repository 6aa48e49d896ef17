const zhCN = {
  title: '知识产权保护',
  description:
    '行政执法案件（商标、专利侵权纠纷、假冒专利、著作权、商业秘密、不正当竞争）、行政裁决、调解与诉调对接，快速预审与快速确权，维权援助工作站、重点企业直通车、黑名单与白名单，展会及电商投诉、海外维权援助与举报奖励。',
};

/** Namespace `protection`; the English resource must have every key the Chinese one has. */
export const protectionMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    title: 'IP protection',
    description:
      'Administrative enforcement cases (trademarks, patent infringement disputes, counterfeit patents, copyright, trade secrets, unfair competition), administrative adjudication, mediation and hand-over to courts or arbitration, rapid pre-examination and confirmation, rights-protection workstations, the key-enterprise list, credit blacklist and whitelist, exhibition and e-commerce complaints, overseas assistance and reporting rewards.',
  },
};
