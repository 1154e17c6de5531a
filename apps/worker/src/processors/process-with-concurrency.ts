import { Process } from '@nestjs/bull';
import type { Type } from '@nestjs/common';
import { ANY_JOB } from '@prodev/core';

/**
 * Applies `@Process` with a concurrency from config. The decorator's options
 * are fixed when the class is defined, before the configuration is loaded, so
 * the worker module applies it once at start instead.
 */
export function processAllJobs<T>(processor: Type<T>, method: keyof T & string, concurrency: number): void {
  const descriptor = Object.getOwnPropertyDescriptor(processor.prototype, method);
  if (descriptor === undefined) throw new Error(`${processor.name} has no method ${method}`);
  Process({ name: ANY_JOB, concurrency })(processor.prototype as object, method, descriptor);
}
