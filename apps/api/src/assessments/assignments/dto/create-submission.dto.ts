import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

export class CreateSubmissionDto {
  @ApiProperty({ example: 'https://github.com/ada/url-shortener', maxLength: 2048, description: 'https only' })
  @IsString()
  @MaxLength(2048)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'repositoryUrl must be an https URL' })
  repositoryUrl!: string;

  @ApiPropertyOptional({ example: '3f2a9c1', pattern: '^[0-9a-fA-F]{7,40}$', description: '7 to 40 hex digits' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-fA-F]{7,40}$/, { message: 'commitSha must be 7 to 40 hex digits' })
  commitSha?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
