import { ApiProperty } from '@nestjs/swagger';
import { ProgramLevel } from '@prodev/curriculum';

export class ProgramDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'backend-foundations' })
  slug!: string;

  @ApiProperty({ example: 'Backend foundations' })
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ enum: ProgramLevel, enumName: 'ProgramLevel' })
  level!: ProgramLevel;

  @ApiProperty({ description: 'Visible in the public catalog' })
  published!: boolean;

  @ApiProperty({ description: 'Hidden from the catalog, history kept' })
  archived!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}
