import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ZErrorBody, ZIdParam, ZNotification, ZNotificationListQuery, ZNotificationSummary, ZPage, type TNotification, type TNotificationListQuery, type TNotificationSummary, type TPage } from '@ipbureau/domain';
import { Authenticated, AuthCtx, ZParams, ZQuery, ZResponse, type AuthenticatedContext } from '@ipbureau/nest-kit';
import { NotificationsService } from './notifications.service.js';

/** One's own notifications: the bell's count, the to-do list, read and dismiss. */
@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'My notifications, unread first then by due date; `status=unread` for the to-do list' })
  @ZResponse(200, ZPage(ZNotification), 'A page of notifications')
  list(@AuthCtx() ctx: AuthenticatedContext, @ZQuery(ZNotificationListQuery) query: TNotificationListQuery): Promise<TPage<TNotification>> {
    return this.notifications.list(ctx, query);
  }

  @Get('summary')
  @Authenticated()
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell)' })
  @ZResponse(200, ZNotificationSummary, 'The unread count')
  summary(@AuthCtx() ctx: AuthenticatedContext): Promise<TNotificationSummary> {
    return this.notifications.summary(ctx);
  }

  @Post('read-all')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ZResponse(200, z.object({ read: z.int() }), 'How many were marked')
  async readAll(@AuthCtx() ctx: AuthenticatedContext): Promise<{ read: number }> {
    return { read: await this.notifications.readAll(ctx) };
  }

  @Post(':id/read')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ZResponse(204, null, 'Marked')
  @ZResponse(404, ZErrorBody, 'Not one of mine')
  async read(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }): Promise<void> {
    await this.notifications.mark(ctx, params.id, 'read');
  }

  @Post(':id/dismiss')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one of my notifications from my list (others keep theirs)' })
  @ZResponse(204, null, 'Dismissed')
  @ZResponse(404, ZErrorBody, 'Not one of mine')
  async dismiss(@AuthCtx() ctx: AuthenticatedContext, @ZParams(ZIdParam) params: { id: string }): Promise<void> {
    await this.notifications.mark(ctx, params.id, 'dismiss');
  }
}
