/** Namespace `common`: the shell's own words. Pillars bring their own namespaces. */
export const zhCN = {
  app: { title: '汕头市知识产权规划管理平台', shortTitle: '知识产权规划管理' },
  language: { label: '界面语言' },
  menu: {
    label: '主菜单',
    dashboard: '首页',
    admin: '系统管理',
    users: '用户管理',
    departments: '部门',
    sessions: '在线会话',
    loginLog: '登录日志',
    auditLog: '审计日志',
  },
  login: {
    heading: '用户登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
  },
  session: {
    logout: '退出登录',
    mustChangePassword: '您的密码需要修改，请尽快设置新密码。',
    loadFailed: '无法获取当前用户信息',
    retry: '重试',
  },
  dashboard: {
    welcome: '欢迎，{{name}}',
    description: '汕头市知识产权规划实施的工作平台：创造、运用、保护、公共服务四大板块与规划指标。',
    services: '服务状态',
  },
  services: {
    platform: '平台服务（用户、规划、审计）',
    creation: '知识产权创造',
    utilization: '知识产权运用',
    protection: '知识产权保护',
    'public-services': '公共服务',
  },
  placeholder: { title: '建设中', description: '该功能将在后续版本提供。' },
  status: { forbidden: '您没有访问此页面的权限。', notFound: '页面不存在。', backHome: '返回首页' },
};

export type CommonMessages = typeof zhCN;
