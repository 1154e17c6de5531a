import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@prodev/auth';
import { pageWindow, toPage, type PageRequest } from '@prodev/core';
import { findManagedCohort } from '@prodev/curriculum';
import { queryGradebook } from './gradebook.query';
import type { GradebookPage } from './gradebook.view';

/** The grade book of a cohort, for its mentors and admins. */
@Injectable()
export class GradebookService {
  constructor(private readonly em: EntityManager) {}

  async page(cohortId: string, caller: AuthUser, request: PageRequest): Promise<GradebookPage> {
    await findManagedCohort(this.em, cohortId, caller);
    const { limit, offset } = pageWindow(request);
    const slice = await queryGradebook(this.em, cohortId, { limit, offset });
    return { assessments: slice.assessments, ...toPage(slice.learners, slice.total, request) };
  }
}
