import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ASSIGNMENT_ENTITIES, ASSIGNMENT_PROVIDERS, ASSIGNMENT_SERVICES } from './assignments/assignment-providers';
import { GradebookModule } from './gradebook/gradebook.module';
import { GradeAuditEntry } from './grades/grade-audit-entry.entity';
import { Grade } from './grades/grade.entity';
import { GradesService } from './grades/grades.service';
import { MyGradesService } from './grades/my-grades.service';
import { LeaderboardService } from './leaderboard/leaderboard.service';
import { QuizzesModule } from './quizzes/quizzes.module';

/** Quizzes, assignments and the grades they produce. */
@Module({
  imports: [
    QuizzesModule,
    GradebookModule,
    MikroOrmModule.forFeature([Grade, GradeAuditEntry, ...ASSIGNMENT_ENTITIES]),
  ],
  providers: [GradesService, LeaderboardService, MyGradesService, ...ASSIGNMENT_PROVIDERS],
  exports: [QuizzesModule, GradebookModule, GradesService, LeaderboardService, MyGradesService, ...ASSIGNMENT_SERVICES],
})
export class AssessmentsModule {}
