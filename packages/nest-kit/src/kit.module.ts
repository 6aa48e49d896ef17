import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown, type Provider, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from './config/service-config.js';
import { type DatabaseOptions, openDataSource } from './database/data-source.js';
import { SERVICE_CONFIG } from './tokens.js';
import { createLogger, LOGGER, type Logger } from './logging/logger.js';
import { AuditWriter } from './audit/audit.writer.js';
import { RecordOwnership } from './scope/record-ownership.js';
import { AccessGuard } from './auth/access.guard.js';
import { RemoteJwksVerifier, TokenVerifier } from './auth/token-verifier.js';
import { DomainErrorFilter } from './errors/error.filter.js';
import { HealthController } from './health/health.controller.js';
import { EventTransport } from './events/events.js';

export interface KitOptions {
  config: ServiceConfig;
  database: DatabaseOptions;
  /** platform-api verifies with its own keys; every other service with the published JWKS. */
  tokenVerifier?: Type<TokenVerifier>;
  /** Providers the verifier needs, made available to the whole service. */
  providers?: Provider[];
}

class DataSourceCloser implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventTransport) private readonly events: EventTransport,
  ) {}
  async onApplicationShutdown() {
    await this.events.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * What every service is built on: configuration, logger, its database connection and
 * migrations, token verification and access rules on every route, rate limiting, the audit
 * writer, the error filter and the health endpoint.
 */
@Global()
@Module({})
export class KitModule {
  static forService(options: KitOptions): DynamicModule {
    const { config } = options;
    const extra = options.providers ?? [];
    return {
      module: KitModule,
      imports: [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }])],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: LOGGER, useValue: createLogger(config.service, config.logLevel) },
        { provide: DataSource, useFactory: () => openDataSource(config, options.database) },
        // After the data source: opening it installs the transport's schema and queues.
        { provide: EventTransport, useFactory: (_: DataSource, logger: Logger) => EventTransport.open(config, logger), inject: [DataSource, LOGGER] },
        DataSourceCloser,
        ...extra,
        options.tokenVerifier
          ? { provide: TokenVerifier, useClass: options.tokenVerifier }
          : { provide: TokenVerifier, useValue: new RemoteJwksVerifier(config.jwksUrl) },
        AuditWriter,
        RecordOwnership,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
      exports: [SERVICE_CONFIG, LOGGER, DataSource, EventTransport, TokenVerifier, AuditWriter, RecordOwnership, ...extra],
    };
  }
}
