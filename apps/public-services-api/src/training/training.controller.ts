import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZIdParam, ZPage } from '@ipbureau/domain';
import {
  ZTrainingEvent,
  ZTrainingEventCreate,
  ZTrainingEventListQuery,
  ZTrainingEventUpdate,
  ZTrainingAttendance,
  ZTrainingRegistration,
  ZTrainingRegistrationCreate,
  ZTrainingRegistrationListQuery,
  type TTrainingAttendance,
  type TTrainingRegistrationCreate,
  type TTrainingRegistrationListQuery,
  type TTrainingEventCreate,
  type TTrainingEventListQuery,
  type TTrainingEventUpdate,
} from '@ipbureau/domain/public-services';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext, XlsxExport } from '@ipbureau/nest-kit';
import { TrainingService } from './training.service.js';
import { TRAINING_EXPORT, TRAINING_REGISTRATIONS_EXPORT } from './training.export.js';

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

  @Post(':id/registrations')
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Register a person for a training session (not a publicity event)' })
  @ZResponse(201, ZTrainingRegistration, 'The registration')
  @ZResponse(404, null, 'No such event in the caller’s data scope')
  @ZResponse(409, null, 'The person of that organization is registered already')
  @ZResponse(422, null, 'A publicity event takes no registrations')
  register(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrainingRegistrationCreate) body: TTrainingRegistrationCreate) {
    return this.training.register(ctx, params.id, body);
  }
}

/** Registrations across events: one event's list (`eventId`) or one organization's (`creditCode`). */
@ApiTags('training')
@Controller('training-registrations')
export class TrainingRegistrationsController {
  constructor(private readonly training: TrainingService) {}

  @Get()
  @RequireModule('public-services', 'viewer')
  @ApiOperation({ summary: 'Registrations in the caller’s data scope, latest event first; phones masked below officer' })
  @ZResponse(200, ZPage(ZTrainingRegistration), 'One page of registrations')
  @XlsxExport(TRAINING_REGISTRATIONS_EXPORT)
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZTrainingRegistrationListQuery) query: TTrainingRegistrationListQuery) {
    return this.training.listRegistrations(ctx, query);
  }

  @Post(':id/attendance')
  @HttpCode(200)
  @RequireModule('public-services', 'officer')
  @ApiOperation({ summary: 'Mark a registrant attended on a day (or withdraw the mark), against the version read' })
  @ZResponse(200, ZTrainingRegistration, 'The registration as changed')
  @ZResponse(404, null, 'No such registration in the caller’s data scope')
  @ZResponse(409, null, 'The version sent is stale')
  @ZResponse(422, null, 'The day is before the event')
  attendance(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTrainingAttendance) body: TTrainingAttendance) {
    return this.training.markAttendance(ctx, params.id, body);
  }
}
