import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AssessmentKind } from '../../grades/assessment-kind';
import { GradeSource } from '../../grades/grade-source';
import { GradesService } from '../../grades/grades.service';
import { gradeAttempt } from '../grading/grade-attempt';
import { quizGrade } from '../grading/grading-method';
import { Quiz } from '../quiz.entity';
import { AttemptStatus } from '../quiz-enums';
import { Attempt } from './attempt.entity';
import { loadAttemptQuestions } from './attempt-questions';

/** Grades a submitted attempt and brings the learner's quiz grade up to date, in one transaction. */
@Injectable()
export class AttemptGrader {
  constructor(
    private readonly em: EntityManager,
    private readonly grades: GradesService,
  ) {}

  /** Idempotent: anything but a submitted attempt (graded already, gone) is left alone. */
  async grade(attemptId: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const target = await em.findOne(Attempt, { id: attemptId }, { fields: ['quiz', 'learner'] });
      if (target === null) return;
      // Locks every attempt of this learner on this quiz (in a fixed order, so no deadlock): two of
      // their attempts graded at once would otherwise each compute the quiz grade without the other.
      const attempts = await em.find(
        Attempt,
        { quiz: target.quiz.id, learner: target.learner.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { attemptNumber: 'asc' }, refresh: true },
      );
      const attempt = attempts.find((candidate) => candidate.id === attemptId);
      if (attempt?.status !== AttemptStatus.Submitted) return;
      const quiz = await em.findOneOrFail(Quiz, { id: attempt.quiz.id }, { populate: ['module'] });
      const questions = await loadAttemptQuestions(em, attempt.questionOrder);
      const result = gradeAttempt(questions, attempt.answers, quiz.passingScore);
      Object.assign(attempt, {
        status: AttemptStatus.Graded,
        gradedAt: new Date(),
        score: result.score,
        maxScore: result.maxScore,
        percent: result.percent,
        passed: result.passed,
        feedback: result.feedback,
      });
      const graded = attempts.flatMap((candidate) =>
        candidate.status === AttemptStatus.Graded && candidate.score !== null && candidate.maxScore !== null
          ? [{ attemptNumber: candidate.attemptNumber, score: candidate.score, maxScore: candidate.maxScore }]
          : [],
      );
      const grade = quizGrade(quiz.gradingMethod, graded);
      if (grade === null) return;
      await this.grades.record(em, {
        learnerId: attempt.learner.id,
        programId: quiz.module.program.id,
        kind: AssessmentKind.Quiz,
        assessmentId: quiz.id,
        points: grade.points,
        maxPoints: grade.maxPoints,
        source: GradeSource.AutoGrading,
        reason: `Attempt ${attempt.attemptNumber} auto-graded; quiz grade by ${quiz.gradingMethod}`,
        actorId: null,
      });
    });
  }
}
