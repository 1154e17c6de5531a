/** Names of the curriculum's domain events; emitted after the transaction that caused them commits. */
export const CurriculumEvents = {
  EnrollmentCreated: 'enrollment.created',
  EnrollmentWithdrawn: 'enrollment.withdrawn',
  LessonCompleted: 'lesson.completed',
} as const;

export type CurriculumEventName = (typeof CurriculumEvents)[keyof typeof CurriculumEvents];

export interface EnrollmentCreatedEvent {
  readonly enrollmentId: string;
  readonly cohortId: string;
  readonly learnerId: string;
}

export interface EnrollmentWithdrawnEvent {
  readonly enrollmentId: string;
  readonly cohortId: string;
  readonly learnerId: string;
}

export interface LessonCompletedEvent {
  readonly learnerId: string;
  readonly lessonId: string;
  readonly programId: string;
}

/** One map from event name to payload, so emitters and listeners are typed by it. */
export interface CurriculumEventPayloads {
  [CurriculumEvents.EnrollmentCreated]: EnrollmentCreatedEvent;
  [CurriculumEvents.EnrollmentWithdrawn]: EnrollmentWithdrawnEvent;
  [CurriculumEvents.LessonCompleted]: LessonCompletedEvent;
}
