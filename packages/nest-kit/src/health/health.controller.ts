import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../auth/access.decorators.js';
import { SERVICE_CONFIG } from '../tokens.js';
import type { ServiceConfig } from '../config/service-config.js';
import { ZResponse } from '../validation/zod.decorators.js';

export const ZHealth = z.object({
  status: z.enum(['ok', 'error']),
  service: z.string(),
  version: z.string(),
  database: z.enum(['up', 'down']),
});

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability, for load balancers and the shell' })
  @ZResponse(200, ZHealth, 'Service and database are up')
  @ZResponse(503, ZHealth, 'The database is unreachable')
  async health(@Res({ passthrough: true }) res: Response): Promise<z.infer<typeof ZHealth>> {
    let database: 'up' | 'down' = 'up';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = 'down';
    }
    if (database === 'down') res.status(503);
    return { status: database === 'up' ? 'ok' : 'error', service: this.config.service, version: this.config.version, database };
  }
}
