import { AssessmentsEventsPublisher } from '../events/assessments-events.publisher';
import { AssignmentExtension } from './assignment-extension.entity';
import { Assignment } from './assignment.entity';
import { AssignmentsService } from './assignments.service';
import { AssignmentExtensionsService } from './assignment-extensions.service';
import { MySubmissionsService } from './my-submissions.service';
import { Review } from './review.entity';
import { ReviewsService } from './reviews.service';
import { Submission } from './submission.entity';
import { SubmissionsService } from './submissions.service';

/** What assignments add to AssessmentsModule, kept here so that module lists one name per part. */
export const ASSIGNMENT_ENTITIES = [Assignment, Submission, Review, AssignmentExtension];

export const ASSIGNMENT_SERVICES = [
  AssignmentsService,
  SubmissionsService,
  MySubmissionsService,
  ReviewsService,
  AssignmentExtensionsService,
];

export const ASSIGNMENT_PROVIDERS = [...ASSIGNMENT_SERVICES, AssessmentsEventsPublisher];
