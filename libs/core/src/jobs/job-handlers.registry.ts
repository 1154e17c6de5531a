import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { JobDefinition, JobName } from './job-contract';
import { JOB_HANDLER_METADATA, type JobHandler } from './job-handler';

export interface RegisteredJob {
  readonly definition: JobDefinition;
  readonly handler: JobHandler<JobName>;
}

/** Every `@HandlesJob` provider in the application, by job name. */
@Injectable()
export class JobHandlersRegistry implements OnModuleInit {
  private readonly jobs = new Map<string, RegisteredJob>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance } of this.discovery.getProviders()) {
      if (typeof metatype !== 'function' || instance === null || instance === undefined) continue;
      const definition = this.reflector.get<JobDefinition | undefined>(JOB_HANDLER_METADATA, metatype);
      if (definition === undefined) continue;
      if (this.jobs.has(definition.name)) throw new Error(`Two handlers for the job "${definition.name}"`);
      this.jobs.set(definition.name, { definition, handler: instance as JobHandler<JobName> });
    }
  }

  find(name: string): RegisteredJob | undefined {
    return this.jobs.get(name);
  }
}
