import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AssessmentsEventName, AssessmentsEventPayloads } from './assessments.events';

/** Emits assessment events typed by their payload map. Call it only after the causing transaction committed. */
@Injectable()
export class AssessmentsEventsPublisher {
  constructor(private readonly emitter: EventEmitter2) {}

  publish<Name extends AssessmentsEventName>(name: Name, payload: AssessmentsEventPayloads[Name]): void {
    this.emitter.emit(name, payload);
  }
}
