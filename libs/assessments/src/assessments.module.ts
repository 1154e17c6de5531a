import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { GradeAuditEntry } from './grades/grade-audit-entry.entity';
import { Grade } from './grades/grade.entity';
import { GradesService } from './grades/grades.service';

/** Quizzes, assignments and the grades they produce. */
@Module({
  imports: [MikroOrmModule.forFeature([Grade, GradeAuditEntry])],
  providers: [GradesService],
  exports: [GradesService],
})
export class AssessmentsModule {}
