import { type DynamicModule, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown, type Provider, type Type } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInChina, ZAlertRaised, type TAlertRaised } from '@ipbureau/domain';
import type { ServiceConfig } from '../config/service-config.js';
import { inTransaction } from '../database/data-source.js';
import { LOGGER, type Logger } from '../logging/logger.js';
import { SERVICE_CONFIG } from '../tokens.js';
import { EventTransport } from './events.js';

/** One alert a scan found, with the region of the record it is about. */
export interface FoundAlert {
  regionCode: string;
  alert: TAlertRaised;
}

/**
 * A periodic look for what needs a person: loans maturing, fees falling due, deadlines near.
 * A scan only reads; the scanner publishes what it finds as `alert.raised` events, and
 * platform-api stores each alert key once, so scanning again is harmless.
 */
export interface AlertScan {
  readonly name: string;
  scan(em: EntityManager, today: string): Promise<FoundAlert[]>;
}

export const ALERT_SCANS = Symbol('ALERT_SCANS');

@Injectable()
export class AlertScanner implements OnApplicationBootstrap, OnApplicationShutdown {
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(ALERT_SCANS) private readonly scans: AlertScan[],
    @Inject(EventTransport) private readonly events: EventTransport,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.alertScanMinutes;
    if (minutes <= 0) return;
    const run = () => void this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'alert scan failed'));
    this.timers.push(setTimeout(run, 5_000).unref(), setInterval(run, minutes * 60_000).unref());
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Runs every scan as of `today` (China's date by default); returns how many alerts it raised. */
  async runOnce(today: string = todayInChina()): Promise<number> {
    let raised = 0;
    for (const scan of this.scans) {
      raised += await inTransaction(this.dataSource, async (em) => {
        const found = await scan.scan(em, today);
        for (const { regionCode, alert } of found) {
          await this.events.publish(em, null, { type: 'alert.raised', regionCode, data: ZAlertRaised.parse(alert) });
        }
        return found.length;
      });
    }
    if (raised > 0) this.logger.info({ raised, today }, 'alerts raised');
    return raised;
  }
}

/** Registers a service's alert scans; they run a few seconds after start and then every `ALERT_SCAN_MINUTES`. */
@Module({})
export class AlertsModule {
  static register(scans: Type<AlertScan>[]): DynamicModule {
    const list: Provider[] = scans;
    return {
      module: AlertsModule,
      providers: [...list, { provide: ALERT_SCANS, useFactory: (...instances: AlertScan[]) => instances, inject: scans }, AlertScanner],
      exports: [AlertScanner],
    };
  }
}
