import { ApiProperty } from '@nestjs/swagger';

/** The counts every progress figure shares. */
class CompletionCountsDto {
  @ApiProperty({ example: 3 })
  lessonsDone!: number;

  @ApiProperty({ example: 12 })
  lessonsTotal!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 25, description: 'Whole percent' })
  percent!: number;
}

export class ModuleProgressDto extends CompletionCountsDto {
  @ApiProperty({ format: 'uuid' })
  moduleId!: string;

  @ApiProperty({ example: 'HTTP fundamentals' })
  title!: string;
}

export class ProgramProgressDto extends CompletionCountsDto {
  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ example: 'Backend Foundations' })
  title!: string;

  @ApiProperty({ type: [ModuleProgressDto], description: 'In module order' })
  modules!: ModuleProgressDto[];
}

export class LearnerProgressDto extends CompletionCountsDto {
  @ApiProperty({ format: 'uuid' })
  learnerId!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;
}
