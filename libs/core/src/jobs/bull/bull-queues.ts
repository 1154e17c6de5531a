import { getQueueToken } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { QUEUE_NAMES, type QueueName } from '../job-contract';

/** The registered Bull queues by name, for code that works across all of them. */
@Injectable()
export class BullQueues {
  constructor(private readonly moduleRef: ModuleRef) {}

  // Looked up on use: the queues are async providers, not yet built when this class is.
  get(name: QueueName): Queue {
    const queue = this.moduleRef.get<Queue | null>(getQueueToken(name), { strict: false });
    if (queue === null) throw new Error(`The Bull queue "${name}" is not ready`);
    return queue;
  }

  all(): ReadonlyMap<QueueName, Queue> {
    return new Map(QUEUE_NAMES.map((name) => [name, this.get(name)]));
  }
}
