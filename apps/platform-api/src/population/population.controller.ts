import { Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZPopulation, ZPopulationListQuery, ZPopulationUpsert, type TPopulationInput, type TPopulationListQuery } from '@ipbureau/domain/plans';
import { AuthCtx, RequireModule, ZBody, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { PopulationService } from './population.service.js';

@ApiTags('population')
@Controller('population')
export class PopulationController {
  constructor(private readonly population: PopulationService) {}

  @Get()
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'Population figures of the caller’s region and its districts by year and basis (resident 常住 / registered 户籍)' })
  @ZResponse(200, z.array(ZPopulation), 'The figures, by year, region and basis')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZPopulationListQuery) query: TPopulationListQuery) {
    return this.population.list(ctx, query);
  }

  @Put()
  @RequireModule('plan', 'officer')
  @ApiOperation({ summary: 'Record the population of a year, region or district and basis (replacing the figure recorded for them)' })
  @ZResponse(200, ZPopulation, 'The figure as recorded')
  @ZResponse(400, null, 'A field is invalid, or the region is outside the caller’s region')
  upsert(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZPopulationUpsert) body: TPopulationInput) {
    return this.population.upsert(ctx, body);
  }
}
