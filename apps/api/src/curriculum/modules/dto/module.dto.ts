import { ApiProperty } from '@nestjs/swagger';

export class ModuleDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ example: 'HTTP and REST' })
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ example: 1, description: '1-based, gap-free within the program' })
  position!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}
