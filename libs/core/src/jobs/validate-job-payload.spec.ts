import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, Min, MinLength, ValidateNested } from 'class-validator';
import { defineJob, Queues } from './job-contract';
import { UnrunnableJobError } from './job-errors';
import { validateJobPayload } from './validate-job-payload';

class ProbeAddress {
  @IsString()
  @MinLength(2)
  city!: string;
}

class ProbePayload {
  @IsUUID()
  userId!: string;

  @IsInt()
  @Min(1)
  count!: number;

  @ValidateNested()
  @Type(() => ProbeAddress)
  address!: ProbeAddress;
}

// Core declares one job only; its (empty) payload type admits any class, so a probe payload fits it.
const ProbeJob = defineJob({
  name: 'jobs.sweep',
  queue: Queues.Schedules,
  payload: ProbePayload,
  attempts: 1,
  backoffMs: 1,
});

const valid = { userId: '6f1c2f1e-8a36-4d8f-9a62-2f3f4b8e9c10', count: 2, address: { city: 'Lyon' } };

async function rejectionOf(data: unknown): Promise<unknown> {
  return validateJobPayload(ProbeJob, data).then(
    () => new Error('expected the payload to be rejected'),
    (error: unknown) => error,
  );
}

describe('validateJobPayload', () => {
  it('returns an instance of the payload class for a valid payload', async () => {
    const payload = await validateJobPayload(ProbeJob, valid);

    expect(payload).toBeInstanceOf(ProbePayload);
    expect(payload).toEqual(valid);
  });

  it('fails a bad payload as unrunnable, naming the job and each bad field', async () => {
    const error = await rejectionOf({ ...valid, userId: 'not-a-uuid', count: 0 });

    expect(error).toBeInstanceOf(UnrunnableJobError);
    expect((error as Error).message).toContain('"jobs.sweep"');
    expect((error as Error).message).toMatch(/userId: .*UUID/);
    expect((error as Error).message).toMatch(/count: /);
  });

  it('names a nested field by its dotted path', async () => {
    const error = await rejectionOf({ ...valid, address: { city: 'X' } });

    expect(error).toBeInstanceOf(UnrunnableJobError);
    expect((error as Error).message).toMatch(/address\.city: /);
  });

  it('rejects fields the payload class does not declare', async () => {
    const error = await rejectionOf({ ...valid, isAdmin: true });

    expect(error).toBeInstanceOf(UnrunnableJobError);
    expect((error as Error).message).toMatch(/isAdmin: .*should not exist/);
  });

  it.each([
    ['null', null],
    ['a string', 'user-1'],
    ['an array', [valid]],
    ['nothing', undefined],
  ])('rejects %s as a payload', async (_label, data) => {
    const error = await rejectionOf(data);

    expect(error).toBeInstanceOf(UnrunnableJobError);
    expect((error as Error).message).toContain('expected an object');
  });
});
