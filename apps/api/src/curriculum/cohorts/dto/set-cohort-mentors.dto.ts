import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

export class SetCohortMentorsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Active users with the mentor role; replaces the list' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  mentorIds!: string[];
}
