/** Names of the assessments' domain events; emitted after the transaction that caused them commits. */
export const AssessmentsEvents = {
  SubmissionReviewed: 'submission.reviewed',
} as const;

export type AssessmentsEventName = (typeof AssessmentsEvents)[keyof typeof AssessmentsEvents];

export interface SubmissionReviewedEvent {
  readonly reviewId: string;
  readonly submissionId: string;
  readonly assignmentId: string;
  readonly learnerId: string;
}

/** One map from event name to payload, so emitters and listeners are typed by it. */
export interface AssessmentsEventPayloads {
  [AssessmentsEvents.SubmissionReviewed]: SubmissionReviewedEvent;
}
