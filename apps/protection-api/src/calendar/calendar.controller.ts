import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZIdParam } from '@ipbureau/domain';
import {
  ZCalendarDay,
  ZCalendarDayCreate,
  ZCalendarDayDelete,
  ZCalendarDayUpdate,
  ZCalendarQuery,
  type TCalendarDayCreate,
  type TCalendarDayUpdate,
  type TCalendarQuery,
} from '@ipbureau/domain/protection';
import { AuthCtx, RequireModule, ZBody, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { CalendarService } from './calendar.service.js';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @RequireModule('protection', 'viewer')
  @ApiOperation({ summary: 'The working-day calendar: public holidays and adjusted working days, by date' })
  @ZResponse(200, z.array(ZCalendarDay), 'The days, oldest first')
  list(@ZQuery(ZCalendarQuery) query: TCalendarQuery) {
    return this.calendar.list(query);
  }

  @Post()
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Add a public holiday or an adjusted working day (section chief)' })
  @ZResponse(201, ZCalendarDay, 'The day as added')
  @ZResponse(403, null, 'A local day outside the caller’s data scope')
  @ZResponse(409, null, 'The date is already in the calendar for that region')
  create(@AuthCtx() ctx: AuthenticatedContext, @ZBody(ZCalendarDayCreate) body: TCalendarDayCreate) {
    return this.calendar.create(ctx, body);
  }

  @Patch(':id')
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Change a day’s kind or name, or mark it verified, against the version read' })
  @ZResponse(200, ZCalendarDay, 'The day as changed')
  @ZResponse(404, null, 'No such day')
  @ZResponse(409, null, 'Stale version')
  update(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZBody(ZCalendarDayUpdate) body: TCalendarDayUpdate) {
    return this.calendar.update(ctx, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireModule('protection', 'approver')
  @ApiOperation({ summary: 'Remove a day (`?version=` the version read)' })
  @ZResponse(204, null, 'Removed')
  @ZResponse(404, null, 'No such day')
  @ZResponse(409, null, 'Stale version')
  async remove(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }, @ZQuery(ZCalendarDayDelete) query: { version: number }) {
    await this.calendar.remove(ctx, params.id, query.version);
  }
}
