import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam } from '@ipbureau/domain';
import { ZTask, ZTaskCreate, ZTaskListQuery, ZTaskReport, ZTaskReportCreate, ZTaskUpdate, type TTaskCreate, type TTaskListQuery, type TTaskReportCreate, type TTaskUpdate } from '@ipbureau/domain/plans';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { TasksService } from './tasks.service.js';

const ZTaskParams = z.object({ id: z.uuid(), taskId: z.uuid() });

@ApiTags('plan tasks')
@Controller('plans/:id/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Post()
  @RequireModule('plan', 'officer')
  @ApiOperation({ summary: 'Add a key task of the plan with its responsible and cooperating departments and milestones' })
  @ZResponse(201, ZTask, 'The task')
  @ZResponse(400, null, 'A field is invalid (named in `issues`)')
  @ZResponse(404, null, 'No such plan in the caller’s region')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZTaskCreate) body: TTaskCreate) {
    return this.tasks.create(ctx, params.id, body);
  }

  @Get()
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'The plan’s task board: tasks in order with overdue milestones flagged and the latest report; `department` narrows to one department' })
  @ZResponse(200, z.array(ZTask), 'The tasks')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZTaskListQuery) query: TTaskListQuery) {
    return this.tasks.list(ctx, params.id, query);
  }

  @Get(':taskId')
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'One task' })
  @ZResponse(200, ZTask, 'The task')
  @ZResponse(404, null, 'No such task in this plan')
  get(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZTaskParams) params: { id: string; taskId: string }) {
    return this.tasks.get(ctx, params.id, params.taskId);
  }

  @Patch(':taskId')
  @RequireModule('plan', 'officer')
  @ApiOperation({ summary: 'Change a task or its milestones (the list is replaced) against the version read' })
  @ZResponse(200, ZTask, 'The task as changed')
  @ZResponse(404, null, 'No such task in this plan')
  @ZResponse(409, null, 'The task changed since the version sent')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZTaskParams) params: { id: string; taskId: string }, @ZBody(ZTaskUpdate) body: TTaskUpdate) {
    return this.tasks.update(ctx, params.id, params.taskId, body);
  }

  @Post(':taskId/reports')
  @RequireModule('plan', 'officer')
  @ApiOperation({ summary: 'Report progress on a task for a period, with its status and attachments' })
  @ZResponse(201, ZTaskReport, 'The report')
  @ZResponse(404, null, 'No such task in this plan')
  report(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZTaskParams) params: { id: string; taskId: string }, @ZBody(ZTaskReportCreate) body: TTaskReportCreate) {
    return this.tasks.report(ctx, params.id, params.taskId, body);
  }

  @Get(':taskId/reports')
  @RequireModule('plan', 'viewer')
  @ApiOperation({ summary: 'A task’s progress reports, latest period first' })
  @ZResponse(200, z.array(ZTaskReport), 'The reports')
  reports(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZTaskParams) params: { id: string; taskId: string }) {
    return this.tasks.reports(ctx, params.id, params.taskId);
  }
}
