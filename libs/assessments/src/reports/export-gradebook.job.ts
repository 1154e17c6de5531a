import { defineJob, Queues } from '@prodev/core';
import { IsUUID } from 'class-validator';

export class ExportGradebookJobPayload {
  @IsUUID()
  reportId!: string;
}

declare module '@prodev/core' {
  interface JobPayloads {
    'reports.export-gradebook': ExportGradebookJobPayload;
  }
}

export const ExportGradebookJob = defineJob({
  name: 'reports.export-gradebook',
  queue: Queues.Reports,
  payload: ExportGradebookJobPayload,
  attempts: 3,
  backoffMs: 10_000,
});
