import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { JobDefinition, JobName, JobPayloads } from './job-contract';
import { UnrunnableJobError } from './job-errors';

function describe(errors: readonly ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...describe(error.children ?? [], path)];
  });
}

/** A job's payload checked like an HTTP body: a queue is an entry point too. */
export async function validateJobPayload<Name extends JobName>(
  definition: JobDefinition<Name>,
  data: unknown,
): Promise<JobPayloads[Name]> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UnrunnableJobError(`Invalid payload for job "${definition.name}": expected an object`);
  }
  const payload = plainToInstance(definition.payload, data);
  // forbidUnknownValues would refuse a payload class without properties (the sweeper's): the instance's
  // class is always the definition's, so there is no unknown value to guard against.
  const errors = await validate(payload, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
  });
  if (errors.length > 0) {
    throw new UnrunnableJobError(`Invalid payload for job "${definition.name}": ${describe(errors).join('; ')}`);
  }
  return payload;
}
