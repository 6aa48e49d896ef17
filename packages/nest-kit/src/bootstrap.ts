import 'reflect-metadata';
import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { ServiceConfig } from './config/service-config.js';
import { LOGGER, type Logger, NestPinoLogger, createLogger } from './logging/logger.js';
import { requestIdMiddleware } from './logging/request-id.middleware.js';
import { ZErrorBody } from '@ipbureau/domain';
import { toOpenApi } from './validation/zod.decorators.js';

function trustProxy(value: string): boolean | string | number {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function buildOpenApiDocument(app: INestApplication, config: ServiceConfig, description: string): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(`${config.service}-api`)
    .setDescription(description)
    .setVersion(config.version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT (EdDSA), issued by platform-api' })
    .build();
  const document = SwaggerModule.createDocument(app, builder, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorBody: toOpenApi(ZErrorBody, 'output') as never } };
  return document;
}

/** Builds a service's application (not yet listening): the same code path for `start` and tests. */
export async function createServiceApp(
  module: DynamicModule | Type,
  config: ServiceConfig,
  options: { description?: string } = {},
): Promise<NestExpressApplication> {
  const bootLogger = createLogger(config.service, config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: new NestPinoLogger(bootLogger),
    abortOnError: false,
  });
  const logger = app.get<Logger>(LOGGER);
  app.set('trust proxy', trustProxy(config.trustProxy));
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(requestIdMiddleware(logger));
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix(`api/${config.service}`);
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app, config, options.description ?? `${config.service} service of the IP bureau platform`);
  SwaggerModule.setup(`api/${config.service}/docs`, app, document, {
    useGlobalPrefix: false,
    jsonDocumentUrl: `api/${config.service}/docs-json`,
    customSiteTitle: `${config.service}-api`,
  });
  await app.init();
  return app;
}

/** Starts a service and serves it until SIGINT/SIGTERM. */
export async function bootstrap(module: DynamicModule | Type, config: ServiceConfig, options: { description?: string } = {}) {
  const app = await createServiceApp(module, config, options);
  await app.listen(config.port, config.host);
  app.get<Logger>(LOGGER).info({ port: config.port, host: config.host }, `${config.service}-api listening`);
  return app;
}
