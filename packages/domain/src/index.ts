// @ipbureau/domain: the shared kernel. Integrators import these contracts and validators;
// services validate requests with them and publish them as OpenAPI.
export * from './common/errors.js';
export * from './common/paging.js';
export * from './common/scalars.js';
export * from './common/messages.js';
export * from './common/dates.js';
export * from './identity/roles.js';
export * from './identity/scope.js';
export * from './identity/auth.js';
export * from './identity/users.js';
export * from './audit/audit.js';
export * from './common/metrics.js';
export * from './validators/credit-code.js';
export * from './validators/patent-number.js';
export * from './validators/trademark.js';
export * from './validators/ipc.js';
export * from './reference/divisions.js';
export * from './money/money.js';
