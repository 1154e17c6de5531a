import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

export class ReorderModulesDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Every module of the program, once each, in the new order',
  })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  moduleIds!: string[];
}
