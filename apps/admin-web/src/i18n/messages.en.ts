import type { CommonMessages } from './messages.zh-CN';

export const en: CommonMessages = {
  app: { title: 'Shantou IP Plan Management Platform', shortTitle: 'IP Plan Management' },
  language: { label: 'Language' },
  menu: {
    label: 'Main menu',
    dashboard: 'Home',
    admin: 'Administration',
    users: 'Users',
    departments: 'Departments',
    sessions: 'Active sessions',
    loginLog: 'Login log',
    auditLog: 'Audit log',
  },
  login: {
    heading: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
  },
  session: {
    logout: 'Sign out',
    mustChangePassword: 'Your password must be changed; please set a new one soon.',
    loadFailed: 'Could not load the current user',
    retry: 'Retry',
  },
  dashboard: {
    welcome: 'Welcome, {{name}}',
    description: 'The workbench for carrying out Shantou’s IP plan: creation, utilization, protection, public services, and the plan’s indicators.',
    services: 'Service status',
  },
  services: {
    platform: 'Platform (users, plans, audit)',
    creation: 'IP creation',
    utilization: 'IP utilization',
    protection: 'IP protection',
    'public-services': 'Public services',
  },
  placeholder: { title: 'Under construction', description: 'This function comes in a later release.' },
  status: { forbidden: 'You do not have access to this page.', notFound: 'Page not found.', backHome: 'Back to home' },
};
