import { ApiProperty } from '@nestjs/swagger';

export class ModuleProgressDto {
  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ example: 'HTTP fundamentals' })
  title!: string;

  @ApiProperty({ example: 3 })
  lessonsDone!: number;

  @ApiProperty({ example: 4 })
  lessonsTotal!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 75, description: 'Whole percent' })
  percent!: number;
}

export class ProgramProgressDto {
  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ example: 'Backend Foundations' })
  title!: string;

  @ApiProperty({ example: 3 })
  lessonsDone!: number;

  @ApiProperty({ example: 12 })
  lessonsTotal!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 25 })
  percent!: number;

  @ApiProperty({ type: [ModuleProgressDto], description: 'In module order' })
  modules!: ModuleProgressDto[];
}

export class LearnerProgressDto {
  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ example: 3 })
  lessonsDone!: number;

  @ApiProperty({ example: 12 })
  lessonsTotal!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 25 })
  percent!: number;
}
