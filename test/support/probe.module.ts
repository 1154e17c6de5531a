import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Public } from '@prodev/auth';
import { DomainError } from '@prodev/core';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Max, MinLength, ValidateNested } from 'class-validator';

class ProbeAddressDto {
  @IsString()
  @MinLength(2)
  city!: string;
}

class ProbeBodyDto {
  @IsEmail()
  email!: string;

  @IsInt()
  @Max(10)
  count!: number;

  @ValidateNested()
  @Type(() => ProbeAddressDto)
  address!: ProbeAddressDto;
}

class ProbeFullError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'PROBE.FULL';
}

/** Routes that exist only in specs, to exercise the global pipe and filter. */
@Public()
@Controller('probe')
class ProbeController {
  @Post('echo')
  echo(@Body() body: ProbeBodyDto): ProbeBodyDto {
    return body;
  }

  @Get('conflict')
  conflict(): never {
    throw new ProbeFullError('The probe is full');
  }

  @Get('crash')
  crash(): never {
    throw new Error('secret internal detail at /srv/app/db.ts:42');
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
