import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthEventName, AuthEventPayloads } from './auth.events';

/** Emits auth events typed by their payload map. Call it only after the causing transaction committed. */
@Injectable()
export class AuthEventsPublisher {
  constructor(private readonly emitter: EventEmitter2) {}

  publish<Name extends AuthEventName>(name: Name, payload: AuthEventPayloads[Name]): void {
    this.emitter.emit(name, payload);
  }
}
