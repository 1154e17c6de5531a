import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CreateProgramDto } from './create-program.dto';

export class UpdateProgramDto extends PartialType(CreateProgramDto) {
  @ApiPropertyOptional({ description: 'true hides the program from the catalog, keeping its history' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}
