export { startTestService, type TestService, type TestServiceOptions } from './test-service.js';
export { TestTokenIssuer } from './token-issuer.js';
export { routeAccessReport } from './route-access.js';
export { committedOpenApi } from './openapi-file.js';
export { xlsxRows } from './xlsx-rows.js';
