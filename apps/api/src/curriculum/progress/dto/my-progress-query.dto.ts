import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MyProgressQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The program to report on' })
  @IsUUID()
  programId!: string;
}
