import { ApiProperty } from '@nestjs/swagger';
import { ReportKind, ReportStatus } from '@prodev/assessments';

export class ReportDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ReportKind, enumName: 'ReportKind' })
  kind!: ReportKind;

  @ApiProperty({ enum: ReportStatus, enumName: 'ReportStatus' })
  status!: ReportStatus;

  @ApiProperty({ format: 'uuid' })
  cohortId!: string;

  @ApiProperty({ example: 'gradebook-3f1c…-2026-11-26.csv' })
  filename!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why the build failed, when it did' })
  error!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: Date | null;
}

export class ReportRequestedDto {
  @ApiProperty({ format: 'uuid', description: 'Poll GET /reports/{reportId}; download when ready' })
  reportId!: string;

  @ApiProperty({ enum: ReportStatus, enumName: 'ReportStatus' })
  status!: ReportStatus;
}
