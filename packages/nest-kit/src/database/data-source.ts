import { DataSource, type EntityManager, type MixedList } from 'typeorm';
import type { ServiceConfig } from '../config/service-config.js';
import { prepareEventTransport } from '../events/transport.js';
import { prepareFoundation, serviceRole } from './foundation.js';

// TypeORM's own option types for these lists are unions of constructors and strings.
type EntityList = MixedList<string | (abstract new (...args: never[]) => unknown) | (new (...args: never[]) => unknown)>;

export interface DatabaseOptions {
  /** Entities listed one by one: no discovery by file glob. */
  entities: EntityList;
  /** Reviewed migrations, listed in order. */
  migrations: MixedList<string | (new (...args: never[]) => unknown)>;
}

/**
 * Opens the service's connection pool: connections run as the service's own role with its
 * schema first on the search path, and the reviewed migrations run before anything is served.
 * `synchronize` is never used.
 */
export async function openDataSource(config: ServiceConfig, options: DatabaseOptions): Promise<DataSource> {
  await prepareFoundation(config.databaseUrl);
  await prepareEventTransport(config.databaseUrl);
  const role = serviceRole(config.schema);
  const dataSource = new DataSource({
    type: 'postgres',
    url: config.databaseUrl,
    schema: config.schema,
    entities: options.entities as never,
    migrations: options.migrations as never,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: `${config.service}-api`,
    extra: {
      max: config.dbPoolSize,
      options: `-c role=${role} -c search_path=${config.schema},public -c TimeZone=Asia/Shanghai`,
    },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Runs `work` in one transaction: the write, its audit entry and its events commit together. */
export function inTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('READ COMMITTED', work);
}
