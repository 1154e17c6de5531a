/** Names of the auth domain's events; emitted after the transaction that caused them commits. */
export const AuthEvents = {
  UserRegistered: 'user.registered',
} as const;

export type AuthEventName = (typeof AuthEvents)[keyof typeof AuthEvents];

export interface UserRegisteredEvent {
  readonly userId: string;
}

/** One map from event name to payload, so emitters and listeners are typed by it. */
export interface AuthEventPayloads {
  [AuthEvents.UserRegistered]: UserRegisteredEvent;
}
