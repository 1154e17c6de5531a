import { ThrottlerException } from '@nestjs/throttler';

/** Too many password checks from one client on the dashboard's Basic login; says when to try again. */
export class BasicLoginThrottledException extends ThrottlerException {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in attempts on the queue dashboard; try again later');
  }
}
