import { ApiProperty } from '@nestjs/swagger';
import { ProgramLevel } from '@prodev/curriculum';

export class OutlineLessonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 1, description: '1-based, within the module' })
  position!: number;

  @ApiProperty({ example: 30 })
  estimatedMinutes!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  prerequisiteLessonIds!: string[];

  @ApiProperty({ type: [String], example: ['http', 'rest'] })
  tags!: string[];
}

export class OutlineModuleDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 1, description: '1-based, within the program' })
  position!: number;

  @ApiProperty({ type: [OutlineLessonDto] })
  lessons!: OutlineLessonDto[];
}

export class OutlineDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  slug!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ProgramLevel, enumName: 'ProgramLevel' })
  level!: ProgramLevel;

  @ApiProperty({ type: [OutlineModuleDto] })
  modules!: OutlineModuleDto[];
}
