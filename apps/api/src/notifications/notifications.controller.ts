import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { NotificationsService, type NotificationView } from '@prodev/notifications';
import { ApiProblems } from '../http/api-problems.decorator';
import { BEARER_AUTH } from '../http/openapi';
import { PageDto } from '../http/page.dto';
import { ListNotificationsQueryDto } from './dto/list-notifications-query.dto';
import { NotificationDto } from './dto/notification.dto';

const NotificationPageDto = PageDto(NotificationDto);

@ApiTags('notifications')
@ApiBearerAuth(BEARER_AUTH)
@ApiProblems(401)
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto, description: 'The caller’s notifications, newest first' })
  @ApiProblems(400)
  listMyNotifications(
    @Query() query: ListNotificationsQueryDto,
    @CurrentUser() caller: AuthUser,
  ): Promise<Page<NotificationView>> {
    return this.notifications.listMine(caller, query);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Marked read (again: no change)' })
  @ApiProblems(400, 404)
  markNotificationRead(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() caller: AuthUser): Promise<void> {
    return this.notifications.markRead(caller, id);
  }
}
