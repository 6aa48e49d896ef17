import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZTrainingEvent,
  ZTrainingEventCreate,
  ZTrainingEventListQuery,
  ZTrainingEventUpdate,
  type TTrainingEventCreate,
  type TTrainingEventListQuery,
  type TTrainingEventUpdate,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { TrainingService } from './training.service.js';
import { TRAINING_EXPORT } from './training.export.js';

@ApiTags('training')
@Controller('training-events')
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Post()
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Record a training session or publicity event' })
  @ZResponse(201, ZTrainingEvent, 'The event')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZTrainingEventCreate) body: TTrainingEventCreate) {
    return this.training.create(ctx, body);
  }

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Events in the caller’s data scope, latest first' })
  @ZResponse(200, ZPage(ZTrainingEvent), 'One page of events')
  @XlsxExport(TRAINING_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZTrainingEventListQuery) query: TTrainingEventListQuery) {
    return this.training.list(ctx, query);
  }

  @Get(':id')
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'One event' })
  @ZResponse(200, ZTrainingEvent, 'The event')
  @ZResponse(404, null, 'No such event in the caller’s data scope')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }) {
    return this.training.get(ctx, params.id);
  }

  @Patch(':id')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Change an event (e.g. record attendance), against the version read' })
  @ZResponse(200, ZTrainingEvent, 'The event as changed')
  @ZResponse(409, null, 'The version sent is stale')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrainingEventUpdate) body: TTrainingEventUpdate) {
    return this.training.update(ctx, params.id, body);
  }
}
