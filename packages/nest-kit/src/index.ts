// @ipbureau/nest-kit: what every service is built on.
export { loadServiceConfig, ZServiceEnv, type ServiceConfig } from './config/service-config.js';
export { DomainException, text, notFound, conflict, unprocessable, forbidden, unauthenticated, type LocalizedText } from './errors/domain.exception.js';
export { DomainErrorFilter, resolveError } from './errors/error.filter.js';
export { ZBody, ZQuery, ZParams, ZResponse, parseOrThrow, toOpenApi, toFieldIssues, validationError } from './validation/zod.decorators.js';
export { Public, Authenticated, RequireModule, RequireAdmin, ACCESS_RULE, type AccessRule } from './auth/access.decorators.js';
export { AccessGuard } from './auth/access.guard.js';
export { Ctx, AuthCtx, contextFromRequest, type RequestContext, type AuthenticatedContext } from './auth/request-context.js';
export { TokenVerifier, RemoteJwksVerifier, verifyWithKeys, TOKEN_ISSUER, TOKEN_AUDIENCE, TOKEN_ALGORITHMS } from './auth/token-verifier.js';
export { prepareFoundation, serviceRole, SERVICE_SCHEMAS } from './database/foundation.js';
export { openDataSource, inTransaction, type DatabaseOptions } from './database/data-source.js';
export { AuditWriter, type AuditEntry } from './audit/audit.writer.js';
export { paginate } from './paging/paginate.js';
export { scopeCondition, inScope, divisionPrefix, isWithinDivision, type ScopedColumns } from './scope/data-scope.js';
export { HealthController, ZHealth } from './health/health.controller.js';
export { LOGGER, createLogger, type Logger } from './logging/logger.js';
export { SERVICE_CONFIG } from './tokens.js';
export { KitModule, type KitOptions } from './kit.module.js';
export { createServiceApp, bootstrap, buildOpenApiDocument } from './bootstrap.js';
