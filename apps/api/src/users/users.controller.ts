import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, Roles, UsersService, type UserView } from '@prodev/auth';
import type { Page } from '@prodev/core';
import { ApiProblems } from '../http/api-problems.decorator';
import { BEARER_AUTH } from '../http/openapi';
import { PageDto } from '../http/page.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserDto } from './dto/user.dto';

const UserPageDto = PageDto(UserDto);

@ApiTags('users')
@ApiBearerAuth(BEARER_AUTH)
@Roles(Role.Admin)
@ApiProblems(401, 403)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(400)
  listUsers(@Query() query: ListUsersQueryDto): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404)
  getUser(@Param('id', ParseUUIDPipe) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto, description: 'Changed; the user’s existing tokens stop working' })
  @ApiProblems(400, 404, 409)
  updateUser(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto): Promise<UserView> {
    return this.users.update(id, body);
  }
}
