import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { CurriculumEventName, CurriculumEventPayloads } from './curriculum.events';

/** Emits curriculum events typed by their payload map. Call it only after the causing transaction committed. */
@Injectable()
export class CurriculumEventsPublisher {
  constructor(private readonly emitter: EventEmitter2) {}

  publish<Name extends CurriculumEventName>(name: Name, payload: CurriculumEventPayloads[Name]): void {
    this.emitter.emit(name, payload);
  }
}
